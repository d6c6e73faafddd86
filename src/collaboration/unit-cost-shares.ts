import { allocate } from '../common/allocation';
import type { Dec } from '../common/decimal';
import { KeptPerFacts } from '../common/kept-per-facts';
import { Money } from '../common/money';
import { basisInForce, budgetFor, findUnit, membersIn } from './alliance.readers';
import type { UnitCategory } from './alliance.events';
import type { AllianceFacts, CostShareBasisFact, ProgrammeFacts, UnitFacts } from './alliance.state';
import { outturnIn } from './board-figures.state';
import { unitSharesIn, weightsOf } from './cost-shares';
import { nreOf, type NreByForceAndYear } from './net-revenue-expenditure';

export interface MemberContribution {
  force: string;
  weight: Dec;
  share: Dec;
  /** Null when the unit has no budget for the year. */
  contribution: Money | null;
  /** The member's part of the unit's outturn, split as the contribution is; null when no outturn is recorded. */
  outturn: Money | null;
}

export interface UnitCostShares {
  unitCode: string;
  name: string;
  leadForce: string;
  category: UnitCategory;
  basis: CostShareBasisFact | null;
  budget: Money | null;
  /** What the unit actually spent in the year; null (not zero) when no outturn is recorded. */
  outturn: Money | null;
  /** Outturn − budget (positive: overspent); null without both. */
  variance: Money | null;
  /** Empty when the shares cannot be worked out (see issues). */
  members: MemberContribution[];
  /** Things a reader should know that do not stop the figures (a member bearing no share, say). */
  notes: string[];
  /** Why a figure is missing. */
  issues: string[];
  sources: string[];
}

/**
 * One joint unit's cost shares for a year (collaboration-shares.ts). They depend on the
 * alliance's facts and, where the unit shares costs by net revenue budgets, on the members' NRE
 * of the basis year: nothing else. So a unit's shares are kept per alliance facts object with
 * the NRE figures they read (kept-per-facts.ts), and worked out again only when those move: a
 * new event on one member's stream leaves the units on fixed, population, headcount and usage
 * bases as they were.
 */
const kept = new KeptPerFacts<AllianceFacts, UnitCostShares>();

export function unitCostShares(facts: AllianceFacts, unit: UnitFacts, year: string, nre: NreByForceAndYear): UnitCostShares {
  return kept.get(facts, `${unit.unitCode}\u0000${year}`, nreReadByUnit(facts, unit, year, nre), () => workedOut(facts, unit, year, nre));
}

/** Every joint unit's cost shares for the year, in the alliance's order of units. */
export function unitsCostShares(facts: AllianceFacts, year: string, nre: NreByForceAndYear): UnitCostShares[] {
  return facts.units.map((unit) => unitCostShares(facts, unit, year, nre));
}

/** A member's part of each unit with a budget for the year, in the order of the units: what it contributes, and its part of any outturn. */
export function memberPartsOf(
  units: readonly UnitCostShares[],
  force: string,
): { unit: UnitCostShares; contribution: Money; outturn: Money | null }[] {
  return units.flatMap((unit) => {
    const mine = unit.members.find((m) => m.force === force);
    return mine?.contribution ? [{ unit, contribution: mine.contribution, outturn: mine.outturn }] : [];
  });
}

/** The members' NRE figures the unit's shares can read in the year: those of its basis year, if it shares by net revenue budgets. */
export function nreReadByUnit(facts: AllianceFacts, unit: UnitFacts, year: string, nre: NreByForceAndYear): string {
  return nreRead(nreReadOfUnit(facts, unit, year), nre);
}

/** Whose NRE of which year a unit's shares read in a year (from the alliance's facts alone); null when they read none. */
export interface NreReadOfYear {
  nreYear: string;
  forces: string[];
}

export function nreReadOfUnit(facts: AllianceFacts, unit: UnitFacts, year: string): NreReadOfYear | null {
  const basis = basisInForce(unit, year);
  if (basis?.basis.kind !== 'net_revenue_budget') return null;
  return { nreYear: basis.basis.year, forces: membersIn(facts, year) };
}

/** The NRE a programme's shares read in the year: its unit's; none for a programme shared equally (or whose unit is missing). */
export function nreReadOfProgramme(facts: AllianceFacts, programme: ProgrammeFacts, year: string): NreReadOfYear | null {
  const unit = programme.unitCode === null ? undefined : findUnit(facts, programme.unitCode);
  return unit ? nreReadOfUnit(facts, unit, year) : null;
}

/** Those NRE figures, written out: an input of figures kept while they stand. */
export function nreRead(read: NreReadOfYear | null, nre: NreByForceAndYear): string {
  if (read === null) return '';
  return read.forces.map((force) => `${force}=${nreOf(nre, force, read.nreYear)?.toExact() ?? ''}`).join(';');
}

/** The NRE figures a programme's shares read in the year, written out (nreRead of nreReadOfProgramme). */
export function nreReadByProgramme(facts: AllianceFacts, programme: ProgrammeFacts, year: string, nre: NreByForceAndYear): string {
  return nreRead(nreReadOfProgramme(facts, programme, year), nre);
}

function workedOut(facts: AllianceFacts, unit: UnitFacts, year: string, nre: NreByForceAndYear): UnitCostShares {
  const shares = unitSharesIn(facts, unit, year, nre);
  const budgetFact = budgetFor(unit, year);
  const budget = budgetFact ? Money.of(budgetFact.amount) : null;
  const outturnFact = outturnIn(unit, year);
  const outturn = outturnFact ? Money.of(outturnFact.amount) : null;
  const variance = outturn && budget ? outturn.minus(budget) : null;
  const base = {
    unitCode: unit.unitCode,
    name: unit.name,
    leadForce: unit.leadForce,
    category: unit.category,
    budget,
    outturn,
    variance,
  };
  const budgetSources = [budgetFact?.source, outturnFact?.source].filter((x): x is string => typeof x === 'string');
  if (!shares.ok) {
    return { ...base, basis: null, members: [], notes: [], issues: [shares.issue], sources: [...shares.sources, ...budgetSources] };
  }
  const contributions = budget ? allocate(budget, weightsOf(shares.members)) : null;
  const outturnParts = outturn ? allocate(outturn, weightsOf(shares.members)) : null;
  return {
    ...base,
    basis: shares.basis,
    members: shares.members.map((m, i) => ({
      force: m.force,
      weight: m.weight,
      share: m.share,
      contribution: contributions ? contributions[i].amount : null,
      outturn: outturnParts ? outturnParts[i].amount : null,
    })),
    notes: shares.notes,
    issues: budget ? [] : [`${unit.name} has no budget recorded for ${year}.`],
    sources: [...shares.sources, ...budgetSources],
  };
}
