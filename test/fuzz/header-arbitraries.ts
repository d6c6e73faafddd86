import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { TEST_JWT_SECRET } from '../support/test-app';

/** Printable text a header may carry (Node refuses control characters in header values). */
export const headerText = (maxLength = 60) =>
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength,
  });

/** Mostly an admin (to reach the deepest code), sometimes another role, sometimes garbage. */
export function authorizationHeader(): fc.Arbitrary<string | undefined> {
  const tokens = new TokenIssuer(TEST_JWT_SECRET);
  const signer = new JwtService({ secret: TEST_JWT_SECRET });
  const bearer = (claims: object, options: Record<string, unknown> = {}) =>
    `Bearer ${signer.sign(claims, { issuer: 'collaboration-finance-modeller', ...options })}`;
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const admin = `Bearer ${tokens.issue({ subject: 'fuzz@test', role: 'admin' })}`;
  const others = [
    `Bearer ${tokens.issue({ subject: 'cfo@herts', role: 'force_finance', force: 'herts' })}`,
    `Bearer ${tokens.issue({ subject: 'pcc@beds', role: 'pcc_office', force: 'beds' })}`,
    `Bearer ${tokens.issue({ subject: 'board@bch', role: 'alliance_board', alliance: 'bch' })}`,
    `Bearer ${tokens.issue({ subject: 'viewer@kent', role: 'viewer', force: 'kent' })}`,
  ];
  const garbage = [
    'Bearer',
    'Bearer ',
    'Bearer a.b.c',
    'Bearer ...',
    'bearer x',
    'Basic Zm9vOmJhcg==',
    'Token abc',
    `Bearer ${'a'.repeat(5_000)}.b.c`,
    `Bearer ${new TokenIssuer('another-secret-that-is-also-long-enough-0123456789').issue({ subject: 'x', role: 'admin' })}`,
    `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', role: 'admin', iss: 'collaboration-finance-modeller' })}.`,
    bearer({ role: 'admin' }, { subject: 'expired', expiresIn: -10 }),
    bearer({ role: 'superuser' }, { subject: 'x' }),
    bearer({ role: 'admin', sub: 42 }),
    bearer({ role: 'force_finance', force: '__proto__' }, { subject: 'x' }),
    bearer({ role: 'force_finance' }, { subject: 'x' }),
    bearer({ role: 'admin' }, { subject: 'x'.repeat(500) }),
    bearer({ role: ['admin'] }, { subject: 'x' }),
    bearer({ role: 'admin' }, { subject: 'x', issuer: 'someone-else' }),
  ];
  return fc.oneof(
    { arbitrary: fc.constant(admin), weight: 30 },
    { arbitrary: fc.constantFrom(...others), weight: 2 },
    { arbitrary: fc.constantFrom(...garbage), weight: 2 },
    { arbitrary: headerText(80), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}
