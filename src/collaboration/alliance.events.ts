import type { DomainEvent } from '../event-sourcing/decider';
import type { BoardFiguresEvent } from './board-figures.events';
import type { BoardSettingsEvent, SavingsRecurrence } from './board-settings.events';
import type { CostShareBasis } from './cost-share-basis';

/**
 * The events of one alliance's stream, `alliance-{allianceCode}`. Years are "2016/17",
 * money is an exact decimal string of pounds.
 */

export type UnitCategory = 'protective_services' | 'operational_support' | 'organisational_support' | 'other';
export const UNIT_CATEGORIES: readonly UnitCategory[] = ['protective_services', 'operational_support', 'organisational_support', 'other'];

/**
 * Recorded before membership needed the force's consent: the listed forces became members
 * outright, each from its own year. Still folded as members (they were valid when recorded);
 * new alliances are formed with AllianceFormed.v2 and invitations.
 */
export type AllianceFormedWithMembers = DomainEvent<
  'AllianceFormed.v1',
  { allianceCode: string; name: string; members: { force: string; fromYear: string }[] }
>;

/** An alliance was formed; the forces it was formed with are invited in the same write (MemberInvited.v1). */
export type AllianceFormed = DomainEvent<'AllianceFormed.v2', { allianceCode: string; name: string }>;

/**
 * Recorded before membership needed the force's consent: the force became a member outright.
 * Still folded as a membership; new members come in by MemberInvited.v1 and InvitationAccepted.v1.
 */
export type MemberJoined = DomainEvent<'MemberJoined.v1', { force: string; fromYear: string }>;

/** The alliance invited a force to be a member from a year. Until the force accepts, it is in no way a member. */
export type MemberInvited = DomainEvent<'MemberInvited.v1', { force: string; fromYear: string }>;

/** The force accepted its invitation: it is a member from the invitation's year. Only the force (or an admin) records this. */
export type InvitationAccepted = DomainEvent<'InvitationAccepted.v1', { force: string; fromYear: string }>;

/** The force declined its invitation, and why. Only the force (or an admin) records this. */
export type InvitationDeclined = DomainEvent<'InvitationDeclined.v1', { force: string; reason: string }>;

/** The alliance withdrew an invitation the force had not answered. */
export type InvitationWithdrawn = DomainEvent<'InvitationWithdrawn.v1', { force: string }>;

/** A force left; `fromYear` is the first year it is no longer a member. */
export type MemberLeft = DomainEvent<'MemberLeft.v1', { force: string; fromYear: string }>;

/** A joint unit, led by one member, serving the alliance. */
export type UnitEstablished = DomainEvent<
  'UnitEstablished.v1',
  { unitCode: string; name: string; leadForce: string; category: UnitCategory }
>;

/** How a unit's cost is shared from a year on, until a later basis takes over. */
export type CostShareBasisSet = DomainEvent<'CostShareBasisSet.v1', { unitCode: string; fromYear: string; basis: CostShareBasis }>;

/** A unit's budget for a year (recording again for the same year replaces it). */
export type UnitBudgetSet = DomainEvent<'UnitBudgetSet.v1', { unitCode: string; year: string; amount: string }>;

/**
 * The shares of a unit's cost for a year, fixed when the alliance set the unit's budget or its
 * basis for that year (recorded in the same write), or re-set by the board with a reason. Only
 * a net-revenue-budget basis needs this: a fixed or measured basis carries its own figures.
 * `basisFromYear` and `nreYear` name the basis the shares were worked out under; they apply
 * while that basis is in force for the year. `nre` is each member's net revenue expenditure for
 * `nreYear` as its MTFP stood at the time (before alliance lines); `share` is exact to 30 places.
 * A year with no such event keeps the live behaviour (shares from members' current MTFPs).
 */
export type UnitSharesFixed = DomainEvent<
  'UnitSharesFixed.v1',
  {
    unitCode: string;
    year: string;
    basisFromYear: string;
    nreYear: string;
    shares: { force: string; nre: string; share: string }[];
    /** Only when the board re-set the shares; null when fixed with the budget or basis. */
    reason: string | null;
  }
>;

/**
 * A savings programme began; cashable savings are the ones that reduce members' MTFPs.
 * `recurrence` (absent on programmes recorded before it existed) says whether each year's
 * figure recurs; absent means one-off (see SavingsRecurrence).
 */
export type SavingsProgrammeStarted = DomainEvent<
  'SavingsProgrammeStarted.v1',
  {
    programmeCode: string;
    name: string;
    unitCode?: string;
    cashable: boolean;
    startYear: string;
    owner?: string;
    recurrence?: 'recurring' | 'one_off';
  }
>;

/**
 * The business case's saving for a year (recording again re-baselines that year). `recurrence`
 * says whether this year's figure recurs in later years; absent (as on every plan recorded before
 * it existed) the year follows the programme's recurrence (see savings-year-recurrence.ts).
 */
export type SavingsPlanned = DomainEvent<
  'SavingsPlanned.v1',
  { programmeCode: string; year: string; amount: string; recurrence?: SavingsRecurrence }
>;

/** A new forecast of a year's saving, and why. */
export type SavingsForecastRevised = DomainEvent<
  'SavingsForecastRevised.v1',
  { programmeCode: string; year: string; amount: string; reason: string }
>;

/** The saving a year actually delivered, and the evidence for it. */
export type SavingsRealised = DomainEvent<'SavingsRealised.v1', { programmeCode: string; year: string; amount: string; evidence: string }>;

export type AllianceEvent =
  | AllianceFormedWithMembers
  | AllianceFormed
  | MemberJoined
  | MemberInvited
  | InvitationAccepted
  | InvitationDeclined
  | InvitationWithdrawn
  | MemberLeft
  | UnitEstablished
  | CostShareBasisSet
  | UnitBudgetSet
  | UnitSharesFixed
  | SavingsProgrammeStarted
  | SavingsPlanned
  | SavingsForecastRevised
  | SavingsRealised
  | BoardSettingsEvent
  | BoardFiguresEvent;

/** The event id and time a fact came from (null when folded without a ref, as in decider tests). */
export interface Provenance {
  source: string | null;
  recordedAt: string | null;
}

export type EventOf<T extends AllianceEvent['type']> = Extract<AllianceEvent, { type: T }>;
