import { Dec } from '../common/decimal';
import type { FinancialYear } from '../common/financial-year';
import { Rate } from '../common/rate';
import type { PlanAssumptions } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { mergeSources } from './figure';
import type { AssumptionFigure, MtfpAssumptions } from './mtfp-projection';
import { latestYearAtOrBefore, yearsAfter } from './recorded-years';
import type { Warnings } from './warnings';

export type AssumptionName = keyof PlanAssumptions;

/**
 * A plan assumption for a year. When none is recorded for the year, the latest earlier year's
 * assumptions carry on (plans are usually set once and revised, not restated yearly); when
 * none is recorded for any year up to it, the rate is zero. Both are reported as warnings,
 * but only when the rate is actually used in a calculation (`warnings` given).
 */
export function assumptionFor(facts: ForceFinanceState, year: FinancialYear, name: AssumptionName, warnings?: Warnings): AssumptionFigure {
  const recordedFor = latestYearAtOrBefore(Object.keys(facts.assumptions), year);
  if (recordedFor === null) {
    warnings?.add(
      `No plan assumptions are recorded for ${year} or any earlier year: its pay award, inflation, grant change and tax base growth are taken as zero`,
    );
    return { value: Rate.ZERO, sources: [], basis: 'none', recordedFor: null };
  }
  const recorded = facts.assumptions[recordedFor.toString()];
  const carried = !recordedFor.equals(year);
  if (carried) warnings?.add(`No plan assumptions are recorded for ${year}: those recorded for ${recordedFor} are used`);
  return {
    value: Rate.of(recorded[name]),
    sources: [...recorded.sources],
    basis: carried ? 'carried' : 'recorded',
    recordedFor: recordedFor.toString(),
  };
}

/** The factor that moves an amount from `from` to `to` by one assumption, year by year, and the events it used. */
export function compoundGrowth(
  facts: ForceFinanceState,
  from: FinancialYear,
  to: FinancialYear,
  name: AssumptionName,
  warnings: Warnings,
): { factor: Dec; sources: string[] } {
  let factor = new Dec(1);
  const sources: string[][] = [];
  for (const year of yearsAfter(from, to)) {
    const rate = assumptionFor(facts, year, name, warnings);
    factor = factor.times(rate.value.growthFactor());
    sources.push(rate.sources);
  }
  return { factor, sources: mergeSources(...sources) };
}

/** The assumptions of a year as shown in the MTFP (for reading; no warnings). */
export function assumptionsOfYear(facts: ForceFinanceState, year: FinancialYear): MtfpAssumptions {
  return {
    payAward: assumptionFor(facts, year, 'payAward'),
    nonPayInflation: assumptionFor(facts, year, 'nonPayInflation'),
    incomeInflation: assumptionFor(facts, year, 'incomeInflation'),
    grantChange: assumptionFor(facts, year, 'grantChange'),
    taxBaseGrowth: assumptionFor(facts, year, 'taxBaseGrowth'),
  };
}
