import { sameValue } from './same-value';
import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetProblem } from '../import/read-spreadsheet';
import type { SheetRow } from '../import/sheet-rows';

/** The Inflation rates sheet: one row a year and named category (energy, fuel, …), the rate a decimal fraction. */
export const INFLATION_RATES_SHEET = { name: 'Inflation rates', columns: ['year', 'category', 'rate'] } as const;

export function inflationRateRows(state: ForceFinanceState): string[][] {
  const byYear = state.inflationCategoryRates ?? {};
  return Object.keys(byYear)
    .sort()
    .flatMap((year) => Object.entries(byYear[year].rates).map(([category, rate]) => [year, category, rate ?? '']));
}

/**
 * A year's rates are set as a whole, once, when any of its rows differs or a category of it is
 * taken out (the command replaces every rate of the year); a year with no rows left sets nothing.
 */
export function inflationRateChanges(
  state: ForceFinanceState,
  rows: readonly SheetRow[],
  change: (row: number, request: ForceFinanceRequest) => void,
  problems: SheetProblem[],
): void {
  // A category twice in a year is named at its second row (the command would only name the year's first).
  rows.forEach(({ row, cells }, i) => {
    if (rows.findIndex((r) => r.cells.year === cells.year && r.cells.category === cells.category) !== i)
      problems.push({
        sheet: INFLATION_RATES_SHEET.name,
        row,
        column: 'category',
        message: `lists ${cells.category} twice for ${cells.year}`,
      });
  });
  const years = [...new Set(rows.map((r) => r.cells.year))];
  for (const year of years) {
    const given = rows.filter((r) => r.cells.year === year);
    const recorded = state.inflationCategoryRates?.[year]?.rates ?? {};
    const same =
      Object.keys(recorded).length === given.length &&
      given.every(({ cells }) => {
        const was = (recorded as Record<string, string | undefined>)[cells.category];
        return was !== undefined && sameValue(was, cells.rate);
      });
    if (!same)
      change(given[0].row, {
        type: 'SetInflationCategoryRates',
        year,
        rates: given.map(({ cells }) => ({ category: cells.category, rate: cells.rate })),
      } as ForceFinanceRequest);
  }
}
