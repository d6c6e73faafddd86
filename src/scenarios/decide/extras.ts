import { NotFoundError, RuleViolationError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { requirePositive } from '../../force-finance/money-rules';
import type { AddExtraBudgetItem, AddExtraReserveDrawdown } from '../scenario.commands';
import type { ExtraBudgetItemAdded, ExtraReserveDrawdownAdded } from '../scenario.events';
import type { ScenarioFacts } from '../scenario.state';
import { yearInPlan } from './scenario-input';

export function decideAddExtraBudgetItem(command: AddExtraBudgetItem, state: ScenarioFacts): ExtraBudgetItemAdded[] {
  const { force, itemId, kind, recurrence } = command;
  const fromYear = yearInPlan(command.fromYear, 'fromYear', force);
  const description = command.description || (kind === 'growth' ? 'Extra growth' : 'Extra cost pressure');
  const amount = requirePositive(command.amount, 'amount', `The amount of "${description}"`);
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
  const { force, reserveId } = command;
  const year = yearInPlan(command.year, 'year', force);
  const description = command.description || 'Extra drawdown to support the revenue budget';
  const reserve = force.reserves.find((r) => r.reserveId === reserveId);
  if (!reserve) throw new NotFoundError(`${force.forceName} has no reserve with id ${reserveId}`);
  const amount = requirePositive(command.amount, 'amount', `A drawdown from ${reserve.name}`);
  if (year.isBefore(FinancialYear.parse(reserve.asAtYear, 'asAtYear'))) {
    throw new RuleViolationError(`${reserve.name} opens in ${reserve.asAtYear}: it can have no drawdown in ${year}`, 'year');
  }
  return [
    {
      type: 'ExtraReserveDrawdownAdded.v1',
      data: { force: force.force, reserveId, year: year.toString(), amount: amount.toExact(), description },
    },
  ];
}
