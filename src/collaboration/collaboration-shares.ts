import { NotFoundError } from '../common/errors';
import { keptFor } from '../common/kept-for';
import { Money } from '../common/money';
import type { UnitCategory } from './alliance.events';
import { membersIn } from './alliance.readers';
import type { AllianceFacts } from './alliance.state';
import { percent, ratio4 } from './collaboration-format';
import type { CostShareBasis } from './cost-share-basis';
import type { NreByForceAndYear } from './net-revenue-expenditure';
import { memberPartsOf, unitsCostShares, type UnitCostShares } from './unit-cost-shares';

export type { MemberContribution, UnitCostShares } from './unit-cost-shares';

/**
 * An alliance's cost shares for one year: for each joint unit, the basis in force, each
 * member's share (Σ = 1 exactly) and contribution (the unit's budget split to the penny by
 * largest remainder, Σ = the budget exactly); and for each member, its total across the units.
 */
export interface MemberCollaborationTotal {
  force: string;
  total: Money;
  units: { unitCode: string; contribution: Money; outturn: Money | null }[];
  /** The member's parts of the outturns recorded for the year, summed; null when no unit has one. */
  outturn: Money | null;
  sources: string[];
}

export interface CollaborationShares {
  allianceCode: string;
  name: string;
  year: string;
  members: string[];
  units: UnitCostShares[];
  memberTotals: MemberCollaborationTotal[];
}

export function collaborationShares(facts: AllianceFacts, year: string, nre: NreByForceAndYear): CollaborationShares {
  if (facts.allianceCode === null || facts.name === null) throw new NotFoundError('That alliance has not been formed.');
  const members = membersIn(facts, year);

  const units = unitsCostShares(facts, year, nre);

  const memberTotals = members.map((force): MemberCollaborationTotal => {
    const parts = memberPartsOf(units, force);
    const outturns = parts.flatMap((p) => (p.outturn ? [p.outturn] : []));
    return {
      force,
      total: Money.sum(parts.map((p) => p.contribution)),
      units: parts.map(({ unit, contribution, outturn }) => ({ unitCode: unit.unitCode, contribution, outturn })),
      outturn: outturns.length > 0 ? Money.sum(outturns) : null,
      sources: [...new Set(parts.flatMap((p) => p.unit.sources))],
    };
  });

  return { allianceCode: facts.allianceCode, name: facts.name, year, members, units, memberTotals };
}

// ---- JSON ----

export interface CollaborationSharesJson {
  allianceCode: string;
  name: string;
  year: string;
  members: string[];
  /** Which NRE a net-revenue-budget basis uses (NRE_FOR_SHARES), and how it reconciles with each member's MTFP. */
  nreForShares: string;
  units: {
    unitCode: string;
    name: string;
    leadForce: string;
    category: UnitCategory;
    basis: (CostShareBasis & { fromYear: string; source: string | null }) | null;
    budget: string | null;
    outturn: string | null;
    variance: string | null;
    shares: { force: string; weight: string; share: string; sharePercent: string; contribution: string | null; outturn: string | null }[];
    notes: string[];
    issues: string[];
    sources: string[];
  }[];
  memberTotals: {
    force: string;
    total: string;
    units: { unitCode: string; contribution: string; outturn: string | null }[];
    outturn: string | null;
    sources: string[];
  }[];
}

/**
 * The NRE shares on a net-revenue-budget basis are worked out on (PlanReader.nreForShareBases).
 * Not the MTFP's bottom line: that includes the member's share of alliance savings and its
 * contributions to joint units, which are themselves split by these shares.
 */
export const NRE_FOR_SHARES =
  "Each member's net revenue expenditure before alliance lines: its base budget rolled forward (including any lines its contribution to joint units replaces), plus its own cost pressures and growth, less its own savings and income; without its share of alliance savings and without its contributions to joint units, which these shares split. Its MTFP's NRE is this figure less the lines its contributions replace, plus its contributions, less its share of alliance savings. Shares fixed when a budget or basis was set keep the figures of that time.";

/** Money to the penny; shares as exact decimal strings with a percentage to 2 places beside them. */
export function collaborationSharesToJson(shares: CollaborationShares): CollaborationSharesJson {
  return {
    allianceCode: shares.allianceCode,
    name: shares.name,
    year: shares.year,
    members: shares.members,
    nreForShares: NRE_FOR_SHARES,
    units: shares.units.map(unitJson),
    memberTotals: shares.memberTotals.map((t) => ({
      force: t.force,
      total: t.total.toPence(),
      units: t.units.map((x) => ({ unitCode: x.unitCode, contribution: x.contribution.toPence(), outturn: x.outturn?.toPence() ?? null })),
      outturn: t.outturn?.toPence() ?? null,
      sources: t.sources,
    })),
  };
}

type UnitJson = CollaborationSharesJson['units'][number];

/** A unit's shares as JSON, kept with the shares (which unit-cost-shares.ts keeps while their inputs stand). */
const unitJsonOf = new WeakMap<UnitCostShares, UnitJson>();

function unitJson(u: UnitCostShares): UnitJson {
  return keptFor(unitJsonOf, u, () => ({
    unitCode: u.unitCode,
    name: u.name,
    leadForce: u.leadForce,
    category: u.category,
    basis: u.basis ? { fromYear: u.basis.fromYear, ...u.basis.basis, source: u.basis.source } : null,
    budget: u.budget?.toPence() ?? null,
    outturn: u.outturn?.toPence() ?? null,
    variance: u.variance?.toPence() ?? null,
    shares: u.members.map((m) => ({
      force: m.force,
      weight: m.weight.toFixed(),
      share: ratio4(m.share),
      sharePercent: percent(m.share, 2),
      contribution: m.contribution?.toPence() ?? null,
      outturn: m.outturn?.toPence() ?? null,
    })),
    notes: u.notes,
    issues: u.issues,
    sources: u.sources,
  }));
}
