/**
 * Commands on a force's finance stream. Fields are typed as the API sends them (decimal
 * strings, "2016/17" years), but decide() validates every one again with the value objects,
 * so the domain is safe even when called without the HTTP DTOs.
 *
 * `forceName` is the force's name as registered (e.g. "Hertfordshire"); the handler knows it
 * when it checks the force exists, and decide() uses it only to word its refusals.
 */
interface ForceCommand {
  forceName: string;
}

export interface SetPlanPeriod extends ForceCommand {
  type: 'SetPlanPeriod';
  firstYear: string;
  lastYear: string;
}

export interface BaseBudgetLineInput {
  code: string;
  name: string;
  kind: string;
  amount: string;
}
export interface SetBaseBudget extends ForceCommand {
  type: 'SetBaseBudget';
  year: string;
  lines: BaseBudgetLineInput[];
}

export interface SetPlanAssumptions extends ForceCommand {
  type: 'SetPlanAssumptions';
  year: string;
  payAward: string;
  nonPayInflation: string;
  incomeInflation: string;
  grantChange: string;
  taxBaseGrowth: string;
}

export interface AddBudgetItem extends ForceCommand {
  type: 'AddBudgetItem';
  /** Chosen by the caller (the handler's id generator): decide() never makes ids. */
  itemId: string;
  kind: string;
  fromYear: string;
  amount: string;
  recurrence: string;
  description: string;
}

export interface ReviseBudgetItem extends ForceCommand {
  type: 'ReviseBudgetItem';
  itemId: string;
  fromYear?: string;
  amount?: string;
  recurrence?: string;
  description?: string;
}

export interface WithdrawBudgetItem extends ForceCommand {
  type: 'WithdrawBudgetItem';
  itemId: string;
}

export interface RecordGrantSettlement extends ForceCommand {
  type: 'RecordGrantSettlement';
  year: string;
  coreGrant: string;
  formulaGrant: string;
  legacyCouncilTaxGrants: string;
  otherGeneralGrants: string;
}

export interface RecordTaxBase extends ForceCommand {
  type: 'RecordTaxBase';
  year: string;
  bandDEquivalents: string;
}

export interface RecordCollectionFund extends ForceCommand {
  type: 'RecordCollectionFund';
  year: string;
  amount: string;
}

export interface RecordPrecept extends ForceCommand {
  type: 'RecordPrecept';
  year: string;
  bandD: string;
  status: string;
}

export interface OpenReserve extends ForceCommand {
  type: 'OpenReserve';
  reserveId: string;
  name: string;
  kind: string;
  purpose: string;
  openingBalance: string;
  asAtYear: string;
}

export interface RecordReserveMovement extends ForceCommand {
  type: 'RecordReserveMovement';
  movementId?: string;
  reserveId: string;
  year: string;
  direction: string;
  basis: string;
  amount: string;
  /** Whether the movement funds (drawdown) or is funded by (contribution) the revenue budget; omitted means false. */
  supportsRevenueBudget?: boolean;
  description?: string;
}

export interface SetMinimumGeneralReserve extends ForceCommand {
  type: 'SetMinimumGeneralReserve';
  shareOfNre: string;
}

export type ForceFinanceCommand =
  | SetPlanPeriod
  | SetBaseBudget
  | SetPlanAssumptions
  | AddBudgetItem
  | ReviseBudgetItem
  | WithdrawBudgetItem
  | RecordGrantSettlement
  | RecordTaxBase
  | RecordCollectionFund
  | RecordPrecept
  | OpenReserve
  | RecordReserveMovement
  | SetMinimumGeneralReserve;
