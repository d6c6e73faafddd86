import { createSecretKey } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../common/errors';
import { headerOf } from '../http/http-request';
import { principalFromClaims, scopeProblem, type Principal } from './principal';

const ISSUER = 'collaboration-finance-modeller';
const ALGORITHM = 'HS256';
/** Verified tokens kept at most; past this they are forgotten and checked afresh. */
const MAX_KEPT_TOKENS = 1000;

/** Signs and checks bearer tokens (JWT, HS256) carrying a subject, a role and a scope. */
export class TokenIssuer {
  private readonly jwt: JwtService;
  /**
   * Each request's outcome of `verify`: the rate limit and the access guard both need the
   * caller, and a JWT's HMAC and claim checks were 9 % of a write's CPU time when done twice.
   */
  private readonly verdicts = new WeakMap<object, { principal: Principal } | { refusal: UnauthenticatedError }>();
  /**
   * Tokens that passed every check, with when they expire (ms): until then the same token is the
   * same principal – its signature, issuer and claims cannot have changed – so it is not checked
   * again (the check was 6 % of a write's CPU time). Refusals are never kept; a token with a
   * not-before claim is not kept either, as its validity does not only end with time.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(secret: string) {
    // A KeyObject made once: given the secret as a string, jsonwebtoken first tries it as a PEM
    // public key on every verify (createPublicKey, which throws), about 40 % of a cached answer's time.
    const key = createSecretKey(Buffer.from(secret, 'utf8'));
    this.jwt = new JwtService({
      secretOrKeyProvider: () => key,
      signOptions: { algorithm: ALGORITHM, issuer: ISSUER },
      verifyOptions: { algorithms: [ALGORITHM], issuer: ISSUER },
    });
  }

  issue(principal: Principal, validForDays = 30): string {
    const problem = scopeProblem(principal);
    if (problem) throw new Error(problem);
    const { subject, ...claims } = principal;
    return this.jwt.sign({ ...claims }, { subject, expiresIn: `${validForDays}d` });
  }

  /** `verify` of the request's Authorization header, done once per request whoever asks. */
  verifyRequest(request: { headers: IncomingHttpHeaders }): Principal {
    let verdict = this.verdicts.get(request);
    if (!verdict) {
      try {
        verdict = { principal: this.verify(headerOf(request, 'authorization')) };
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) throw error;
        verdict = { refusal: error };
      }
      this.verdicts.set(request, verdict);
    }
    if ('refusal' in verdict) throw verdict.refusal;
    return verdict.principal;
  }

  /** The principal of a valid token; 401 for a missing, malformed, expired, never-expiring or forged one. */
  verify(authorization: string | undefined): Principal {
    if (!authorization) throw new UnauthenticatedError('Sign in: send "Authorization: Bearer <token>" (npm run token mints one).');
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known.principal;
    let claims: Record<string, unknown>;
    try {
      claims = this.jwt.verify(token);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'The token has expired; ask for a new one.' : 'The token is not valid for this service.');
    }
    // A token without an expiry would be valid forever: every token this service mints has one.
    if (typeof claims.exp !== 'number')
      throw new UnauthenticatedError('The token has no expiry (exp); ask for a new one (npm run token mints tokens that expire).');
    let principal: Principal;
    try {
      principal = principalFromClaims(claims);
    } catch (error) {
      throw new UnauthenticatedError(`The token is not usable: ${(error as Error).message}`);
    }
    if (claims.nbf === undefined) {
      if (this.verified.size >= MAX_KEPT_TOKENS) this.verified.clear();
      // jsonwebtoken refuses a token once the whole second `exp` has begun: floor(now / 1000) >= exp.
      this.verified.set(token, { principal, expiresAtMs: Math.ceil(claims.exp) * 1000 });
    }
    return principal;
  }
}
