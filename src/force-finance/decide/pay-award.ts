import { RuleViolationError } from '../../common/errors';
import type { Rate } from '../../common/rate';
import type { ForceNames, SetPayAward, SetPayOnCostRates } from '../force-finance.commands';
import type { PayAwardSet, PayOnCostRatesSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { requireYearInPlan } from '../plan-period-rules';

/**
 * A pay group's award for a year of the plan, from a calendar month, with the year's incremental
 * drift. An award or drift of −100 % or less would leave the group with no pay at all, which no
 * award does. Setting the same again records nothing; anything else replaces the group's year.
 */
export function decideSetPayAward(command: SetPayAward, state: ForceFinanceState, { forceName }: ForceNames): PayAwardSet[] {
  const { year, group, rate, effectiveMonth, incrementalDrift } = command;
  requireYearInPlan(state, forceName, year, 'year');
  requireAboveMinusOne(rate, 'rate', `A ${group} pay award`);
  if (incrementalDrift !== undefined) requireAboveMinusOne(incrementalDrift, 'incrementalDrift', `Incremental drift of ${group}`);
  const data: PayAwardSet['data'] = {
    year: year.toString(),
    group,
    rate: rate.toExact(),
    effectiveMonth,
    ...(incrementalDrift !== undefined ? { incrementalDrift: incrementalDrift.toExact() } : {}),
  };
  const recorded = state.payAwards?.[data.year]?.[group];
  if (recorded && sameAward(recorded, data)) return [];
  return [{ type: 'PayAwardSet.v1', data }];
}

/**
 * Employer on-cost rates from a year of the plan: each a share of pay, never negative (an
 * employer's contribution). Setting the same again records nothing.
 */
export function decideSetPayOnCostRates(
  command: SetPayOnCostRates,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): PayOnCostRatesSet[] {
  const { year, officersPension, staffPension, employerNationalInsurance } = command;
  requireYearInPlan(state, forceName, year, 'year');
  const rates = { officersPension, staffPension, employerNationalInsurance };
  for (const [field, rate] of Object.entries(rates)) {
    if (rate.fraction.isNegative()) {
      throw new RuleViolationError(`An employer on-cost rate cannot be negative (${rate.toPercent()} % given)`, field);
    }
  }
  const data: PayOnCostRatesSet['data'] = {
    year: year.toString(),
    officersPension: officersPension.toExact(),
    staffPension: staffPension.toExact(),
    employerNationalInsurance: employerNationalInsurance.toExact(),
  };
  const recorded = state.payOnCostRates?.[data.year];
  if (
    recorded &&
    recorded.officersPension === data.officersPension &&
    recorded.staffPension === data.staffPension &&
    recorded.employerNationalInsurance === data.employerNationalInsurance
  ) {
    return [];
  }
  return [{ type: 'PayOnCostRatesSet.v1', data }];
}

function requireAboveMinusOne(rate: Rate, field: string, what: string): void {
  if (!rate.growthFactor().greaterThan(0)) {
    throw new RuleViolationError(`${what} of ${rate.toPercent()} % would take pay to zero or less: a rate must be more than −100 %`, field);
  }
}

function sameAward(recorded: PayAwardSet['data'], next: PayAwardSet['data']): boolean {
  return (
    recorded.rate === next.rate &&
    recorded.effectiveMonth === next.effectiveMonth &&
    (recorded.incrementalDrift ?? null) === (next.incrementalDrift ?? null)
  );
}
