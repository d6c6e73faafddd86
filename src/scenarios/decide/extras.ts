import { NotFoundError, RuleViolationError } from '../../common/errors';
import { parseChoice, parseId, parsePositiveMoney, parseText, parseYear } from '../../force-finance/command-input';
import { RECURRENCES } from '../../force-finance/force-finance.events';
import type { AddExtraBudgetItem, AddExtraReserveDrawdown } from '../scenario.commands';
import { EXTRA_ITEM_KINDS, type ExtraBudgetItemAdded, type ExtraReserveDrawdownAdded } from '../scenario.events';
import type { ScenarioFacts } from '../scenario.state';
import { parseForce, yearInPlan } from './scenario-input';

export function decideAddExtraBudgetItem(command: AddExtraBudgetItem, state: ScenarioFacts): ExtraBudgetItemAdded[] {
  const force = parseForce(command.force);
  const itemId = parseId(command.itemId, 'itemId');
  const kind = parseChoice(command.kind, 'kind', EXTRA_ITEM_KINDS);
  const fromYear = yearInPlan(command.fromYear, 'fromYear', force);
  const recurrence = parseChoice(command.recurrence, 'recurrence', RECURRENCES);
  const description =
    parseText(command.description, 'description', { optional: true }) || (kind === 'growth' ? 'Extra growth' : 'Extra cost pressure');
  const amount = parsePositiveMoney(command.amount, 'amount', `The amount of "${description}"`);
  const clash = state.extraItems.find((item) => item.force === force.force && item.itemId === itemId);
  if (clash) {
    throw new RuleViolationError(
      `Scenario "${state.name}" already has an extra item ${itemId} for ${force.forceName} ("${clash.description}")`,
      'itemId',
    );
  }
  return [
    {
      type: 'ExtraBudgetItemAdded.v1',
      data: { force: force.force, itemId, kind, fromYear: fromYear.toString(), amount: amount.toExact(), recurrence, description },
    },
  ];
}

export function decideAddExtraReserveDrawdown(command: AddExtraReserveDrawdown): ExtraReserveDrawdownAdded[] {
  const force = parseForce(command.force);
  const reserveId = parseId(command.reserveId, 'reserveId');
  const year = yearInPlan(command.year, 'year', force);
  const description = parseText(command.description, 'description', { optional: true }) || 'Extra drawdown to support the revenue budget';
  const reserve = force.reserves.find((r) => r.reserveId === reserveId);
  if (!reserve) throw new NotFoundError(`${force.forceName} has no reserve with id ${reserveId}`);
  const amount = parsePositiveMoney(command.amount, 'amount', `A drawdown from ${reserve.name}`);
  if (year.isBefore(parseYear(reserve.asAtYear, 'asAtYear'))) {
    throw new RuleViolationError(`${reserve.name} opens in ${reserve.asAtYear}: it can have no drawdown in ${year}`, 'year');
  }
  return [
    {
      type: 'ExtraReserveDrawdownAdded.v1',
      data: { force: force.force, reserveId, year: year.toString(), amount: amount.toExact(), description },
    },
  ];
}
