import { Dec } from '../common/decimal';
import type { FinancialYear } from '../common/financial-year';
import { Rate } from '../common/rate';
import type { InflationCategory } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { mergeSources } from './figure';
import type { MtfpCategoryInflation } from './mtfp-projection';
import { assumptionFor } from './plan-assumptions-for-year';
import { yearsAfter } from './recorded-years';
import type { Warnings } from './warnings';

export const INFLATION_CATEGORY_NAMES: Record<InflationCategory, string> = {
  energy: 'energy',
  fuel: 'fuel',
  ict_contracts: 'ICT contracts',
  general_cpi: 'general CPI',
};

/**
 * The factor that moves a non-pay line (or item) of a named inflation category from `from` to
 * `to`, year by year: by the force's rate for the category in each year
 * (InflationCategoryRatesSet.v1), or – none recorded for that year – by the plan's non-pay
 * inflation for it, with a warning naming the category, the year and the line. Category rates do
 * not carry from one year to the next: a missing year is a gap the force should fill, and the plan's
 * own non-pay rate is the neutral stand-in. Also what the MTFP shows for `to`: the category and the
 * rate that moved the line into it (none in its first year), citing the event it came from.
 */
export function categoryGrowth(
  facts: ForceFinanceState,
  category: InflationCategory,
  from: FinancialYear,
  to: FinancialYear,
  what: string,
  warnings: Warnings,
): { factor: Dec; sources: string[]; shown: MtfpCategoryInflation } {
  let factor = new Dec(1);
  const sources: string[][] = [];
  let shown: MtfpCategoryInflation = { category, rate: null, basis: null };
  for (const year of yearsAfter(from, to)) {
    const used = rateIn(facts, category, year, what, warnings);
    factor = factor.times(used.rate.value.growthFactor());
    sources.push(used.rate.sources);
    shown = { category, ...used };
  }
  return { factor, sources: mergeSources(...sources), shown };
}

function rateIn(
  facts: ForceFinanceState,
  category: InflationCategory,
  year: FinancialYear,
  what: string,
  warnings: Warnings,
): Pick<MtfpCategoryInflation, 'rate' | 'basis'> & { rate: NonNullable<MtfpCategoryInflation['rate']> } {
  const recorded = facts.inflationCategoryRates?.[year.toString()];
  const rate = recorded?.rates[category];
  if (recorded && rate !== undefined) return { rate: { value: Rate.of(rate), sources: [...recorded.sources] }, basis: 'category' };
  const fallback = assumptionFor(facts, year, 'nonPayInflation', warnings);
  warnings.add(
    `No ${INFLATION_CATEGORY_NAMES[category]} inflation rate is recorded for ${year}: ${what}, in category ${category}, moves by the plan's non-pay inflation (${fallback.value.toPercent()} %) instead`,
  );
  return { rate: { value: fallback.value, sources: fallback.sources }, basis: 'non_pay_inflation' };
}
