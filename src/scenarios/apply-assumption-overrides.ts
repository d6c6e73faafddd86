import { FinancialYear } from '../common/financial-year';
import type { PlanAssumptions } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { mergeSources } from '../force-finance/sourced-money';
import { assumptionFor } from '../mtfp/plan-assumptions-for-year';
import type { EffectiveOverrides } from './effective-overrides';

const NAMES = ['payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'] as const;

/**
 * Merges a force's assumption overrides into its (copied) facts, earliest year first. An
 * override for a year acts exactly as if the force had recorded those assumptions for that
 * year: the rates it gives replace the year's, the rates it does not give stay as the year has
 * them (recorded, or carried from an earlier year), and – as with recorded assumptions – it
 * carries on into later years that have none of their own. The year's assumptions then cite
 * the override's events beside the baseline events of the rates kept.
 */
export function applyAssumptionOverrides(facts: ForceFinanceState, overrides: EffectiveOverrides['assumptions']): void {
  const byYear = [...overrides].sort((a, b) => FinancialYear.parse(a.year).compare(FinancialYear.parse(b.year)));
  for (const override of byYear) {
    const year = FinancialYear.parse(override.year, 'year');
    const kept: string[][] = [];
    const rates = {} as PlanAssumptions;
    for (const name of NAMES) {
      const given = override.rates[name];
      if (given !== undefined) {
        rates[name] = given;
      } else {
        const current = assumptionFor(facts, year, name);
        rates[name] = current.value.toExact();
        kept.push(current.sources);
      }
    }
    facts.assumptions[override.year] = { year: override.year, ...rates, sources: mergeSources(...kept, override.sources) };
  }
}
