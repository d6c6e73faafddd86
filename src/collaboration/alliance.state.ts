import type { EventRef } from '../event-sourcing/decider';
import type { AllianceEvent, EventOf, Provenance, UnitCategory } from './alliance.events';
import { evolveBoardFigures, type UnitOutturnFact } from './board-figures.state';
import { evolveBoardSettings, type RagThresholdsFact } from './board-settings.state';
import { evolveProgrammes, type ProgrammeFacts } from './programmes.state';
import { compareYears } from './collaboration-input';
import type { CostShareBasis } from './cost-share-basis';
import { evolveUnitShares, type UnitSharesFact } from './unit-shares.state';

// Where the facts' parts are defined; importers keep reading them from here.
export type { EventOf, Provenance } from './alliance.events';
export type { ProgrammeFacts, SavingsEntry } from './programmes.state';

/**
 * What an alliance's stream says, folded: the decider's state and the read side's facts at
 * once. Plain JSON (strings, booleans, arrays), so it can be checkpointed as it is. Every fact
 * keeps the id of the event it came from (`source`, null when folded without a ref, as in
 * decider tests) so the engines can cite their sources.
 */

export interface MembershipPeriod {
  fromYear: string;
  /** First year no longer a member; null while the membership lasts. */
  untilYear: string | null;
  /** The event that made it a member: the force's acceptance (or, recorded before consent was asked, the formation or its joining). */
  joinedBy: string | null;
  /** The invitation the force accepted; null for memberships recorded before consent was asked. */
  invitedBy: string | null;
  /** The event that ended the membership, once it has. */
  leftBy: string | null;
}

export interface AllianceMember {
  force: string;
  periods: MembershipPeriod[];
}

/** An invitation the force has not yet answered. The force is in no way a member until it accepts. */
export interface PendingInvitation {
  force: string;
  fromYear: string;
  /** The MemberInvited event. */
  source: string | null;
  invitedAt: string | null;
}

export interface CostShareBasisFact {
  fromYear: string;
  basis: CostShareBasis;
  source: string | null;
  recordedAt: string | null;
}

export interface UnitBudgetFact {
  year: string;
  amount: string;
  source: string | null;
}

export interface UnitFacts {
  unitCode: string;
  name: string;
  leadForce: string;
  category: UnitCategory;
  source: string | null;
  /** One per starting year, earliest first; the one in force for Y is the latest starting ≤ Y. */
  bases: CostShareBasisFact[];
  /** One per year, earliest first. */
  budgets: UnitBudgetFact[];
  /** Shares fixed per year (UnitSharesFixed.v1), earliest first; absent on units folded before they existed. */
  fixedShares?: UnitSharesFact[];
  /** Outturns per year (UnitOutturnRecorded.v1), earliest first; absent until one is recorded. */
  outturns?: UnitOutturnFact[];
}

export interface AllianceFacts {
  allianceCode: string | null;
  name: string | null;
  formedAt: string | null;
  source: string | null;
  /** Forces that have accepted (only these share costs and savings, and only their boards see their figures). */
  members: AllianceMember[];
  /** Invitations not yet accepted, declined or withdrawn, in the order they were sent. */
  invitations: PendingInvitation[];
  units: UnitFacts[];
  programmes: ProgrammeFacts[];
  /** The board's RAG thresholds for benefits realisation; null until it records them (the defaults apply). */
  ragThresholds: RagThresholdsFact | null;
}

export function initialAllianceFacts(): AllianceFacts {
  return {
    allianceCode: null,
    name: null,
    formedAt: null,
    source: null,
    members: [],
    invitations: [],
    units: [],
    programmes: [],
    ragThresholds: null,
  };
}

/** Folds one alliance event into the facts, by event family. */
export function evolveAlliance(state: AllianceFacts, event: AllianceEvent, ref?: EventRef): AllianceFacts {
  const at: Provenance = { source: ref?.id ?? null, recordedAt: ref?.recordedAt ?? null };
  switch (event.type) {
    case 'AllianceFormed.v1':
    case 'AllianceFormed.v2':
      return evolveFormation(state, event, at);
    case 'MemberJoined.v1':
    case 'MemberInvited.v1':
    case 'InvitationAccepted.v1':
    case 'InvitationDeclined.v1':
    case 'InvitationWithdrawn.v1':
    case 'MemberLeft.v1':
      return evolveMembership(state, event, at);
    case 'UnitEstablished.v1':
    case 'CostShareBasisSet.v1':
    case 'UnitBudgetSet.v1':
      return evolveUnits(state, event, at);
    case 'UnitSharesFixed.v1':
      return { ...state, units: evolveUnitShares(state.units, event, at.source, at.recordedAt) };
    case 'SavingsProgrammeStarted.v1':
    case 'SavingsPlanned.v1':
    case 'SavingsForecastRevised.v1':
    case 'SavingsRealised.v1':
      return { ...state, programmes: evolveProgrammes(state.programmes, event, at) };
    case 'SavingsRecurrenceSet.v1':
    case 'RagThresholdsSet.v1':
      return evolveBoardSettings(state, event, at);
    case 'ProgrammeCostsToAchieveSet.v1':
    case 'UnitOutturnRecorded.v1':
    case 'SavingsVarianceExplained.v1':
      return evolveBoardFigures(state, event, at);
    default:
      return state;
  }
}

function evolveFormation(state: AllianceFacts, event: EventOf<'AllianceFormed.v1' | 'AllianceFormed.v2'>, at: Provenance): AllianceFacts {
  const { source, recordedAt } = at;
  const formed = { ...state, allianceCode: event.data.allianceCode, name: event.data.name, formedAt: recordedAt, source };
  if (event.type === 'AllianceFormed.v2') return formed;
  return {
    ...formed,
    members: event.data.members.map((m) => ({
      force: m.force,
      periods: [{ fromYear: m.fromYear, untilYear: null, joinedBy: source, invitedBy: null, leftBy: null }],
    })),
  };
}

function evolveMembership(
  state: AllianceFacts,
  event: EventOf<
    'MemberJoined.v1' | 'MemberInvited.v1' | 'InvitationAccepted.v1' | 'InvitationDeclined.v1' | 'InvitationWithdrawn.v1' | 'MemberLeft.v1'
  >,
  { source, recordedAt }: Provenance,
): AllianceFacts {
  switch (event.type) {
    case 'MemberJoined.v1':
      return withMembershipPeriod(state, event.data.force, {
        fromYear: event.data.fromYear,
        untilYear: null,
        joinedBy: source,
        invitedBy: null,
        leftBy: null,
      });
    case 'MemberInvited.v1': {
      const { force, fromYear } = event.data;
      return { ...state, invitations: [...state.invitations, { force, fromYear, source, invitedAt: recordedAt }] };
    }
    case 'InvitationAccepted.v1': {
      const { force, fromYear } = event.data;
      const invitation = state.invitations.find((i) => i.force === force);
      const period: MembershipPeriod = { fromYear, untilYear: null, joinedBy: source, invitedBy: invitation?.source ?? null, leftBy: null };
      return withoutInvitation(withMembershipPeriod(state, force, period), force);
    }
    case 'InvitationDeclined.v1':
    case 'InvitationWithdrawn.v1':
      return withoutInvitation(state, event.data.force);
    case 'MemberLeft.v1':
      return withMembershipEnded(state, event.data.force, event.data.fromYear, source);
  }
}

function evolveUnits(
  state: AllianceFacts,
  event: EventOf<'UnitEstablished.v1' | 'CostShareBasisSet.v1' | 'UnitBudgetSet.v1'>,
  { source, recordedAt }: Provenance,
): AllianceFacts {
  switch (event.type) {
    case 'UnitEstablished.v1': {
      const { unitCode, name, leadForce, category } = event.data;
      return { ...state, units: [...state.units, { unitCode, name, leadForce, category, source, bases: [], budgets: [] }] };
    }
    case 'CostShareBasisSet.v1': {
      const { unitCode, fromYear, basis } = event.data;
      const fact: CostShareBasisFact = { fromYear, basis, source, recordedAt };
      return updateUnit(state, unitCode, (u) => ({
        ...u,
        bases: [...u.bases.filter((b) => b.fromYear !== fromYear), fact].sort((a, b) => compareYears(a.fromYear, b.fromYear)),
      }));
    }
    case 'UnitBudgetSet.v1': {
      const { unitCode, year, amount } = event.data;
      return updateUnit(state, unitCode, (u) => ({
        ...u,
        budgets: [...u.budgets.filter((b) => b.year !== year), { year, amount, source }].sort((a, b) => compareYears(a.year, b.year)),
      }));
    }
  }
}

function withMembershipPeriod(state: AllianceFacts, force: string, period: MembershipPeriod): AllianceFacts {
  const existing = state.members.find((m) => m.force === force);
  return {
    ...state,
    members: existing
      ? state.members.map((m) => (m.force === force ? { ...m, periods: [...m.periods, period] } : m))
      : [...state.members, { force, periods: [period] }],
  };
}

/** Ends the force's open membership period: `fromYear` is the first year it is no longer a member. */
function withMembershipEnded(state: AllianceFacts, force: string, fromYear: string, source: string | null): AllianceFacts {
  return {
    ...state,
    members: state.members.map((m) =>
      m.force !== force
        ? m
        : { ...m, periods: m.periods.map((p) => (p.untilYear === null ? { ...p, untilYear: fromYear, leftBy: source } : p)) },
    ),
  };
}

function withoutInvitation(state: AllianceFacts, force: string): AllianceFacts {
  return { ...state, invitations: state.invitations.filter((i) => i.force !== force) };
}

function updateUnit(state: AllianceFacts, unitCode: string, change: (u: UnitFacts) => UnitFacts): AllianceFacts {
  return { ...state, units: state.units.map((u) => (u.unitCode === unitCode ? change(u) : u)) };
}
