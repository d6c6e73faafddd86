import { sameValue } from './same-value';
import { keyedGet } from '../../force-finance/keyed-list';
import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetProblem } from '../import/read-spreadsheet';
import type { SheetRow } from '../import/sheet-rows';
import { movementChanges } from './plan-workbook-movements';
import { PLAN_SHEETS, planWorkbookRows, type PlanSheetKey } from './plan-workbook-sheets';
import { specificGrantChanges } from './plan-workbook-specific-grants';
import { capitalFinancingChanges, capitalSchemeChanges } from './plan-workbook-capital';
import { inflationRateChanges } from './plan-workbook-inflation-rates';
import { establishmentChanges } from './plan-workbook-establishment';

/** A command the edited workbook asks for, and the row (first row, for a year's budget) it comes from. */
export interface PlanChange {
  request: ForceFinanceRequest;
  sheet: string;
  row: number;
}

/** The rows of each sheet; a sheet the workbook left out has none, and is named in `absent`. */
type Rows = Record<PlanSheetKey, SheetRow[]>;

/**
 * What an edited plan workbook changes, as the commands the JSON writes would send: only rows
 * that differ from what is recorded (a year's budget as a whole, an item's changed fields, a
 * year's assumptions, grant settlement, tax base, collection fund, a precept, a new reserve, a new
 * reserve movement, a capital scheme's year, capital financing, a year's inflation rates, a pay group's establishment). Rows
 * taken out of the workbook withdraw nothing, but for capital schemes (withdrawn when their sheet
 * came back without them); a recorded reserve or movement cannot be changed here.
 */
export function planWorkbookChanges(
  state: ForceFinanceState,
  rows: Rows,
  newId: (record: 'budget-item' | 'reserve-movement', index: number) => string,
  absent: readonly PlanSheetKey[] = [],
): { changes: PlanChange[]; problems: SheetProblem[] } {
  const changes: PlanChange[] = [];
  const problems: SheetProblem[] = [];
  const recorded = planWorkbookRows(state);
  const change = (key: PlanSheetKey, row: number, request: ForceFinanceRequest) =>
    changes.push({ request, sheet: PLAN_SHEETS[key].name, row });
  const differs = (key: PlanSheetKey, match: (r: string[]) => boolean, cells: Record<string, string>) => {
    const was = recorded[key].find(match);
    return !was || PLAN_SHEETS[key].columns.some((c, i) => !sameValue(was[i], cells[c] ?? ''));
  };

  budgetLineChanges(state, rows.budgetLines, change);
  itemChanges(state, rows.items, (i) => newId('budget-item', i), change, problems);

  for (const { row, cells } of rows.assumptions)
    if (differs('assumptions', (r) => r[0] === cells.year, cells))
      change('assumptions', row, { type: 'SetPlanAssumptions', ...cells } as ForceFinanceRequest);

  for (const { row, cells } of rows.funding) fundingChanges(state, row, cells, change, problems);

  for (const { row, cells } of rows.precepts)
    if (differs('precepts', (r) => r[0] === cells.year && r[1] === cells.status, cells))
      change('precepts', row, { type: 'RecordPrecept', year: cells.year, bandD: cells.bandD, status: cells.status } as ForceFinanceRequest);

  for (const { row, cells } of rows.reserves) {
    const known = state.reserves.some((r) => r.reserveId === cells.reserveId);
    if (!differs('reserves', (r) => r[0] === cells.reserveId, cells)) continue;
    if (known)
      problems.push({
        sheet: PLAN_SHEETS.reserves.name,
        row,
        column: '',
        message: 'a reserve once opened is not changed here; record a movement instead',
      });
    else change('reserves', row, { type: 'OpenReserve', purpose: '', ...cells } as ForceFinanceRequest);
  }
  // After the reserves, so a movement may go to a reserve the same workbook opens.
  movementChanges(
    state,
    rows.movements,
    (i) => newId('reserve-movement', i),
    (row, request) => change('movements', row, request),
    problems,
  );
  specificGrantChanges(
    rows.specificGrants,
    (match, cells) => differs('specificGrants', match, cells),
    (row, request) => change('specificGrants', row, request),
  );
  capitalFinancingChanges(
    rows.capitalFinancing,
    (match, cells) => differs('capitalFinancing', match, cells),
    (row, request) => change('capitalFinancing', row, request),
  );
  capitalSchemeChanges(
    state,
    absent.includes('capitalSchemes') ? undefined : rows.capitalSchemes,
    (match, cells) => differs('capitalSchemes', match, cells),
    (row, request) => change('capitalSchemes', row, request),
  );
  inflationRateChanges(state, rows.inflationRates, (row, request) => change('inflationRates', row, request), problems);
  establishmentChanges(
    rows.establishment,
    (match, cells) => differs('establishment', match, cells),
    (row, request) => change('establishment', row, request),
  );
  return { changes, problems };
}

type Change = (key: PlanSheetKey, row: number, request: ForceFinanceRequest) => void;

/** A year's budget is set as a whole: once when any of its lines differs (order aside). */
function budgetLineChanges(state: ForceFinanceState, rows: SheetRow[], change: Change): void {
  for (const [year, lines] of groupBy(rows, (r) => r.cells.year)) {
    const before = state.baseBudgets[year]?.lines ?? [];
    // A workbook from before the inflationCategory column keeps each line's recorded category (an empty cell is none).
    const categoryOf = (cells: Record<string, string>) =>
      cells.inflationCategory ?? before.find((b) => b.code === cells.code)?.inflationCategory ?? '';
    const same =
      before.length === lines.length &&
      lines.every(({ cells }) => {
        const l = before.find((b) => b.code === cells.code);
        // A pay line keeps its pay group (its awards, FTE and on-costs): an empty cell is no group.
        const sameGroup = (l?.payGroup ?? '') === (cells.payGroup ?? '');
        const sameCategory = (l?.inflationCategory ?? '') === categoryOf(cells);
        return l && sameGroup && sameCategory && l.name === cells.name && l.kind === cells.kind && sameValue(l.amount, cells.amount);
      });
    if (!same)
      change('budgetLines', lines[0].row, {
        type: 'SetBaseBudget',
        year,
        lines: lines.map(({ cells }) => ({
          code: cells.code,
          name: cells.name,
          kind: cells.kind,
          amount: cells.amount,
          ...((cells.payGroup ?? '') !== '' ? { payGroup: cells.payGroup } : {}),
          ...(categoryOf(cells) !== '' ? { inflationCategory: categoryOf(cells) } : {}),
        })),
      } as ForceFinanceRequest);
  }
}

/** A row without an itemId adds an item; a known item's changed fields revise it. */
function itemChanges(
  state: ForceFinanceState,
  rows: SheetRow[],
  newItemId: (index: number) => string,
  change: Change,
  problems: SheetProblem[],
): void {
  rows.forEach(({ row, cells }, index) => {
    const { itemId, kind, fromYear, amount, recurrence, description } = cells;
    if (!itemId) {
      change('items', row, {
        type: 'AddBudgetItem',
        itemId: newItemId(index),
        kind,
        fromYear,
        amount,
        recurrence,
        description,
      } as ForceFinanceRequest);
      return;
    }
    const was = keyedGet(state.budgetItems, itemId);
    if (!was || was.withdrawn) {
      problems.push({
        sheet: PLAN_SHEETS.items.name,
        row,
        column: 'itemId',
        message: `is not an item of this force's plan; leave it empty for a new item`,
      });
      return;
    }
    if (was.kind !== kind)
      problems.push({
        sheet: PLAN_SHEETS.items.name,
        row,
        column: 'kind',
        message: `an item's kind is not changed; withdraw it and add a new one`,
      });
    const revised = {
      ...(sameValue(was.fromYear, fromYear) ? {} : { fromYear }),
      ...(sameValue(was.amount, amount) ? {} : { amount }),
      ...(was.recurrence === recurrence ? {} : { recurrence }),
      ...(was.description === description ? {} : { description }),
    };
    if (Object.keys(revised).length > 0) change('items', row, { type: 'ReviseBudgetItem', itemId, ...revised } as ForceFinanceRequest);
  });
}

function fundingChanges(
  state: ForceFinanceState,
  row: number,
  cells: Record<string, string>,
  change: Change,
  problems: SheetProblem[],
): void {
  const { year } = cells;
  const grants = ['coreGrant', 'formulaGrant', 'legacyCouncilTaxGrants', 'otherGeneralGrants'] as const;
  const g = state.grantSettlements[year];
  const given = grants.filter((k) => (cells[k] ?? '') !== '');
  if (given.length > 0 && given.length < grants.length)
    problems.push({
      sheet: PLAN_SHEETS.funding.name,
      row,
      column: grants.find((k) => !cells[k]) ?? '',
      message: 'a grant settlement needs all four grants',
    });
  else if (given.length === grants.length && (!g || grants.some((k) => !sameValue(g[k], cells[k]))))
    change('funding', row, {
      type: 'RecordGrantSettlement',
      year,
      ...Object.fromEntries(grants.map((k) => [k, cells[k]])),
    } as ForceFinanceRequest);
  const taxBase = cells.bandDEquivalents ?? '';
  if (taxBase !== '' && !sameValue(state.taxBases[year]?.bandDEquivalents ?? '', taxBase))
    change('funding', row, { type: 'RecordTaxBase', year, bandDEquivalents: taxBase } as ForceFinanceRequest);
  const fund = cells.collectionFund ?? '';
  if (fund !== '' && !sameValue(state.collectionFunds[year]?.amount ?? '', fund))
    change('funding', row, { type: 'RecordCollectionFund', year, amount: fund } as ForceFinanceRequest);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
