import type { Principal } from '../auth/principal';
import type { ScenarioScope } from './scenario-lookup';

/**
 * Where a scenario named by a caller is looked for when the URL names no force: a force's
 * people look in their own force (a `force` they ask for that is not theirs finds nothing,
 * exactly as an unknown id); an admin looks in the force asked for, or in every force; anyone
 * else (an alliance's board or viewer) reads no force's scenarios, so finds none.
 */
export function scenarioScopeOf(caller: Pick<Principal, 'role' | 'force'>, requestedForce?: string): ScenarioScope {
  if (caller.role === 'admin') return requestedForce === undefined ? { kind: 'any' } : { kind: 'force', force: requestedForce };
  if (caller.force !== undefined && (requestedForce === undefined || requestedForce === caller.force))
    return { kind: 'force', force: caller.force };
  return { kind: 'none' };
}
