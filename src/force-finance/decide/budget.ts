import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { Money } from '../../common/money';
import type { ForceNames } from '../force-finance.commands';
import { requireNonNegative, requirePositive } from '../money-rules';
import type { AddBudgetItem, ReviseBudgetItem, SetBaseBudget, SetPlanAssumptions, WithdrawBudgetItem } from '../force-finance.commands';
import type {
  BaseBudgetLine,
  BaseBudgetSet,
  BudgetItemAdded,
  BudgetItemRevised,
  BudgetItemWithdrawn,
  PlanAssumptionsSet,
} from '../force-finance.events';
import { findBudgetItem, type BudgetItemFact, type ForceFinanceState } from '../force-finance.state';
import { formatPounds } from '../format-pounds';
import { requireYearInPlan } from '../plan-period-rules';

/** The whole base budget of a year: re-recording replaces it. */
export function decideSetBaseBudget(command: SetBaseBudget, state: ForceFinanceState, { forceName }: ForceNames): BaseBudgetSet[] {
  const { year } = command;
  const lines: BaseBudgetLine[] = command.lines.map(({ code, name, kind, amount, payGroup, inflationCategory }, i) => {
    requireNonNegative(amount, `lines[${i}].amount`, `Budget line ${code} (${name})`);
    return {
      code,
      name,
      kind,
      amount: amount.toExact(),
      ...(payGroup !== undefined ? { payGroup } : {}),
      ...(inflationCategory !== undefined ? { inflationCategory } : {}),
    };
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

  requireYearInPlan(state, forceName, year, 'year');
  return [{ type: 'BaseBudgetSet.v1', data: { year: year.toString(), lines } }];
}

export function decideSetPlanAssumptions(
  command: SetPlanAssumptions,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): PlanAssumptionsSet[] {
  const { year } = command;
  const data = {
    year: year.toString(),
    payAward: command.payAward.toExact(),
    nonPayInflation: command.nonPayInflation.toExact(),
    incomeInflation: command.incomeInflation.toExact(),
    grantChange: command.grantChange.toExact(),
    taxBaseGrowth: command.taxBaseGrowth.toExact(),
  };
  requireYearInPlan(state, forceName, year, 'year');
  return [{ type: 'PlanAssumptionsSet.v1', data }];
}

export function decideAddBudgetItem(command: AddBudgetItem, state: ForceFinanceState, { forceName }: ForceNames): BudgetItemAdded[] {
  const { itemId, kind, fromYear, description, recurrence, inflation, inflationCategory } = command;
  const amount = requirePositive(command.amount, 'amount', `The amount of "${description}"`);

  const existing = findBudgetItem(state, itemId);
  if (existing) {
    throw new RuleViolationError(`${forceName} already has a budget item with id ${itemId} ("${existing.description}")`, 'itemId');
  }
  requireYearInPlan(state, forceName, fromYear, 'fromYear');
  return [
    {
      type: 'BudgetItemAdded.v1',
      data: {
        itemId,
        kind,
        fromYear: fromYear.toString(),
        amount: amount.toExact(),
        recurrence,
        description,
        ...(inflation !== undefined ? { inflation } : {}),
        ...(inflationCategory !== undefined ? { inflationCategory } : {}),
      },
    },
  ];
}

/** Records only the fields that change; a revision that changes nothing records nothing. */
export function decideReviseBudgetItem(command: ReviseBudgetItem, state: ForceFinanceState, names: ForceNames): BudgetItemRevised[] {
  const { itemId, description, amount, recurrence, fromYear, inflation, inflationCategory } = command;
  const item = activeItem(state, names.forceName, itemId);
  if ([fromYear, amount, recurrence, description, inflation, inflationCategory].every((v) => v === undefined)) {
    throw new InvalidInputError(
      'itemId',
      'a revision must change at least one of fromYear, amount, recurrence, description, inflation or inflationCategory',
    );
  }

  const data: BudgetItemRevised['data'] = { itemId };
  if (description !== undefined && description !== item.description) data.description = description;
  if (amount !== undefined) {
    requirePositive(amount, 'amount', `The amount of "${data.description ?? item.description}"`);
    if (!amount.value.equals(item.amount)) data.amount = amount.toExact();
  }
  if (recurrence !== undefined && recurrence !== item.recurrence) data.recurrence = recurrence;
  if (inflation !== undefined && inflation !== (item.inflation ?? 'none')) data.inflation = inflation;
  if (inflationCategory !== undefined) {
    requireNonPayItem(inflation ?? item.inflation ?? 'none', item.description);
    if (inflationCategory !== item.inflationCategory) data.inflationCategory = inflationCategory;
  }
  if (fromYear !== undefined) {
    requireYearInPlan(state, names.forceName, fromYear, 'fromYear');
    if (fromYear.toString() !== item.fromYear) data.fromYear = fromYear.toString();
  }
  return Object.keys(data).length > 1 ? [{ type: 'BudgetItemRevised.v1', data }] : [];
}

export function decideWithdrawBudgetItem(
  { itemId }: WithdrawBudgetItem,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): BudgetItemWithdrawn[] {
  activeItem(state, forceName, itemId);
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

/** Only an item inflated as non-pay moves by a non-pay category. */
function requireNonPayItem(inflation: string, description: string): void {
  if (inflation !== 'non_pay') {
    throw new RuleViolationError(
      `"${description}" moves by ${inflation === 'none' ? 'nothing (flat cash)' : 'the pay award'}, so it has no non-pay inflation category: revise its inflation to non_pay with it`,
      'inflationCategory',
    );
  }
}
