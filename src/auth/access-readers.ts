import type { Membership } from './access-rules';
import type { Principal } from './principal';

/**
 * What access needs to know from the slices, behind interfaces the slices implement and the
 * app registers (AuthModule.forRoot): who belongs to which alliance, and where a scenario is.
 */

/** Alliance membership now, as the access rules read it. */
export interface MembershipReader {
  membership(): Promise<Membership>;
}

/** Where a scenario named by a caller is looked for: one force, every force, or none. */
export type ScenarioReadScope = { kind: 'force'; force: string } | { kind: 'any' } | { kind: 'none' };

/**
 * A scenario stream's scope, by its name: the force in a force-scoped name, or for a stream
 * named before ids belonged to a force, the scenario recorded on it (null: none is).
 */
export type ScenarioStreamScope = { kind: 'force-scoped'; force: string } | { kind: 'legacy'; scenario: { force: string | null } | null };

export interface ScenarioResolver {
  /** Where a scenario named by `caller` is looked for when the URL names no force. */
  scopeOf(caller: Pick<Principal, 'role' | 'force'>, requestedForce?: string): ScenarioReadScope;
  /** The force of scenario `id` looked for in `scope` (none for an old scenario of no force); throws the scenarios' 404 when there is no such scenario. */
  forceOf(id: string, scope: ScenarioReadScope): Promise<{ force?: string }>;
  /** The scope of a scenario stream, or null when `stream` is not a scenario stream's name. */
  streamScope(stream: string): Promise<ScenarioStreamScope | null>;
  /** The answer for a scenario the caller may not read: the same as for one that does not exist. */
  noSuchScenario(id: string): Error;
}

/** Nest tokens under which the app provides them. */
export const MEMBERSHIP_READER = Symbol('MembershipReader');
export const SCENARIO_RESOLVER = Symbol('ScenarioResolver');
