import { Dec } from '../common/decimal';
import { quantityAtPrecision, toJson, type Jsonified } from '../common/to-json';
import type { ReferendumPrinciple } from '../reference-data/referendum-principle';
import type { CouncilTaxBand } from './council-tax-bands';
import type { PreceptOption, PreceptOptions } from './precept-options-types';
import { weeklyCouncilTax } from './weekly-council-tax';

/**
 * Precept options as the API returns them: money to the penny (half-up), rates exact, the tax
 * base at the precision used, and percentages to 2 dp – or to 4 dp, rounded down, where 2 dp
 * would round a rise below a percentage referendum limit up to the limit ("1.9953", not "2.00").
 */
export type PreceptOptionsJson = Omit<Jsonified<PreceptOptions>, 'options'> & { options: PreceptOptionJson[] };

/** An option, with every band's charge a week (the exact yearly charge ÷ 52, to the penny half-up), as the precept report shows it. */
export type PreceptOptionJson = Jsonified<PreceptOption> & { weeklyBands: Record<CouncilTaxBand, string> };

export function preceptOptionsToJson(options: PreceptOptions): PreceptOptionsJson {
  const json = toJson(options);
  json.taxBase.value = quantityAtPrecision(options.taxBase.value);
  return {
    ...json,
    options: options.options.map((option, i) => ({
      ...json.options[i],
      change: { ...json.options[i].change, percent: percentShown(option.change.percent, options.principles) },
      weeklyBands: toJson(weeklyCouncilTax(option.bandD)),
    })),
  };
}

/** A percentage change as shown: 2 dp unless that would state a rise below a % limit as reaching it. */
export function percentShown(percent: Dec, principles: readonly ReferendumPrinciple[]): string {
  const twoDp = percent.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const misleads = principles.some((p) => {
    if (p.limit.kind !== 'percentage') return false;
    const limit = p.limit.rate.fraction.times(100);
    return percent.lessThan(limit) && !twoDp.lessThan(limit);
  });
  return misleads ? percent.toDecimalPlaces(4, Dec.ROUND_DOWN).toFixed(4) : twoDp.toFixed(2);
}
