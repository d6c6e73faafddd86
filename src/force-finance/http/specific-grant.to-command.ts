import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import type { Sent } from '../../common/sent';
import { parseChoice, parseId, parseText } from '../command-input';
import type { RecordSpecificGrant, WithdrawSpecificGrant } from '../force-finance.commands';
import { SPECIFIC_GRANT_KINDS } from '../force-finance.events';
import { fundsOnCost } from './establishment.to-command';

/** Specific grants' part of the one DTO -> command mapping (to-command.ts hands them here): every value parsed, a malformed one a 400 naming its field. */
export function recordSpecificGrant(request: Sent<RecordSpecificGrant>): RecordSpecificGrant {
  const command: RecordSpecificGrant = {
    type: 'RecordSpecificGrant',
    grantId: parseId(request.grantId, 'grantId'),
    name: parseText(request.name, 'name', { maxLength: 200 }),
    kind: parseChoice(request.kind, 'kind', SPECIFIC_GRANT_KINDS),
    year: FinancialYear.parse(request.year, 'year'),
    amount: Money.parse(request.amount, 'amount'),
  };
  if (request.fundsBudgetLine !== undefined) command.fundsBudgetLine = parseId(request.fundsBudgetLine, 'fundsBudgetLine');
  if (request.fundsItem !== undefined) command.fundsItem = parseId(request.fundsItem, 'fundsItem');
  if (request.fundsOnCost !== undefined) command.fundsOnCost = fundsOnCost(request.fundsOnCost);
  if (request.conditions !== undefined) command.conditions = parseText(request.conditions, 'conditions', { optional: true });
  return command;
}

export function withdrawSpecificGrant(request: Sent<WithdrawSpecificGrant>): WithdrawSpecificGrant {
  return { type: 'WithdrawSpecificGrant', grantId: parseId(request.grantId, 'grantId'), year: FinancialYear.parse(request.year, 'year') };
}
