import type { FinancialYear } from '../common/financial-year';
import type { MtfpProjection } from '../mtfp/mtfp-projection';
import { PlanReader } from './plan-reader';
import type { AppliedScenario } from '../scenarios/apply-scenario';

/**
 * A force's MTFP under a scenario: the plan reader over the scenario's facts (so the force's
 * alliance savings lines, and every member's NRE behind shares, are read from them too) with
 * the Band D the scenario's precept strategies give.
 */
export function mtfpUnderScenario(applied: AppliedScenario, force: string, from: string | FinancialYear, years: number): MtfpProjection {
  return new PlanReader(applied.facts).mtfp(force, from, years, { bandDOverrides: applied.bandDOverrides[force] ?? {} });
}
