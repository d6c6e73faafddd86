import type { EventRef } from '../../event-sourcing/decider';
import type { InflationCategoryRatesSet } from '../force-finance.events';
import type { ForceFinanceState, InflationCategoryRatesFact } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A year's category rates replace every rate recorded before for that year. */
export function inflationCategoryRatesSet(
  state: ForceFinanceState,
  data: InflationCategoryRatesSet['data'],
  ref?: EventRef,
): ForceFinanceState {
  const rates: InflationCategoryRatesFact['rates'] = {};
  for (const { category, rate } of data.rates) rates[category] = rate;
  return withFact(state, 'inflationCategoryRates', {
    ...state.inflationCategoryRates,
    [data.year]: { year: data.year, rates, sources: sourcesOf(ref) },
  });
}
