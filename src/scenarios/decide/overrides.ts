import { InvalidInputError } from '../../common/errors';
import { Money } from '../../common/money';
import { unreachable } from '../../event-sourcing/decider';
import { parseChoice, parseRate, parseWholePence } from '../../force-finance/command-input';
import type { OverrideAssumptions, SetPreceptStrategy } from '../scenario.commands';
import { PRECEPT_STRATEGY_KINDS, type AssumptionsOverridden, type PreceptStrategy, type PreceptStrategySet } from '../scenario.events';
import { parseForce, yearInPlan } from './scenario-input';

const ASSUMPTION_NAMES = ['payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'] as const;

export function decideOverrideAssumptions(command: OverrideAssumptions): AssumptionsOverridden[] {
  const force = parseForce(command.force);
  const year = yearInPlan(command.year, 'year', force);
  const rates: Partial<Record<(typeof ASSUMPTION_NAMES)[number], string>> = {};
  for (const name of ASSUMPTION_NAMES) {
    if (command[name] !== undefined) rates[name] = parseRate(command[name], name).toExact();
  }
  if (Object.keys(rates).length === 0) {
    throw new InvalidInputError('payAward', `give at least one of ${ASSUMPTION_NAMES.join(', ')} to override`);
  }
  return [{ type: 'AssumptionsOverridden.v1', data: { force: force.force, year: year.toString(), ...rates } }];
}

export function decideSetPreceptStrategy(command: SetPreceptStrategy): PreceptStrategySet[] {
  const force = parseForce(command.force);
  const year = yearInPlan(command.year, 'year', force);
  const given = command.strategy as unknown;
  if (typeof given !== 'object' || given === null)
    throw new InvalidInputError('strategy', 'must be a precept strategy such as {"kind":"freeze"}');
  const { kind: rawKind, rate, amount } = given as { kind?: unknown; rate?: unknown; amount?: unknown };
  const kind = parseChoice(rawKind, 'strategy.kind', PRECEPT_STRATEGY_KINDS);
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
      strategy = { kind, rate: parseRate(rate, 'strategy.rate').toExact() };
      break;
    case 'pound': {
      if (rate !== undefined) throw new InvalidInputError('strategy.rate', 'a pound strategy takes an amount, not a rate');
      const pounds = parseWholePence(Money.parse(amount, 'strategy.amount'), 'strategy.amount', 'A Band D change');
      strategy = { kind, amount: pounds.toExact() };
      break;
    }
    default:
      return unreachable(kind, 'precept strategy');
  }
  return [{ type: 'PreceptStrategySet.v1', data: { force: force.force, year: year.toString(), strategy } }];
}
