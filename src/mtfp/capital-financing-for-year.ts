import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { CapitalSchemeFact } from '../force-finance/capital-programme.facts';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import type { MtfpCapitalFinancing, MtfpDebtCharge } from './capital-financing-line';
import { capitalSchemesOf } from './capital-programme-for-year';
import { moneyFigure, sumFigures, type RateFigure } from './figure';
import type { MtfpExpenditure } from './mtfp-projection';
import { latestYearAtOrBefore } from './recorded-years';
import type { Warnings } from './warnings';

/**
 * The revenue budget's capital financing line of one year, added to expenditure:
 *
 *   total = the base budget's capital_financing lines (debt charges already in it, never inflated)
 *         + MRP + interest on borrowing since the base budget year
 *         + the revenue contribution (RCCO) of the year's schemes.
 *
 * Conventions (stated in the API doc too):
 * - MRP is straight-line: a scheme-year's borrowing ÷ the asset's life, each year from the year
 *   AFTER the spend (the asset comes into use then) for the life in years.
 * - Interest is at the rate recorded for the spend year (the latest recorded at or before it:
 *   fixed-rate borrowing), on the borrowing not yet provided for by MRP at the start of the year
 *   (borrowing − MRP of earlier years), over the same years as MRP.
 * - A base budget already holds the debt charges of borrowing before its year, as it holds earlier
 *   savings: only borrowing of the base year or later is charged on top (a rebased budget absorbs
 *   the rest, listed as `borrowingInBaseBudget`).
 */
export function capitalFinancingForYear(
  facts: ForceFinanceState,
  year: FinancialYear,
  expenditure: MtfpExpenditure,
  warnings: Warnings,
): { capitalFinancing: MtfpCapitalFinancing; expenditure: MtfpExpenditure } {
  const baseYear = expenditure.baseBudgetYear === null ? null : FinancialYear.parse(expenditure.baseBudgetYear, 'baseBudgetYear');
  const charges: MtfpDebtCharge[] = [];
  const inBase: string[] = [];
  for (const spentIn of Object.keys(facts.capitalSchemes ?? {}).sort()) {
    const spent = FinancialYear.parse(spentIn, 'year');
    if (!spent.isBefore(year)) continue;
    for (const scheme of capitalSchemesOf(facts, spentIn)) {
      if (!Money.of(scheme.funding.borrowing).isPositive() || scheme.assetLifeYears === undefined) continue;
      if (year.yearsSince(spent) > scheme.assetLifeYears) continue;
      if (baseYear !== null && spent.isBefore(baseYear)) inBase.push(codeOf(scheme));
      else charges.push(debtCharge(facts, scheme, spent, year, warnings));
    }
  }
  const inBaseBudget = sumFigures(expenditure.lines.filter((l) => l.kind === 'capital_financing').map((l) => l.amount));
  const mrp = sumFigures(charges.map((c) => c.mrp));
  const interest = sumFigures(charges.map((c) => c.interest));
  const revenueContribution = sumFigures(
    capitalSchemesOf(facts, year.toString()).map((s) => moneyFigure(Money.of(s.funding.revenueContribution), s.sources)),
  );
  const total = sumFigures([inBaseBudget, mrp, interest, revenueContribution]);
  return {
    capitalFinancing: {
      mrpMethod: 'straight_line',
      inBaseBudget,
      mrp,
      interest,
      revenueContribution,
      total,
      debtCharges: charges,
      borrowingInBaseBudget: inBase,
    },
    expenditure: { ...expenditure, total: sumFigures([expenditure.total, total]) },
  };
}

function debtCharge(
  facts: ForceFinanceState,
  scheme: CapitalSchemeFact,
  spent: FinancialYear,
  year: FinancialYear,
  warnings: Warnings,
): MtfpDebtCharge {
  const life = scheme.assetLifeYears as number;
  const borrowing = moneyFigure(Money.of(scheme.funding.borrowing), scheme.sources);
  const yearlyMrp = borrowing.value.dividedBy(life);
  // Years of MRP before this one: the first charge falls in the year after the spend.
  const provided = yearlyMrp.times(year.yearsSince(spent) - 1);
  const outstanding = moneyFigure(borrowing.value.minus(provided), scheme.sources);
  const rate = interestRateFor(facts, spent, scheme.name, warnings);
  return {
    code: codeOf(scheme),
    schemeId: scheme.schemeId,
    name: scheme.name,
    spentIn: scheme.year,
    borrowing,
    assetLifeYears: life,
    interestRate: rate,
    outstanding,
    mrp: moneyFigure(yearlyMrp, scheme.sources),
    interest: moneyFigure(outstanding.value.times(rate.value), scheme.sources, rate.sources),
  };
}

function interestRateFor(facts: ForceFinanceState, spent: FinancialYear, name: string, warnings: Warnings): RateFigure {
  const recordedFor = latestYearAtOrBefore(Object.keys(facts.capitalFinancingAssumptions ?? {}), spent);
  if (recordedFor === null) {
    warnings.add(
      `No capital financing assumptions are recorded for ${spent} or any earlier year: interest on ${name}'s borrowing is taken as zero`,
    );
    return { value: Rate.ZERO, sources: [] };
  }
  const recorded = (facts.capitalFinancingAssumptions ?? {})[recordedFor.toString()];
  return { value: Rate.of(recorded.interestRate), sources: [...recorded.sources] };
}

function codeOf(scheme: CapitalSchemeFact): string {
  return `${scheme.schemeId}:${scheme.year.replace('/', '-')}`;
}
