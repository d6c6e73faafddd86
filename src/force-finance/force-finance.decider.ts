import { InvalidInputError } from '../common/errors';
import type { Decider } from '../event-sourcing/decider';
import { unreachable } from '../event-sourcing/decider';
import { parseText } from './command-input';
import {
  decideAddBudgetItem,
  decideReviseBudgetItem,
  decideSetBaseBudget,
  decideSetPlanAssumptions,
  decideWithdrawBudgetItem,
} from './decide/budget';
import { decideRecordCollectionFund, decideRecordGrantSettlement, decideRecordPrecept, decideRecordTaxBase } from './decide/funding';
import { decideSetPlanPeriod } from './decide/plan-period';
import { decideOpenReserve, decideRecordReserveMovement, decideSetMinimumGeneralReserve } from './decide/reserves';
import { evolveForceFinance } from './force-finance.state';
import type { ForceFinanceCommand } from './force-finance.commands';
import type { ForceFinanceEvent } from './force-finance.events';
import { initialForceFinanceState, type ForceFinanceState } from './force-finance.state';

/** Decides which events a command on a force's finance stream records, or refuses it. */
export function decideForceFinance(command: ForceFinanceCommand, state: ForceFinanceState): ForceFinanceEvent[] {
  if (typeof command !== 'object' || command === null) throw new InvalidInputError('command', 'must be a command object');
  parseText(command.forceName, 'forceName', { maxLength: 200 });
  switch (command.type) {
    case 'SetPlanPeriod':
      return decideSetPlanPeriod(command, state);
    case 'SetBaseBudget':
      return decideSetBaseBudget(command, state);
    case 'SetPlanAssumptions':
      return decideSetPlanAssumptions(command, state);
    case 'AddBudgetItem':
      return decideAddBudgetItem(command, state);
    case 'ReviseBudgetItem':
      return decideReviseBudgetItem(command, state);
    case 'WithdrawBudgetItem':
      return decideWithdrawBudgetItem(command, state);
    case 'RecordGrantSettlement':
      return decideRecordGrantSettlement(command, state);
    case 'RecordTaxBase':
      return decideRecordTaxBase(command, state);
    case 'RecordCollectionFund':
      return decideRecordCollectionFund(command, state);
    case 'RecordPrecept':
      return decideRecordPrecept(command, state);
    case 'OpenReserve':
      return decideOpenReserve(command, state);
    case 'RecordReserveMovement':
      return decideRecordReserveMovement(command, state);
    case 'SetMinimumGeneralReserve':
      return decideSetMinimumGeneralReserve(command, state);
    default:
      return unreachable(command, 'force finance command');
  }
}

/** All finance decisions of one force: its stream is `force-finance-{forceCode}`. */
export const forceFinanceDecider: Decider<ForceFinanceCommand, ForceFinanceState, ForceFinanceEvent> = {
  initialState: initialForceFinanceState,
  evolve: evolveForceFinance,
  decide: decideForceFinance,
};
