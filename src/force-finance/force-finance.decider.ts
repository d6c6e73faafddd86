import type { Decider } from '../event-sourcing/decider';
import { unreachable } from '../event-sourcing/decider';
import {
  decideAddBudgetItem,
  decideReviseBudgetItem,
  decideSetBaseBudget,
  decideSetPlanAssumptions,
  decideWithdrawBudgetItem,
} from './decide/budget';
import { decideRecordForecastOutturn, decideRecordOutturn } from './decide/budget-monitoring';
import { decideRecordCollectionFund, decideRecordGrantSettlement, decideRecordPrecept, decideRecordTaxBase } from './decide/funding';
import { decideSetPayAward, decideSetPayOnCostRates } from './decide/pay-award';
import { decideSetEstablishment } from './decide/establishment';
import { decideRecordCapitalScheme, decideSetCapitalFinancingAssumptions, decideWithdrawCapitalScheme } from './decide/capital-programme';
import { decideSetInflationCategoryRates } from './decide/inflation-categories';
import { decideSetPlanPeriod } from './decide/plan-period';
import { decideSetPreceptAssumption } from './decide/precept-assumption';
import { decideRecordSpecificGrant, decideWithdrawSpecificGrant } from './decide/specific-grants';
import {
  decideCategoriseReservePurpose,
  decideOpenReserve,
  decideRecordReserveMovement,
  decideSetMinimumGeneralReserve,
} from './decide/reserves';
import type { ForceFinanceCommand, ForceNames } from './force-finance.commands';
import type { ForceFinanceEvent } from './force-finance.events';
import { evolveForceFinance } from './evolve/evolve-force-finance';
import { initialForceFinanceState, type ForceFinanceState } from './force-finance.state';

/** Decides which events a command on a force's finance stream records, or refuses it. */
export function decideForceFinance(command: ForceFinanceCommand, state: ForceFinanceState, names: ForceNames): ForceFinanceEvent[] {
  switch (command.type) {
    case 'SetPlanPeriod':
      return decideSetPlanPeriod(command, state, names);
    case 'SetBaseBudget':
      return decideSetBaseBudget(command, state, names);
    case 'SetPlanAssumptions':
      return decideSetPlanAssumptions(command, state, names);
    case 'AddBudgetItem':
      return decideAddBudgetItem(command, state, names);
    case 'ReviseBudgetItem':
      return decideReviseBudgetItem(command, state, names);
    case 'WithdrawBudgetItem':
      return decideWithdrawBudgetItem(command, state, names);
    case 'RecordGrantSettlement':
      return decideRecordGrantSettlement(command, state, names);
    case 'RecordTaxBase':
      return decideRecordTaxBase(command, state, names);
    case 'RecordCollectionFund':
      return decideRecordCollectionFund(command, state, names);
    case 'RecordPrecept':
      return decideRecordPrecept(command, state, names);
    case 'OpenReserve':
      return decideOpenReserve(command, state, names);
    case 'RecordReserveMovement':
      return decideRecordReserveMovement(command, state, names);
    case 'SetMinimumGeneralReserve':
      return decideSetMinimumGeneralReserve(command);
    case 'SetPreceptAssumption':
      return decideSetPreceptAssumption(command, state, names);
    case 'SetPayAward':
      return decideSetPayAward(command, state, names);
    case 'SetPayOnCostRates':
      return decideSetPayOnCostRates(command, state, names);
    case 'CategoriseReservePurpose':
      return decideCategoriseReservePurpose(command, state, names);
    case 'RecordForecastOutturn':
      return decideRecordForecastOutturn(command, state, names);
    case 'RecordOutturn':
      return decideRecordOutturn(command, state, names);
    case 'RecordSpecificGrant':
      return decideRecordSpecificGrant(command, state, names);
    case 'WithdrawSpecificGrant':
      return decideWithdrawSpecificGrant(command, state, names);
    case 'SetEstablishment':
      return decideSetEstablishment(command, state, names);
    case 'RecordCapitalScheme':
      return decideRecordCapitalScheme(command, state, names);
    case 'WithdrawCapitalScheme':
      return decideWithdrawCapitalScheme(command, state, names);
    case 'SetCapitalFinancingAssumptions':
      return decideSetCapitalFinancingAssumptions(command, state, names);
    case 'SetInflationCategoryRates':
      return decideSetInflationCategoryRates(command, state, names);
    default:
      return unreachable(command, 'force finance command');
  }
}

/**
 * All finance decisions of one force: its stream is `force-finance-{forceCode}`. The read side
 * folds with `initialState` and `evolve`; `for(names)` is the decider a command runs with.
 */
export const forceFinanceDecider = {
  initialState: initialForceFinanceState,
  evolve: evolveForceFinance,
  for(names: ForceNames): Decider<ForceFinanceCommand, ForceFinanceState, ForceFinanceEvent> {
    return {
      initialState: initialForceFinanceState,
      evolve: evolveForceFinance,
      decide: (command, state) => decideForceFinance(command, state, names),
    };
  },
};
