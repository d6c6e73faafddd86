import type { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { PAY_GROUPS, type PayGroup } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { establishmentOfGroup } from './establishment-of-group';
import { moneyFigure, sumFigures } from './figure';
import type { MtfpBudgetLine, MtfpPayGroup } from './mtfp-projection';
import { payGroupGrowth } from './pay-award-growth';
import type { Warnings } from './warnings';

/**
 * Each pay group's pay of the year, worked out so a CFO can follow it: the group's pay in the
 * base budget; its level at the start of the year (every earlier award and drift in full);
 * the year's drift on that level; the award's full-year effect on the level with drift, and
 * the part of it the year bears (months from the effective month to March ⁄ 12). `total` is the
 * group's pay lines in `expenditure.lines` added up, = opening + drift + award in year (+ the
 * establishment's effect, where the force records FTE for the base year and this one).
 * Only pay lines that name a group are here (lines kept after any contribution replaces some);
 * other pay lines move by the plan's pay award as they always have. On-costs: pay-on-costs.ts.
 */
export function payGroupsForYear(
  facts: ForceFinanceState,
  baseYear: FinancialYear | null,
  year: FinancialYear,
  lines: readonly MtfpBudgetLine[],
  warnings: Warnings,
): MtfpPayGroup[] {
  if (baseYear === null) return [];
  const base = facts.baseBudgets[baseYear.toString()];
  return PAY_GROUPS.flatMap((group) => {
    const ofGroup = lines.filter((l) => l.kind === 'pay' && l.payGroup === group);
    if (ofGroup.length === 0) return [];
    const codes = new Set(ofGroup.map((l) => l.code));
    const baseAmount = Money.sum(base.lines.filter((l) => codes.has(l.code)).map((l) => Money.of(l.amount)));
    return [groupYear(facts, group, baseYear, year, moneyFigure(baseAmount, base.sources), ofGroup, warnings)];
  });
}

function groupYear(
  facts: ForceFinanceState,
  group: PayGroup,
  baseYear: FinancialYear,
  year: FinancialYear,
  base: ReturnType<typeof moneyFigure>,
  lines: readonly MtfpBudgetLine[],
  warnings: Warnings,
): MtfpPayGroup {
  const growth = payGroupGrowth(facts, group, baseYear, year, warnings);
  const opening = moneyFigure(base.value.times(growth.openingFactor), base.sources, growth.sources);
  const rates = growth.rates;
  const total = sumFigures(lines.map((l) => l.amount));
  if (rates === null) {
    const zero = moneyFigure(Money.ZERO, []);
    return {
      group,
      lineCodes: lines.map((l) => l.code),
      base,
      opening,
      award: null,
      drift: zero,
      awardFullYear: zero,
      awardInYear: zero,
      total,
      onCosts: null,
      establishment: establishmentOfGroup(facts, group, baseYear, year, [opening], warnings),
    };
  }
  const drift = moneyFigure(opening.value.times(rates.incrementalDrift), opening.sources, rates.sources);
  const withDrift = opening.value.plus(drift.value);
  const fullYear = withDrift.times(rates.rate);
  const awardFullYear = moneyFigure(fullYear, opening.sources, rates.sources);
  const awardInYear = moneyFigure(fullYear.times(rates.monthsInYear).dividedBy(12), opening.sources, rates.sources);
  return {
    group,
    lineCodes: lines.map((l) => l.code),
    base,
    opening,
    award: {
      basis: rates.basis,
      rate: { value: rates.rate, sources: rates.sources },
      effectiveMonth: rates.effectiveMonth,
      monthsInYear: rates.monthsInYear,
      incrementalDrift: { value: rates.incrementalDrift, sources: rates.basis === 'recorded' ? rates.sources : [] },
    },
    drift,
    awardFullYear,
    awardInYear,
    total,
    onCosts: null,
    establishment: establishmentOfGroup(facts, group, baseYear, year, [opening, drift, awardInYear], warnings),
  };
}
