import { RuleViolationError } from '../../common/errors';
import type { ForceNames, SetInflationCategoryRates } from '../force-finance.commands';
import type { InflationCategoryRatesSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { requireYearInPlan } from '../plan-period-rules';

/**
 * The force's inflation rates by named category for a year of its plan. A rate of −100 % or less
 * would take a line to nothing or below, which no price change does. Setting the same rates
 * again records nothing; anything else replaces every rate of the year (a category left out has
 * none, and moves by the plan's non-pay inflation, with a warning).
 */
export function decideSetInflationCategoryRates(
  command: SetInflationCategoryRates,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): InflationCategoryRatesSet[] {
  const { year } = command;
  requireYearInPlan(state, forceName, year, 'year');
  command.rates.forEach(({ category, rate }, i) => {
    if (!rate.growthFactor().greaterThan(0)) {
      throw new RuleViolationError(
        `${category} inflation of ${rate.toPercent()} % would take prices to zero or less: a rate must be more than −100 %`,
        `rates[${i}].rate`,
      );
    }
  });
  const data: InflationCategoryRatesSet['data'] = {
    year: year.toString(),
    rates: command.rates.map(({ category, rate }) => ({ category, rate: rate.toExact() })),
  };
  const recorded = state.inflationCategoryRates?.[data.year];
  const same =
    recorded !== undefined &&
    Object.keys(recorded.rates).length === data.rates.length &&
    data.rates.every(({ category, rate }) => recorded.rates[category] === rate);
  return same ? [] : [{ type: 'InflationCategoryRatesSet.v1', data }];
}
