import { RuleViolationError } from '../../common/errors';
import { parseYear } from '../command-input';
import type { ForceNames } from '../force-finance.commands';
import type { SetPlanPeriod } from '../force-finance.commands';
import type { PlanPeriodSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { isInPlan, recordedYears } from '../plan-period-rules';

/**
 * The plan period may be moved or stretched at any time, but must still cover every year
 * already recorded: figures are never silently left outside the plan (withdraw or re-record
 * them first).
 */
export function decideSetPlanPeriod(command: SetPlanPeriod, state: ForceFinanceState, { forceName }: ForceNames): PlanPeriodSet[] {
  const { firstYear, lastYear } = command;
  if (lastYear.isBefore(firstYear)) {
    throw new RuleViolationError(`The plan period cannot end (${lastYear}) before it starts (${firstYear})`, 'lastYear');
  }
  const period = { firstYear: firstYear.toString(), lastYear: lastYear.toString() };
  const leftOut = recordedYears(state).filter(({ year }) => !isInPlan(period, parseYear(year, 'year')));
  if (leftOut.length > 0) {
    const listed = leftOut.map(({ what, year }) => `${what} ${year}`).join(', ');
    throw new RuleViolationError(
      `A plan period of ${period.firstYear} to ${period.lastYear} would leave out figures already recorded for ${forceName} (${listed}): it must cover every year recorded`,
      leftOut.some(({ year }) => parseYear(year, 'year').isBefore(firstYear)) ? 'firstYear' : 'lastYear',
    );
  }
  return [{ type: 'PlanPeriodSet.v1', data: period }];
}
