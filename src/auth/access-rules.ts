import type { Principal } from './principal';

/**
 * What an endpoint does, as far as access is concerned. Each endpoint declares exactly one
 * (with @Access); the rules below say which roles may do it, and in which scope.
 */
export type Permission =
  /** Register forces. */
  | 'forces.register'
  /** A force's budgets, assumptions, items, grant settlements, reserves, plan period. */
  | 'force.finance.write'
  /** A force's precepts, tax base and collection fund: the PCC office's decisions. */
  | 'force.precept.write'
  /** A force's collaboration spend outside alliance units. */
  | 'force.collaboration.write'
  /** A force's plan, precept options, audit trail: confidential before the panel meets. */
  | 'force.read'
  /** A force's collaboration figures: also open to the boards of alliances it belongs to (has accepted). */
  | 'force.collaboration.read'
  /** Accept or decline an alliance's invitation: the force's own decision, never the board's. */
  | 'force.membership.answer'
  /** Form a new alliance. */
  | 'alliance.form'
  /** An alliance's members, units, cost shares, budgets and programmes. */
  | 'alliance.write'
  /** An alliance's shares, benefits realisation, audit trail. */
  | 'alliance.read'
  /** Reference data everyone plans with: referendum principles, national averages. */
  | 'reference.write'
  /** Directory-level reads any signed-in user may make: the list of forces, reference data. */
  | 'directory.read'
  /** Scenarios of a force, and its stress tests: create, override, keep, discard; run a stress test. */
  | 'scenario.write'
  /** A force's scenarios, their comparisons and its stress-test runs; any projection under one of its scenarios. */
  | 'scenario.read';

/** The force or alliance a request is about, read from its path or body. */
export interface Target {
  force?: string;
  alliance?: string;
}

/** What the rules need to know about alliances: which forces are members of which alliance (having accepted; an invitation is not membership). */
export interface Membership {
  membersOf(alliance: string): readonly string[];
  alliancesOf(force: string): readonly string[];
}

/**
 * Whether `principal` may do `permission` to `target`. Pure; the guard supplies membership.
 * Admin may do everything. Everyone else acts only within their own scope.
 */
export function mayAccess(principal: Principal, permission: Permission, target: Target, membership: Membership): boolean {
  const { role } = principal;
  if (role === 'admin') return true;
  const ownForce = target.force !== undefined && principal.force === target.force;
  const ownAlliance = target.alliance !== undefined && principal.alliance === target.alliance;
  const boardOfForce =
    role === 'alliance_board' &&
    target.force !== undefined &&
    principal.alliance !== undefined &&
    membership.membersOf(principal.alliance).includes(target.force);
  const forceInAlliance =
    target.alliance !== undefined && principal.force !== undefined && membership.alliancesOf(principal.force).includes(target.alliance);

  switch (permission) {
    case 'forces.register':
    case 'reference.write':
      return false;
    case 'force.finance.write':
    case 'force.collaboration.write':
    case 'force.membership.answer':
      return role === 'force_finance' && ownForce;
    case 'force.precept.write':
      return role === 'pcc_office' && ownForce;
    case 'scenario.write':
      return (role === 'force_finance' || role === 'pcc_office') && ownForce;
    case 'force.read':
    case 'scenario.read':
      return (role === 'force_finance' || role === 'pcc_office' || role === 'viewer') && ownForce;
    case 'force.collaboration.read':
      return ((role === 'force_finance' || role === 'pcc_office' || role === 'viewer') && ownForce) || boardOfForce;
    case 'alliance.form':
    case 'alliance.write':
      return role === 'alliance_board' && ownAlliance;
    case 'alliance.read':
      return (
        ((role === 'alliance_board' || role === 'viewer') && ownAlliance) ||
        ((role === 'force_finance' || role === 'pcc_office') && forceInAlliance)
      );
    case 'directory.read':
      return true;
  }
}

/** Reads answer 404 outside scope (they do not even confirm the thing exists); writes answer 403. */
export function isRead(permission: Permission): boolean {
  return permission.endsWith('.read');
}

/** What reading a stream's audit trail amounts to, by the kind of stream. */
export function permissionForStream(stream: string): Permission {
  if (stream.startsWith('reference-')) return 'directory.read';
  if (stream.startsWith('force-collaboration-')) return 'force.collaboration.read';
  if (stream.startsWith('force-')) return 'force.read';
  if (stream.startsWith('alliance-')) return 'alliance.read';
  if (stream.startsWith('scenario-') || stream.startsWith('stress-tests-')) return 'scenario.read';
  // Anything else is the service's own business: admin only.
  return 'reference.write';
}
