import { FinancialYear } from '../../common/financial-year';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { ForceNames, RecordSpecificGrant, WithdrawSpecificGrant } from '../force-finance.commands';
import type { SpecificGrantRecorded, SpecificGrantWithdrawn } from '../force-finance.events';
import { findBudgetItem, type ForceFinanceState } from '../force-finance.state';
import { requireNonNegative } from '../money-rules';
import { possessive, requireYearInPlan } from '../plan-period-rules';
import { requireOneSpend, requireOnCostPay } from './grant-funds-on-cost';

/**
 * One year of a specific or ring-fenced grant. What it funds must be spend the plan has in that
 * year: a pay or non-pay line of the base budget the year rolls forward from, or a cost pressure
 * or growth item. Ring-fenced money may be spent only on its purpose, so a ring-fenced grant must
 * name that spend. Recording the same again records nothing; a different record supersedes.
 */
export function decideRecordSpecificGrant(
  command: RecordSpecificGrant,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): SpecificGrantRecorded[] {
  const { grantId, name, kind, year, fundsBudgetLine, fundsItem, fundsOnCost, conditions } = command;
  if (fundsBudgetLine !== undefined && fundsItem !== undefined) {
    throw new InvalidInputError('fundsItem', 'give the spend a grant funds as fundsBudgetLine or fundsItem, not both');
  }
  requireOneSpend(command);
  const amount = requireNonNegative(command.amount, 'amount', name);
  requireYearInPlan(state, forceName, year, 'year');
  if (kind === 'ring_fenced' && fundsBudgetLine === undefined && fundsItem === undefined && fundsOnCost === undefined) {
    throw new RuleViolationError(
      `${name} is ring-fenced: name the spend it funds (fundsBudgetLine, fundsItem or fundsOnCost), as ring-fenced money cannot fund the general budget`,
      'fundsBudgetLine',
    );
  }
  if (fundsBudgetLine !== undefined) requireSpendLine(state, forceName, year, fundsBudgetLine);
  if (fundsItem !== undefined) requireSpendItem(state, forceName, fundsItem);
  requireOnCostPay(state, forceName, command);

  const data: SpecificGrantRecorded['data'] = { grantId, name, kind, year: year.toString(), amount: amount.toExact() };
  if (fundsBudgetLine !== undefined) data.fundsBudgetLine = fundsBudgetLine;
  if (fundsItem !== undefined) data.fundsItem = fundsItem;
  if (conditions !== undefined && conditions !== '') data.conditions = conditions;
  if (fundsOnCost !== undefined) data.fundsOnCost = { group: fundsOnCost.group, onCost: fundsOnCost.onCost };

  const recorded = state.specificGrants?.[data.year]?.[grantId];
  if (recorded) {
    const { sources: _sources, ...same } = recorded;
    if (JSON.stringify(same) === JSON.stringify(data)) return [];
  }
  return [{ type: 'SpecificGrantRecorded.v1', data }];
}

export function decideWithdrawSpecificGrant(
  { grantId, year }: WithdrawSpecificGrant,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): SpecificGrantWithdrawn[] {
  if (!state.specificGrants?.[year.toString()]?.[grantId]) {
    throw new NotFoundError(`${forceName} has no specific grant ${grantId} recorded for ${year}`);
  }
  return [{ type: 'SpecificGrantWithdrawn.v1', data: { grantId, year: year.toString() } }];
}

function requireSpendLine(state: ForceFinanceState, forceName: string, year: FinancialYear, code: string): void {
  // The base budget the year rolls forward from: the latest recorded at or before it.
  const baseYear = Object.keys(state.baseBudgets)
    .map((key) => FinancialYear.parse(key, 'year'))
    .filter((candidate) => !candidate.isAfter(year))
    .sort((a, b) => b.yearsSince(a))[0];
  if (!baseYear) {
    throw new RuleViolationError(`${forceName} has no base budget for ${year} or earlier, so no line ${code} to fund`, 'fundsBudgetLine');
  }
  const line = state.baseBudgets[baseYear.toString()].lines.find((l) => l.code === code);
  if (!line) {
    throw new RuleViolationError(
      `${possessive(forceName)} ${baseYear} base budget (which ${year} rolls forward from) has no line ${code}`,
      'fundsBudgetLine',
    );
  }
  if (line.kind === 'income') {
    throw new RuleViolationError(`${code} (${line.name}) is an income line: a grant funds spend, a pay or non-pay line`, 'fundsBudgetLine');
  }
}

function requireSpendItem(state: ForceFinanceState, forceName: string, itemId: string): void {
  const item = findBudgetItem(state, itemId);
  if (!item || item.withdrawn) {
    throw new RuleViolationError(`${forceName} has no budget item ${itemId}${item ? ' standing (it was withdrawn)' : ''}`, 'fundsItem');
  }
  if (item.kind === 'saving') {
    throw new RuleViolationError(
      `${itemId} (${item.description}) is a saving: a grant funds spend, a cost pressure or growth`,
      'fundsItem',
    );
  }
}
