import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { Rate } from '../common/rate';
import type { MrpMethod } from './capital-programme.events';

export interface CapitalFundingInput {
  capitalGrant: Money;
  capitalReceipts: Money;
  revenueContribution: Money;
  reserves: Money;
  reserveId?: string;
  borrowing: Money;
}

/** Record (or revise) one year of a capital scheme. */
export interface RecordCapitalScheme {
  type: 'RecordCapitalScheme';
  schemeId: string;
  name: string;
  year: FinancialYear;
  cost: Money;
  funding: CapitalFundingInput;
  assetLifeYears?: number;
}

export interface WithdrawCapitalScheme {
  type: 'WithdrawCapitalScheme';
  schemeId: string;
  year: FinancialYear;
}

export interface SetCapitalFinancingAssumptions {
  type: 'SetCapitalFinancingAssumptions';
  year: FinancialYear;
  interestRate: Rate;
  mrpMethod: MrpMethod;
}

export type CapitalProgrammeCommand = RecordCapitalScheme | WithdrawCapitalScheme | SetCapitalFinancingAssumptions;
