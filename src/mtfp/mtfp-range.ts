import { InvalidInputError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import type { PlanPeriodFact } from '../force-finance/force-finance.state';
import { MAX_MTFP_YEARS } from './project-mtfp';

export interface MtfpRangeRequest {
  from?: FinancialYear;
  years?: number;
}

/** Reads `from` and `years` from the query string; either may be left out (see mtfpRange). */
export function parseMtfpRange(from: unknown, years: unknown): MtfpRangeRequest {
  return { from: isAbsent(from) ? undefined : FinancialYear.parse(from, 'from'), years: isAbsent(years) ? undefined : parseYears(years) };
}

function parseYears(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > MAX_MTFP_YEARS) {
    throw new InvalidInputError('years', `must be a whole number of years from 1 to ${MAX_MTFP_YEARS}`);
  }
  return Number(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === '';
}

/**
 * The years to show: as asked, and what was not asked for from the force's plan period – by
 * default the MTFP is the plan period, and `from` alone runs to the end of it.
 */
export function mtfpRange(
  requested: MtfpRangeRequest,
  plan: Pick<PlanPeriodFact, 'firstYear' | 'lastYear'> | null,
): { from: FinancialYear; years: number } {
  const example = 'e.g. ?from=2016/17&years=4';
  const from = requested.from ?? (plan ? FinancialYear.parse(plan.firstYear, 'firstYear') : undefined);
  if (!from) throw new InvalidInputError('from', `is needed while the force has no plan period, ${example}`);
  if (requested.years !== undefined) return { from, years: requested.years };
  if (!plan) throw new InvalidInputError('years', `is needed while the force has no plan period, ${example}`);
  const toPlanEnd = FinancialYear.parse(plan.lastYear, 'lastYear').yearsSince(from) + 1;
  return { from, years: Math.min(Math.max(toPlanEnd, 1), MAX_MTFP_YEARS) };
}
