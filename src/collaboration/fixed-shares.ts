import { Dec } from '../common/decimal';
import type { CostShareBasisFact, UnitFacts } from './alliance.state';
import { pounds } from './collaboration-format';
import { Money } from '../common/money';
import type { UnitSharesFact } from './unit-shares.state';

/**
 * Shares fixed for a year (UnitSharesFixed.v1) stand while the basis they were worked out under
 * is the one in force for the year; a unit's year with none keeps the live shares (members'
 * current NRE), which is what every year recorded before shares were fixed has always meant.
 */
export function sharesFixedFor(unit: UnitFacts, year: string, basis: CostShareBasisFact): UnitSharesFact | undefined {
  if (basis.basis.kind !== 'net_revenue_budget') return undefined;
  const nreYear = basis.basis.year;
  return (unit.fixedShares ?? []).find((f) => f.year === year && f.basisFromYear === basis.fromYear && f.nreYear === nreYear);
}

/**
 * The members' weights from the fixed figures: each member's recorded NRE. A member not among
 * them (it joined after the shares were fixed) bears nothing, and a force recorded that is no
 * longer a member drops out with the others keeping their proportions; notes say so.
 */
export function fixedWeights(
  fixed: UnitSharesFact,
  members: readonly string[],
  unitName: string,
  notes: string[],
): { force: string; weight: Dec }[] {
  const recorded = new Map(fixed.shares.map((s) => [s.force, s.nre] as const));
  const figures = fixed.shares.map((s) => `${s.force} ${pounds(Money.of(s.nre))}`).join(', ');
  notes.push(
    `${unitName}'s ${fixed.year} shares were fixed on the ${fixed.nreYear} net revenue budgets as they stood then (${figures})` +
      (fixed.reason ? `, re-set by the board: ${fixed.reason}` : ', when the budget or basis was set') +
      '; later restatements do not move them.',
  );
  for (const force of members) {
    if (!recorded.has(force)) notes.push(`"${force}" joined after ${unitName}'s ${fixed.year} shares were fixed, so it bears no share.`);
  }
  const departed = [...recorded.keys()].filter((f) => !members.includes(f));
  if (departed.length > 0) {
    notes.push(`${departed.map((f) => `"${f}"`).join(', ')} no longer a member in ${fixed.year}; the others keep their fixed proportions.`);
  }
  return members.map((force) => ({ force, weight: new Dec(recorded.get(force) ?? '0') }));
}
