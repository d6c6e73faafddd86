import { Money } from '../../common/money';
import type { UnitCategory } from '../alliance.events';
import type { CostShareBasis } from '../cost-share-basis';
import { hasFiguresFor, programmeYears, savingsYear } from '../programme-savings';
import type { FormedAlliance } from './require-alliance';

/**
 * What an alliance has recorded, for reading: members and their years, each joint unit with its
 * cost-share bases and budgets, each savings programme with its figures by year. Money to the
 * penny; every fact with the id of the event it came from. The calculated answers (shares,
 * benefits realisation) have their own resources.
 */
export interface AllianceSummaryJson {
  code: string;
  name: string;
  formedAt: string | null;
  source: string | null;
  /** Forces that have accepted, with their years; only these share costs and savings. */
  members: { force: string; periods: { fromYear: string; untilYear: string | null; sources: string[] }[] }[];
  /** Invitations not yet answered: these forces are in no way members. */
  invitations: { force: string; fromYear: string; invitedAt: string | null; source: string | null }[];
  units: {
    code: string;
    name: string;
    leadForce: string;
    category: UnitCategory;
    source: string | null;
    costShareBases: (CostShareBasis & { fromYear: string; source: string | null })[];
    budgets: { year: string; amount: string; source: string | null }[];
  }[];
  programmes: {
    code: string;
    name: string;
    unitCode: string | null;
    cashable: boolean;
    startYear: string;
    owner: string | null;
    source: string | null;
    /** Years with figures recorded. planned: the business case; forecast: the latest forecast (the plan until revised); realised where recorded. */
    years: { year: string; planned: string; forecast: string; realised: string | null; sources: string[] }[];
  }[];
}

/** One line per alliance in a list. */
export interface AllianceListEntryJson {
  code: string;
  name: string;
  formedAt: string | null;
  /** Every force that has been a member, in the order they joined. */
  members: string[];
  units: string[];
  programmes: string[];
}

export function allianceSummary(facts: FormedAlliance): AllianceSummaryJson {
  return {
    code: facts.allianceCode,
    name: facts.name,
    formedAt: facts.formedAt,
    source: facts.source,
    members: facts.members.map((m) => ({
      force: m.force,
      periods: m.periods.map((p) => ({
        fromYear: p.fromYear,
        untilYear: p.untilYear,
        sources: [p.invitedBy, p.joinedBy, p.leftBy].filter((s): s is string => typeof s === 'string'),
      })),
    })),
    invitations: facts.invitations.map((i) => ({ force: i.force, fromYear: i.fromYear, invitedAt: i.invitedAt, source: i.source })),
    units: facts.units.map((u) => ({
      code: u.unitCode,
      name: u.name,
      leadForce: u.leadForce,
      category: u.category,
      source: u.source,
      costShareBases: u.bases.map((b) => ({ fromYear: b.fromYear, ...b.basis, source: b.source })),
      budgets: u.budgets.map((b) => ({ year: b.year, amount: Money.of(b.amount).toPence(), source: b.source })),
    })),
    programmes: facts.programmes.map((p) => ({
      code: p.programmeCode,
      name: p.name,
      unitCode: p.unitCode,
      cashable: p.cashable,
      startYear: p.startYear,
      owner: p.owner,
      source: p.source,
      years: programmeYears(p)
        .filter((year) => hasFiguresFor(p, year))
        .map((year) => {
          const y = savingsYear(p, year);
          return {
            year,
            planned: y.planned.toPence(),
            forecast: y.forecast.toPence(),
            realised: y.realised?.toPence() ?? null,
            sources: y.sources,
          };
        }),
    })),
  };
}

export function allianceListEntry(facts: FormedAlliance): AllianceListEntryJson {
  return {
    code: facts.allianceCode,
    name: facts.name,
    formedAt: facts.formedAt,
    members: facts.members.map((m) => m.force),
    units: facts.units.map((u) => u.unitCode),
    programmes: facts.programmes.map((p) => p.programmeCode),
  };
}
