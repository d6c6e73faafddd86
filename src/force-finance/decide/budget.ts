import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { Money } from '../../common/money';
import { parseChoice, parseId, parseNonNegativeMoney, parsePositiveMoney, parseRate, parseText, parseYear } from '../command-input';
import type { AddBudgetItem, ReviseBudgetItem, SetBaseBudget, SetPlanAssumptions, WithdrawBudgetItem } from '../force-finance.commands';
import {
  BUDGET_ITEM_KINDS,
  BUDGET_LINE_KINDS,
  RECURRENCES,
  type BaseBudgetLine,
  type BaseBudgetSet,
  type BudgetItemAdded,
  type BudgetItemRevised,
  type BudgetItemWithdrawn,
  type PlanAssumptionsSet,
} from '../force-finance.events';
import { findBudgetItem, type BudgetItemFact, type ForceFinanceState } from '../force-finance.state';
import { formatPounds } from '../format-pounds';
import { requireYearInPlan } from '../plan-period-rules';

const MAX_BUDGET_LINES = 1000;

/** The whole base budget of a year: re-recording replaces it. */
export function decideSetBaseBudget(command: SetBaseBudget, state: ForceFinanceState): BaseBudgetSet[] {
  const year = parseYear(command.year, 'year');
  if (!Array.isArray(command.lines) || command.lines.length === 0) {
    throw new InvalidInputError('lines', 'must list at least one budget line');
  }
  if (command.lines.length > MAX_BUDGET_LINES) throw new InvalidInputError('lines', `must list at most ${MAX_BUDGET_LINES} budget lines`);

  const lines: BaseBudgetLine[] = command.lines.map((line, i) => {
    const field = `lines[${i}]`;
    if (typeof line !== 'object' || line === null)
      throw new InvalidInputError(field, 'must be a budget line with code, name, kind and amount');
    const code = parseId(line.code, `${field}.code`);
    const name = parseText(line.name, `${field}.name`);
    const kind = parseChoice(line.kind, `${field}.kind`, BUDGET_LINE_KINDS);
    const amount = parseNonNegativeMoney(line.amount, `${field}.amount`, `Budget line ${code} (${name})`);
    return { code, name, kind, amount: amount.toExact() };
  });

  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const key = line.code.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new RuleViolationError(
        `Budget line code ${line.code} appears more than once in the ${year} base budget (lines ${first + 1} and ${i + 1}): codes must be unique within a budget`,
        `lines[${i}].code`,
      );
    }
    seen.set(key, i);
  });

  requireYearInPlan(state, command.forceName, year, 'year');
  return [{ type: 'BaseBudgetSet.v1', data: { year: year.toString(), lines } }];
}

export function decideSetPlanAssumptions(command: SetPlanAssumptions, state: ForceFinanceState): PlanAssumptionsSet[] {
  const year = parseYear(command.year, 'year');
  const data = {
    year: year.toString(),
    payAward: parseRate(command.payAward, 'payAward').toExact(),
    nonPayInflation: parseRate(command.nonPayInflation, 'nonPayInflation').toExact(),
    incomeInflation: parseRate(command.incomeInflation, 'incomeInflation').toExact(),
    grantChange: parseRate(command.grantChange, 'grantChange').toExact(),
    taxBaseGrowth: parseRate(command.taxBaseGrowth, 'taxBaseGrowth').toExact(),
  };
  requireYearInPlan(state, command.forceName, year, 'year');
  return [{ type: 'PlanAssumptionsSet.v1', data }];
}

export function decideAddBudgetItem(command: AddBudgetItem, state: ForceFinanceState): BudgetItemAdded[] {
  const itemId = parseId(command.itemId, 'itemId');
  const kind = parseChoice(command.kind, 'kind', BUDGET_ITEM_KINDS);
  const fromYear = parseYear(command.fromYear, 'fromYear');
  const description = parseText(command.description, 'description');
  const amount = parsePositiveMoney(command.amount, 'amount', `The amount of "${description}"`);
  const recurrence = parseChoice(command.recurrence, 'recurrence', RECURRENCES);

  const existing = findBudgetItem(state, itemId);
  if (existing) {
    throw new RuleViolationError(`${command.forceName} already has a budget item with id ${itemId} ("${existing.description}")`, 'itemId');
  }
  requireYearInPlan(state, command.forceName, fromYear, 'fromYear');
  return [
    {
      type: 'BudgetItemAdded.v1',
      data: { itemId, kind, fromYear: fromYear.toString(), amount: amount.toExact(), recurrence, description },
    },
  ];
}

/** Records only the fields that change; a revision that changes nothing records nothing. */
export function decideReviseBudgetItem(command: ReviseBudgetItem, state: ForceFinanceState): BudgetItemRevised[] {
  const itemId = parseId(command.itemId, 'itemId');
  const item = activeItem(state, command.forceName, itemId);
  if ([command.fromYear, command.amount, command.recurrence, command.description].every((v) => v === undefined)) {
    throw new InvalidInputError('itemId', 'a revision must change at least one of fromYear, amount, recurrence or description');
  }

  const data: BudgetItemRevised['data'] = { itemId };
  if (command.description !== undefined) {
    const description = parseText(command.description, 'description');
    if (description !== item.description) data.description = description;
  }
  if (command.amount !== undefined) {
    const amount = parsePositiveMoney(command.amount, 'amount', `The amount of "${data.description ?? item.description}"`);
    if (!amount.value.equals(item.amount)) data.amount = amount.toExact();
  }
  if (command.recurrence !== undefined) {
    const recurrence = parseChoice(command.recurrence, 'recurrence', RECURRENCES);
    if (recurrence !== item.recurrence) data.recurrence = recurrence;
  }
  if (command.fromYear !== undefined) {
    const fromYear = parseYear(command.fromYear, 'fromYear');
    requireYearInPlan(state, command.forceName, fromYear, 'fromYear');
    if (fromYear.toString() !== item.fromYear) data.fromYear = fromYear.toString();
  }
  return Object.keys(data).length > 1 ? [{ type: 'BudgetItemRevised.v1', data }] : [];
}

export function decideWithdrawBudgetItem(command: WithdrawBudgetItem, state: ForceFinanceState): BudgetItemWithdrawn[] {
  const itemId = parseId(command.itemId, 'itemId');
  activeItem(state, command.forceName, itemId);
  return [{ type: 'BudgetItemWithdrawn.v1', data: { itemId } }];
}

function activeItem(state: ForceFinanceState, forceName: string, itemId: string): BudgetItemFact {
  const item = findBudgetItem(state, itemId);
  if (!item) throw new NotFoundError(`${forceName} has no budget item with id ${itemId}`);
  if (item.withdrawn) {
    throw new RuleViolationError(
      `Budget item ${itemId} ("${item.description}", ${formatPounds(Money.of(item.amount))}) was withdrawn and can no longer change`,
      'itemId',
    );
  }
  return item;
}
