import { sharesOf } from '../../common/allocation';
import { Dec } from '../../common/decimal';
import { RuleViolationError } from '../../common/errors';
import type { AllianceCommandOf, NreFigure } from '../alliance.commands';
import type { AllianceEvent, UnitSharesFixed } from '../alliance.events';
import { basisInForce, membersIn } from '../alliance.readers';
import type { CostShareBasisFact, UnitFacts } from '../alliance.state';
import { compareYears } from '../collaboration-input';
import type { CostShareBasis } from '../cost-share-basis';
import { unitOf, type FormedAlliance } from './formed';

/**
 * Fixing a unit's shares for a year. On a net-revenue-budget basis the shares come from the
 * members' NRE for the basis year, which moves whenever a member restates its MTFP; the
 * alliance fixes them when it sets the unit's budget (or basis) for the year, as an s22A
 * agreement does, and only the board re-sets them (FixUnitShares, with a reason).
 * The NRE figures are the handler's (each member's MTFP as it stands, before alliance lines).
 */

/** The UnitSharesFixed event the unit's budget for `year` brings, when its basis is by NRE and every member's NRE is known. */
export function sharesFixedWithBudget(command: AllianceCommandOf<'SetUnitBudget'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const year = command.year.toString();
  const basis = basisInForce(unit, year);
  if (!basis) return [];
  const fixed = fixShares(facts, unit, year, basis, command.shareBasisNre ?? [], null);
  return typeof fixed === 'string' ? [] : [fixed];
}

/** The UnitSharesFixed events a new NRE basis brings: one per year with a budget that the basis governs. */
export function sharesFixedWithBasis(command: AllianceCommandOf<'SetCostShareBasis'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const fromYear = command.fromYear.toString();
  const basisEvent = command.basis.kind === 'net_revenue_budget' ? { kind: command.basis.kind, year: command.basis.year.toString() } : null;
  if (!basisEvent) return [];
  const basis: CostShareBasisFact = { fromYear, basis: basisEvent, source: null, recordedAt: null };
  const nextBasis = unit.bases.find((b) => compareYears(b.fromYear, fromYear) > 0)?.fromYear;
  const events: AllianceEvent[] = [];
  for (const { year } of unit.budgets) {
    if (compareYears(year, fromYear) < 0 || (nextBasis !== undefined && compareYears(year, nextBasis) >= 0)) continue;
    const fixed = fixShares(facts, unit, year, basis, command.shareBasisNre ?? [], null);
    if (typeof fixed !== 'string') events.push(fixed);
  }
  return events;
}

/** The board re-sets a year's shares from the members' NRE as it stands now, with a reason. */
export function decideFixUnitShares(command: AllianceCommandOf<'FixUnitShares'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const year = command.year.toString();
  const basis = basisInForce(unit, year);
  if (!basis)
    throw new RuleViolationError(`${unit.name} has no cost-share basis in force for ${year}, so there are no shares to fix.`, 'year');
  if (basis.basis.kind !== 'net_revenue_budget') {
    throw new RuleViolationError(
      `${unit.name} is shared on ${describe(basis.basis)} in ${year}, which already fixes its shares; set a new basis to change them.`,
      'year',
    );
  }
  const fixed = fixShares(facts, unit, year, basis, command.shareBasisNre ?? [], command.reason);
  if (typeof fixed === 'string') throw new RuleViolationError(fixed, 'year');
  return [fixed];
}

/** The event fixing the shares, or why they cannot be fixed (not an NRE basis, a member's NRE missing or negative). */
function fixShares(
  facts: FormedAlliance,
  unit: UnitFacts,
  year: string,
  basis: CostShareBasisFact,
  nre: readonly NreFigure[],
  reason: string | null,
): UnitSharesFixed | string {
  if (basis.basis.kind !== 'net_revenue_budget') return `${unit.name} is not shared by net revenue budgets in ${year}.`;
  const nreYear = basis.basis.year;
  const members = membersIn(facts, year);
  if (members.length === 0) return `${facts.name} has no members in ${year}.`;
  const weights: { key: string; weight: Dec }[] = [];
  for (const force of members) {
    const figure = nre.find((n) => n.force === force && n.year === nreYear);
    if (!figure)
      return `The ${nreYear} net revenue budget of "${force}" is not available, so ${unit.name}'s ${year} shares cannot be fixed.`;
    const weight = new Dec(figure.nre);
    if (weight.isNegative()) return `The ${nreYear} net revenue budget of "${force}" is negative, so it cannot share ${unit.name}'s cost.`;
    weights.push({ key: force, weight });
  }
  if (weights.every((w) => w.weight.isZero())) return `Every member's ${nreYear} net revenue budget is zero.`;
  const shares = sharesOf(weights);
  return {
    type: 'UnitSharesFixed.v1',
    data: {
      unitCode: unit.unitCode,
      year,
      basisFromYear: basis.fromYear,
      nreYear,
      shares: weights.map((w, i) => ({ force: w.key, nre: w.weight.toFixed(), share: shares[i].share.toFixed() })),
      reason,
    },
  };
}

function describe(basis: CostShareBasis): string {
  return basis.kind === 'fixed' ? 'fixed shares' : `its ${basis.kind} figures`;
}
