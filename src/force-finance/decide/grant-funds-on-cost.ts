import { InvalidInputError, RuleViolationError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import type { RecordSpecificGrant } from '../force-finance.commands';
import type { ForceFinanceState } from '../force-finance.state';
import { possessive } from '../plan-period-rules';

/** A grant funds one spend: a budget line, a budget item or a pay group's on-cost – not two of them. */
export function requireOneSpend({ fundsBudgetLine, fundsItem, fundsOnCost }: RecordSpecificGrant): void {
  const named = [fundsBudgetLine, fundsItem, fundsOnCost].filter((spend) => spend !== undefined).length;
  if (named > 1) {
    throw new InvalidInputError(
      fundsOnCost !== undefined ? 'fundsOnCost' : 'fundsItem',
      'give the spend a grant funds as one of fundsBudgetLine, fundsItem or fundsOnCost',
    );
  }
}

/**
 * A grant tied to a pay group's on-cost needs that group's pay in the year: a pay line naming the
 * group in the base budget the year rolls forward from (its on-costs are worked out on that pay).
 * Whether on-cost rates are recorded yet is the MTFP's to say (it warns while they are not).
 */
export function requireOnCostPay(state: ForceFinanceState, forceName: string, command: RecordSpecificGrant): void {
  const { fundsOnCost, year } = command;
  if (fundsOnCost === undefined) return;
  const baseYear = Object.keys(state.baseBudgets)
    .map((key) => FinancialYear.parse(key, 'year'))
    .filter((candidate) => !candidate.isAfter(year))
    .sort((a, b) => b.yearsSince(a))[0];
  const lines = baseYear ? state.baseBudgets[baseYear.toString()].lines : [];
  if (!lines.some((line) => line.kind === 'pay' && line.payGroup === fundsOnCost.group)) {
    const where = baseYear
      ? `${possessive(forceName)} ${baseYear} base budget (which ${year} rolls forward from)`
      : `${forceName} has no base budget for ${year} or earlier, so it`;
    throw new RuleViolationError(
      `${where} has no pay line of the ${fundsOnCost.group} pay group, so no ${fundsOnCost.onCost} on-cost of theirs for ${command.name} to fund: name the group on its pay lines first`,
      'fundsOnCost',
    );
  }
}
