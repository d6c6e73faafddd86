import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetRow } from '../import/sheet-rows';

/** The Establishment sheet: one row a year and pay group, its FTE. */
export const ESTABLISHMENT_SHEET = { name: 'Establishment', columns: ['year', 'group', 'fte'] } as const;

export function establishmentRows(state: ForceFinanceState): string[][] {
  const byYear = state.establishments ?? {};
  return Object.keys(byYear)
    .sort()
    .flatMap((year) => Object.values(byYear[year]).flatMap((e) => (e ? [[year, e.group, e.fte]] : [])));
}

/** A row that differs from the group's establishment for its year sets it again; a row taken out unsets nothing (there is no such command). */
export function establishmentChanges(
  rows: readonly SheetRow[],
  differs: (match: (r: string[]) => boolean, cells: Record<string, string>) => boolean,
  change: (row: number, request: ForceFinanceRequest) => void,
): void {
  for (const { row, cells } of rows)
    if (differs((r) => r[0] === cells.year && r[1] === cells.group, cells))
      change(row, { type: 'SetEstablishment', year: cells.year, group: cells.group, fte: cells.fte } as ForceFinanceRequest);
}
