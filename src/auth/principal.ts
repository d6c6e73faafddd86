import { COLLABORATION_CODE, FORCE_CODE } from '../common/codes';
import { InvalidInputError } from '../common/errors';

/** The roles of the people who use the service (DESIGN.md, issue 6). */
export const ROLES = ['force_finance', 'pcc_office', 'alliance_board', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, from their token: a subject (recorded as the actor of every event they
 * cause), a role, and a scope – the force or alliance the role applies to.
 */
export interface Principal {
  subject: string;
  role: Role;
  force?: string;
  alliance?: string;
}

/** Checks a token's claims make a coherent principal: force roles need a force, the board an alliance. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const subject = claims.sub;
  const role = claims.role;
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 100) throw new InvalidInputError('token', 'has no subject');
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    throw new InvalidInputError('token', `role must be one of ${ROLES.join(', ')}`);
  const force = typeof claims.force === 'string' ? claims.force : undefined;
  const alliance = typeof claims.alliance === 'string' ? claims.alliance : undefined;
  if (force !== undefined && !FORCE_CODE.test(force)) throw new InvalidInputError('token', 'force scope is not a force code');
  if (alliance !== undefined && !COLLABORATION_CODE.test(alliance))
    throw new InvalidInputError('token', 'alliance scope is not an alliance code');
  const principal: Principal = { subject, role: role as Role, force, alliance };
  const problem = scopeProblem(principal);
  if (problem) throw new InvalidInputError('token', problem);
  return principal;
}

/** Why a role/scope combination makes no sense, or null. */
export function scopeProblem(p: Pick<Principal, 'role' | 'force' | 'alliance'>): string | null {
  switch (p.role) {
    case 'force_finance':
    case 'pcc_office':
      return p.force ? null : `a ${p.role} token needs a force (--force herts)`;
    case 'alliance_board':
      return p.alliance ? null : 'an alliance_board token needs an alliance (--alliance bch)';
    case 'viewer':
      return p.force || p.alliance ? null : 'a viewer token needs a force or an alliance to view';
    case 'admin':
      return null;
  }
}
