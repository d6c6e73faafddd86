import { Dec } from '../common/decimal';
import type { FinancialYear } from '../common/financial-year';
import { Rate } from '../common/rate';
import type { PayGroup } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { establishmentScale } from './establishment-for-year';
import { mergeSources } from './figure';
import { assumptionFor } from './plan-assumptions-for-year';
import { yearsAfter } from './recorded-years';
import type { Warnings } from './warnings';

/** How one pay group's pay moves in one year: its award (recorded, or the plan's pay award) and its drift. */
export interface PayGroupYearRates {
  /** recorded: a PayAwardSet.v1 for the group and year; plan: none, so the plan's pay award, full year. */
  basis: 'recorded' | 'plan';
  rate: Rate;
  /** The calendar month the award takes effect (null for the plan's pay award, a full-year rate). */
  effectiveMonth: number | null;
  /** Months of the financial year (April to March) the award is paid in: 7 from September, 12 from April. */
  monthsInYear: number;
  incrementalDrift: Rate;
  sources: string[];
}

/** The group's pay over the years after the base year: factors on the base budget's amounts. */
export interface PayGroupGrowth {
  /** Pay at the start of the year: every earlier year's award and drift in full (1 in the year after the base year). */
  openingFactor: Dec;
  /** What the year costs: opening × (1 + drift) × (1 + award × months ⁄ 12). */
  costFactor: Dec;
  /** This year's rates; null in the base year itself, whose budget already holds its pay. */
  rates: PayGroupYearRates | null;
  sources: string[];
}

/** Months from the first of `month` to 31 March: April 12, September 7, January 3, March 1. */
export function monthsInFinancialYear(month: number): number {
  return month >= 4 ? 16 - month : 4 - month;
}

/** A group's award and drift for a year: as recorded for it, else the plan's pay award for the full year and no drift. */
export function payGroupRates(facts: ForceFinanceState, group: PayGroup, year: FinancialYear, warnings: Warnings): PayGroupYearRates {
  const recorded = facts.payAwards?.[year.toString()]?.[group];
  if (recorded) {
    return {
      basis: 'recorded',
      rate: Rate.of(recorded.rate),
      effectiveMonth: recorded.effectiveMonth,
      monthsInYear: monthsInFinancialYear(recorded.effectiveMonth),
      incrementalDrift: Rate.of(recorded.incrementalDrift ?? '0'),
      sources: [...recorded.sources],
    };
  }
  const plan = assumptionFor(facts, year, 'payAward', warnings);
  return { basis: 'plan', rate: plan.value, effectiveMonth: null, monthsInYear: 12, incrementalDrift: Rate.ZERO, sources: plan.sources };
}

/**
 * A pay group's factors from the base year to `year`. Each year after the base year the group's
 * pay level grows by (1 + drift) × (1 + award): the award in full from the year after it is
 * made. The year's cost bears drift in full (progression from April) and the award for the
 * months it is paid: a 2 % award from September costs 7/12 × 2 % in its year. A year with no
 * recorded award moves by the plan's pay award, full year, exactly as a pay line without a group.
 */
export function payGroupGrowth(
  facts: ForceFinanceState,
  group: PayGroup,
  baseYear: FinancialYear,
  year: FinancialYear,
  warnings: Warnings,
): PayGroupGrowth {
  let level = new Dec(1);
  let opening = level;
  let rates: PayGroupYearRates | null = null;
  const sources: string[][] = [];
  for (const each of yearsAfter(baseYear, year)) {
    opening = level;
    rates = payGroupRates(facts, group, each, warnings);
    level = level.times(rates.incrementalDrift.growthFactor()).times(rates.rate.growthFactor());
    sources.push(rates.sources);
  }
  const costFactor = rates === null ? level : opening.times(rates.incrementalDrift.growthFactor()).times(inYearFactor(rates));
  return { openingFactor: opening, costFactor, rates, sources: mergeSources(...sources) };
}

/**
 * The factor (and events) that move a pay line of the group from its base budget to the year's
 * cost: awards and drift, and, where the force records the group's establishment for the base
 * year and this one, × FTE ÷ base FTE (establishment-for-year.ts).
 */
export function payLineGrowth(
  facts: ForceFinanceState,
  group: PayGroup,
  baseYear: FinancialYear,
  year: FinancialYear,
  warnings: Warnings,
): { factor: Dec; sources: string[] } {
  const growth = payGroupGrowth(facts, group, baseYear, year, warnings);
  const scale = establishmentScale(facts, group, baseYear, year, warnings);
  if (scale === null) return { factor: growth.costFactor, sources: growth.sources };
  return { factor: growth.costFactor.times(scale.ratio), sources: mergeSources(growth.sources, scale.sources) };
}

/** 1 + award × months ⁄ 12; the plan's full-year rate as 1 + rate exactly. */
function inYearFactor(rates: PayGroupYearRates): Dec {
  if (rates.monthsInYear === 12) return rates.rate.growthFactor();
  return new Dec(1).plus(rates.rate.fraction.times(rates.monthsInYear).dividedBy(12));
}
