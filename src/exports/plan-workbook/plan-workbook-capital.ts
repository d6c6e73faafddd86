import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetRow } from '../import/sheet-rows';

/** The Capital programme sheet: one row a scheme and year (keyed by both), its funding in columns of their own. */
export const CAPITAL_PROGRAMME_SHEET = {
  name: 'Capital programme',
  columns: [
    'year',
    'schemeId',
    'name',
    'cost',
    'capitalGrant',
    'capitalReceipts',
    'revenueContribution',
    'reserves',
    'reserveId',
    'borrowing',
    'assetLifeYears',
  ],
} as const;
export const CAPITAL_PROGRAMME_OPTIONAL = ['reserveId', 'assetLifeYears'] as const;

/** The capital financing assumptions: one row a year they are set from. */
export const CAPITAL_FINANCING_SHEET = { name: 'Capital financing', columns: ['year', 'interestRate', 'mrpMethod'] } as const;

const FUNDING = ['capitalGrant', 'capitalReceipts', 'revenueContribution', 'reserves', 'borrowing'] as const;

export function capitalSchemeRows(state: ForceFinanceState): string[][] {
  const byYear = state.capitalSchemes ?? {};
  return Object.keys(byYear)
    .sort()
    .flatMap((year) =>
      Object.values(byYear[year]).map((s) => [
        year,
        s.schemeId,
        s.name,
        s.cost,
        ...FUNDING.slice(0, 4).map((k) => s.funding[k]),
        s.funding.reserveId ?? '',
        s.funding.borrowing,
        s.assetLifeYears === undefined ? '' : String(s.assetLifeYears),
      ]),
    );
}

export function capitalFinancingRows(state: ForceFinanceState): string[][] {
  const byYear = state.capitalFinancingAssumptions ?? {};
  return Object.keys(byYear)
    .sort()
    .map((year) => [year, byYear[year].interestRate, byYear[year].mrpMethod]);
}

/** A whole number of years goes on as a number; anything else as written, for the JSON write's rule to refuse, naming assetLifeYears. */
const assetLifeOf = (cell: string): unknown => (/^-?\d{1,3}$/.test(cell) ? Number(cell) : cell);

/**
 * A row that differs from the scheme's record for its year records it again (the later record
 * supersedes). When the sheet came back, a recorded scheme-year with no row withdraws it; a
 * workbook without the sheet withdraws nothing.
 */
export function capitalSchemeChanges(
  state: ForceFinanceState,
  rows: readonly SheetRow[] | undefined,
  differs: (match: (r: string[]) => boolean, cells: Record<string, string>) => boolean,
  change: (row: number, request: ForceFinanceRequest) => void,
): void {
  if (rows === undefined) return;
  for (const { row, cells } of rows) {
    if (!differs((r) => r[0] === cells.year && r[1] === cells.schemeId, cells)) continue;
    const reserveId = cells.reserveId ?? '';
    const life = cells.assetLifeYears ?? '';
    change(row, {
      type: 'RecordCapitalScheme',
      schemeId: cells.schemeId,
      name: cells.name,
      year: cells.year,
      cost: cells.cost,
      funding: {
        ...Object.fromEntries(FUNDING.map((k) => [k, cells[k]])),
        ...(reserveId !== '' ? { reserveId } : {}),
      },
      ...(life !== '' ? { assetLifeYears: assetLifeOf(life) } : {}),
    } as ForceFinanceRequest);
  }
  const byYear = state.capitalSchemes ?? {};
  for (const year of Object.keys(byYear).sort())
    for (const schemeId of Object.keys(byYear[year]))
      if (!rows.some(({ cells }) => cells.year === year && cells.schemeId === schemeId))
        // No row to name: a refused withdrawal is reported against the sheet's header row.
        change(1, { type: 'WithdrawCapitalScheme', schemeId, year } as ForceFinanceRequest);
}

/** A year's capital financing assumptions set again when its row differs; a row taken out unsets nothing (there is no such command). */
export function capitalFinancingChanges(
  rows: readonly SheetRow[],
  differs: (match: (r: string[]) => boolean, cells: Record<string, string>) => boolean,
  change: (row: number, request: ForceFinanceRequest) => void,
): void {
  for (const { row, cells } of rows)
    if (differs((r) => r[0] === cells.year, cells))
      change(row, {
        type: 'SetCapitalFinancingAssumptions',
        year: cells.year,
        interestRate: cells.interestRate,
        mrpMethod: cells.mrpMethod,
      } as ForceFinanceRequest);
}
