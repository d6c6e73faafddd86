import { InvalidInputError } from '../../common/errors';
import { Money } from '../../common/money';
import { Rate } from '../../common/rate';
import { unreachable } from '../../event-sourcing/decider';
import { parseWholePence } from '../../force-finance/command-input';
import type { OverrideAssumptions, SetPreceptStrategy } from '../scenario.commands';
import type { AssumptionsOverridden, PreceptStrategy, PreceptStrategySet } from '../scenario.events';
import { yearInPlan } from './scenario-input';

const ASSUMPTION_NAMES = ['payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'] as const;

export function decideOverrideAssumptions(command: OverrideAssumptions): AssumptionsOverridden[] {
  const { force } = command;
  const year = yearInPlan(command.year, 'year', force);
  const rates: Partial<Record<(typeof ASSUMPTION_NAMES)[number], string>> = {};
  for (const name of ASSUMPTION_NAMES) {
    const rate = command[name];
    if (rate !== undefined) rates[name] = rate.toExact();
  }
  if (Object.keys(rates).length === 0) {
    throw new InvalidInputError('payAward', `give at least one of ${ASSUMPTION_NAMES.join(', ')} to override`);
  }
  return [{ type: 'AssumptionsOverridden.v1', data: { force: force.force, year: year.toString(), ...rates } }];
}

export function decideSetPreceptStrategy(command: SetPreceptStrategy): PreceptStrategySet[] {
  const { force } = command;
  const year = yearInPlan(command.year, 'year', force);
  // Which figure goes with which kind is checked here, after the plan period, as it always was.
  const { kind, rate, amount } = command.strategy;
  let strategy: PreceptStrategy;
  switch (kind) {
    case 'freeze':
    case 'max_without_referendum':
      if (rate !== undefined || amount !== undefined)
        throw new InvalidInputError('strategy', `a "${kind}" strategy takes no rate or amount`);
      strategy = { kind };
      break;
    case 'percentage':
      if (amount !== undefined) throw new InvalidInputError('strategy.amount', 'a percentage strategy takes a rate, not an amount');
      // A missing figure is refused as parsing it would refuse it.
      strategy = { kind, rate: (rate ?? Rate.parse(undefined, 'strategy.rate')).toExact() };
      break;
    case 'pound':
      if (rate !== undefined) throw new InvalidInputError('strategy.rate', 'a pound strategy takes an amount, not a rate');
      strategy = {
        kind,
        amount: parseWholePence(amount ?? Money.parse(undefined, 'strategy.amount'), 'strategy.amount', 'A Band D change').toExact(),
      };
      break;
    default:
      return unreachable(kind, 'precept strategy');
  }
  return [{ type: 'PreceptStrategySet.v1', data: { force: force.force, year: year.toString(), strategy } }];
}
