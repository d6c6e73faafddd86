import { compareYears } from './collaboration-input';
import type {
  AllianceFacts,
  AllianceMember,
  CostShareBasisFact,
  PendingInvitation,
  ProgrammeFacts,
  UnitBudgetFact,
  UnitFacts,
} from './alliance.state';

/** Reading an alliance's folded facts: who is a member when, and finding its units and programmes. */
export function isMemberIn(member: AllianceMember, year: string): boolean {
  return member.periods.some((p) => compareYears(p.fromYear, year) <= 0 && (p.untilYear === null || compareYears(year, p.untilYear) < 0));
}

/** Forces that are members in `year`, in the order they joined the alliance. */
export function membersIn(facts: AllianceFacts, year: string): string[] {
  return facts.members.filter((m) => isMemberIn(m, year)).map((m) => m.force);
}

/**
 * The ids of the membership events that shape who is in the alliance in `year`: every joining
 * up to that year and every leaving that has taken effect by it.
 */
export function membershipSources(facts: AllianceFacts, year: string): string[] {
  const ids: string[] = [];
  for (const m of facts.members) {
    for (const p of m.periods) {
      if (compareYears(p.fromYear, year) > 0) continue;
      if (p.invitedBy) ids.push(p.invitedBy);
      if (p.joinedBy) ids.push(p.joinedBy);
      if (p.leftBy && p.untilYear !== null && compareYears(p.untilYear, year) <= 0) ids.push(p.leftBy);
    }
  }
  return [...new Set(ids)];
}

/** The force's unanswered invitation, if it has one. */
export function pendingInvitation(facts: AllianceFacts, force: string): PendingInvitation | undefined {
  return facts.invitations.find((i) => i.force === force);
}

/** A member whose membership has not ended (it may start in a later year). */
export function hasOpenMembership(facts: AllianceFacts, force: string): boolean {
  return facts.members.some((m) => m.force === force && m.periods.some((p) => p.untilYear === null));
}

export function findUnit(facts: AllianceFacts, unitCode: string): UnitFacts | undefined {
  return facts.units.find((u) => u.unitCode === unitCode);
}

export function findProgramme(facts: AllianceFacts, programmeCode: string): ProgrammeFacts | undefined {
  return facts.programmes.find((p) => p.programmeCode === programmeCode);
}

/** The basis in force for `year`: the latest one starting in or before it. */
export function basisInForce(unit: UnitFacts, year: string): CostShareBasisFact | undefined {
  let found: CostShareBasisFact | undefined;
  for (const b of unit.bases) if (compareYears(b.fromYear, year) <= 0) found = b;
  return found;
}

export function budgetFor(unit: UnitFacts, year: string): UnitBudgetFact | undefined {
  return unit.budgets.find((b) => b.year === year);
}
