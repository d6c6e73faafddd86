import { Dec } from '../common/decimal';
import { quantityAtPrecision, toJson, type Jsonified } from '../common/to-json';
import type { ReferendumPrinciple } from '../reference-data/referendum-principle';
import type { PreceptOptions } from './precept-options-types';

/**
 * Precept options as the API returns them: money to the penny (half-up), rates exact, the tax
 * base at the precision used, and percentages to 2 dp – or to 4 dp, rounded down, where 2 dp
 * would round a rise below a percentage referendum limit up to the limit ("1.9953", not "2.00").
 */
export type PreceptOptionsJson = Jsonified<PreceptOptions>;

export function preceptOptionsToJson(options: PreceptOptions): PreceptOptionsJson {
  const json = toJson(options);
  json.taxBase.value = quantityAtPrecision(options.taxBase.value);
  options.options.forEach((option, i) => {
    json.options[i].change.percent = percentShown(option.change.percent, options.principles);
  });
  return json;
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
