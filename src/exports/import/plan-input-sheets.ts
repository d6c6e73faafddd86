import type { ClassConstructor } from 'class-transformer';
import type { IdGenerator } from '../../event-sourcing/ids';
import type { WriteContext } from '../../event-sourcing/write-context';
import { AddBudgetItemDto } from '../../force-finance/http/add-budget-item.dto';
import { newRecordId } from '../../force-finance/http/new-record-id';
import { OpenReserveDto } from '../../force-finance/http/open-reserve.dto';
import { SetPlanAssumptionsDto } from '../../force-finance/http/set-plan-assumptions.dto';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import { forceFinanceStreamId } from '../../force-finance/force-finance.stream';
import type { RowsSpec } from './sheet-rows';

/** One plan-input endpoint's spreadsheet import: its columns, the JSON body each row is, and the commands of the rows. */
export interface PlanInputSheet extends RowsSpec {
  /** The JSON write's DTO: each row is checked with its rules. */
  dto: ClassConstructor<object>;
  /** The row's cells as that DTO's body (an empty optional cell left out). */
  toBody(cells: Record<string, string>): Record<string, string>;
  /** The commands of the checked rows, one a row, in order. */
  toCommands(bodies: Record<string, string>[], force: string, ctx: WriteContext, newId: IdGenerator): ForceFinanceRequest[];
  /** What the answer adds to say what was made, e.g. `{itemIds: [...]}`. */
  made?(commands: ForceFinanceRequest[]): Record<string, unknown>;
}

const given = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== ''));

export const BUDGET_ITEMS_SHEET: PlanInputSheet = {
  whole: 'the budget items',
  rowsNoun: 'budget items',
  columns: ['kind', 'fromYear', 'amount', 'recurrence', 'description'],
  required: ['kind', 'fromYear', 'amount', 'recurrence', 'description'],
  maxRows: 1000,
  dto: AddBudgetItemDto,
  toBody: given,
  toCommands: (bodies, force, ctx, newId) =>
    bodies.map((b, i) => ({
      type: 'AddBudgetItem',
      itemId: newRecordId('budget-item', forceFinanceStreamId(force), ctx, newId, i),
      kind: b.kind,
      fromYear: b.fromYear,
      amount: b.amount,
      recurrence: b.recurrence,
      description: b.description,
    })),
  made: (commands) => ({ itemIds: commands.map((c) => (c as { itemId: string }).itemId) }),
};

export const ASSUMPTIONS_SHEET: PlanInputSheet = {
  whole: 'the plan assumptions',
  rowsNoun: 'years of assumptions',
  columns: ['year', 'payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'],
  required: ['year', 'payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'],
  uniqueKey: 'year',
  maxRows: 100,
  dto: SetPlanAssumptionsDto,
  toBody: given,
  toCommands: (bodies) =>
    bodies.map((b) => ({
      type: 'SetPlanAssumptions',
      year: b.year,
      payAward: b.payAward,
      nonPayInflation: b.nonPayInflation,
      incomeInflation: b.incomeInflation,
      grantChange: b.grantChange,
      taxBaseGrowth: b.taxBaseGrowth,
    })),
};

export const RESERVES_SHEET: PlanInputSheet = {
  whole: 'the reserves',
  rowsNoun: 'reserves',
  columns: ['reserveId', 'name', 'kind', 'purpose', 'openingBalance', 'asAtYear'],
  required: ['reserveId', 'name', 'kind', 'openingBalance', 'asAtYear'],
  uniqueKey: 'reserveId',
  maxRows: 200,
  dto: OpenReserveDto,
  toBody: given,
  toCommands: (bodies) =>
    bodies.map((b) => ({
      type: 'OpenReserve',
      reserveId: b.reserveId,
      name: b.name,
      kind: b.kind,
      purpose: b.purpose ?? '',
      openingBalance: b.openingBalance,
      asAtYear: b.asAtYear,
    })),
  made: (commands) => ({ reserveIds: commands.map((c) => (c as { reserveId: string }).reserveId) }),
};
