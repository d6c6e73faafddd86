import { RuleViolationError } from '../../common/errors';
import { Money } from '../../common/money';
import type { ForceNames, SetPreceptAssumption } from '../force-finance.commands';
import type { PreceptAssumption, PreceptAssumptionSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { formatPounds } from '../format-pounds';
import { requireWholePence } from '../money-rules';
import { possessive, requireYearInPlan } from '../plan-period-rules';

/**
 * The plan's assumption for a year's Band D, for a year whose precept is not yet approved: an
 * approved Band D is a fact, and an assumption beside it would never count. A rate must leave a
 * Band D above zero; a £ change is in pounds and pence. Setting the same assumption again
 * records nothing.
 */
export function decideSetPreceptAssumption(
  command: SetPreceptAssumption,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): PreceptAssumptionSet[] {
  const { year, assumption } = command;
  requireYearInPlan(state, forceName, year, 'year');
  const approved = state.precepts[year.toString()]?.approved;
  if (approved) {
    throw new RuleViolationError(
      `${possessive(forceName)} ${year} precept is approved at ${formatPounds(Money.of(approved.bandD))} Band D: a precept assumption is for years whose Band D is not yet set`,
      'year',
    );
  }
  let data: PreceptAssumption;
  switch (assumption.kind) {
    case 'percentage':
      if (!assumption.rate.growthFactor().greaterThan(0)) {
        throw new RuleViolationError(
          `A precept assumption of ${assumption.rate.toPercent()} % would take Band D to zero or less: a rate must be more than −100 %`,
          'rate',
        );
      }
      data = { kind: 'percentage', rate: assumption.rate.toExact() };
      break;
    case 'pound':
      data = { kind: 'pound', amount: requireWholePence(assumption.amount, 'amount', 'A £ change to Band D').toExact() };
      break;
    default:
      data = { kind: assumption.kind };
  }
  const recorded = state.preceptAssumptions[year.toString()]?.assumption;
  if (recorded && JSON.stringify(recorded) === JSON.stringify(data)) return [];
  return [{ type: 'PreceptAssumptionSet.v1', data: { year: year.toString(), assumption: data } }];
}
