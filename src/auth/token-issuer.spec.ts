import { UnauthenticatedError } from '../common/errors';
import { TokenIssuer } from './token-issuer';

const issuer = new TokenIssuer('a secret of the test, long enough for HS256');
const requestWith = (authorization: string | undefined) => ({
  header: (name: string) => (name === 'authorization' ? authorization : undefined),
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

  it('given two requests with the same token, then each is checked on its own (an answer is never carried from one request to another)', () => {
    const token = `Bearer ${issuer.issue({ subject: 'ann', role: 'admin' })}`;
    const verify = jest.spyOn(issuer, 'verify');
    issuer.verifyRequest(requestWith(token));
    issuer.verifyRequest(requestWith(token));
    expect(verify).toHaveBeenCalledTimes(2);
    verify.mockRestore();
  });
});
