import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../common/errors';
import { TokenIssuer } from './token-issuer';

const issuer = new TokenIssuer('a secret of the test, long enough for HS256');
const requestWith = (authorization: string | undefined) => ({
  headers: authorization === undefined ? {} : { authorization },
});

describe('verifying a request once, for every guard that asks', () => {
  it('given a valid token, when two guards ask, then both get its principal and the token is checked once', () => {
    const request = requestWith(`Bearer ${issuer.issue({ subject: 'ann', role: 'admin' })}`);
    const verify = jest.spyOn(issuer, 'verify');
    const first = issuer.verifyRequest(request);
    const second = issuer.verifyRequest(request);
    expect(first.subject).toBe('ann');
    expect(second).toBe(first);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
  });

  it('given a forged token, when two guards ask, then both are refused with the same 401 and the token is checked once', () => {
    const forged = new TokenIssuer('another secret, not this service’s').issue({ subject: 'eve', role: 'admin' });
    const request = requestWith(`Bearer ${forged}`);
    const verify = jest.spyOn(issuer, 'verify');
    const refusal = (): unknown => {
      try {
        issuer.verifyRequest(request);
      } catch (error) {
        return error;
      }
      return null;
    };
    const first = refusal();
    expect(first).toBeInstanceOf(UnauthenticatedError);
    expect((first as Error).message).toBe('The token is not valid for this service.');
    expect(refusal()).toBe(first);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
  });

  it('given a token verified for one request, when the next request brings it, then its signature is not checked again', () => {
    const token = `Bearer ${issuer.issue({ subject: 'bob', role: 'admin' })}`;
    const signatureCheck = jest.spyOn(JwtService.prototype, 'verify');
    expect(issuer.verifyRequest(requestWith(token)).subject).toBe('bob');
    expect(issuer.verifyRequest(requestWith(token)).subject).toBe('bob');
    expect(signatureCheck).toHaveBeenCalledTimes(1);
    signatureCheck.mockRestore();
  });

  it('given a kept token, when its expiry comes, then it is refused as expired', () => {
    const token = issuer.issue({ subject: 'cat', role: 'admin' }, 1);
    const exp = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number }).exp;
    expect(issuer.verify(`Bearer ${token}`).subject).toBe('cat');
    // One millisecond before the second `exp` it is still valid; at exp × 1000 ms jsonwebtoken refuses it.
    const clock = jest.spyOn(Date, 'now').mockReturnValue(exp * 1000 - 1);
    expect(issuer.verify(`Bearer ${token}`).subject).toBe('cat');
    clock.mockReturnValue(exp * 1000);
    expect(() => issuer.verify(`Bearer ${token}`)).toThrow('The token has expired; ask for a new one.');
    clock.mockRestore();
  });
});
