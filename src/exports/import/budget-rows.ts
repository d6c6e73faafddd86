import type { SheetProblem, SheetRows } from './read-spreadsheet';
import { columnName, TooManyRows } from './sheet-rows';

export { columnName, MAX_PROBLEMS, TooManyRows } from './sheet-rows';

/** The columns of a budget sheet, each once, in any order; no others. */
export const BUDGET_COLUMNS = ['code', 'name', 'kind', 'amount'] as const;
/** Budget lines a file may hold: as many as a JSON base budget. */
export const MAX_IMPORT_ROWS = 1000;

export type BudgetRow = Record<(typeof BUDGET_COLUMNS)[number], string>;

/**
 * The budget lines of a sheet, each with the row it came from, or every problem of the header
 * and of repeated codes. The lines' own fields are checked by the caller with the JSON write's
 * rules; empty rows are skipped.
 */
export function budgetRows(table: SheetRows): { lines: { row: number; line: BudgetRow }[]; problems: SheetProblem[] } {
  const [header = [], ...body] = table.rows;
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: SheetProblem[] = [];
  const at = (row: number, column: string, message: string) => problems.push({ sheet: table.sheet, row, column, message });
  names.forEach((name, i) => {
    if (!(BUDGET_COLUMNS as readonly string[]).includes(name))
      at(1, columnName(i), `"${header[i].slice(0, 50)}" is not a column of a budget (${BUDGET_COLUMNS.join(', ')})`);
    else if (names.indexOf(name) !== i) at(1, columnName(i), `"${name}" is given twice`);
  });
  for (const wanted of BUDGET_COLUMNS)
    if (!names.includes(wanted)) at(1, wanted, `the header row has no "${wanted}" column (it needs ${BUDGET_COLUMNS.join(', ')})`);
  if (problems.length > 0) return { lines: [], problems };

  const filled = body.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (filled.length > MAX_IMPORT_ROWS)
    throw new TooManyRows(
      `The file holds ${filled.length.toLocaleString('en-GB')} budget lines; at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} are taken.`,
    );
  if (filled.length === 0) at(2, '', 'the file holds no budget lines below its header');
  const firstRowOf = new Map<string, number>();
  const lines = filled.map(({ row, cells }) => {
    const line = Object.fromEntries(BUDGET_COLUMNS.map((c) => [c, (cells[names.indexOf(c)] ?? '').trim()])) as BudgetRow;
    cells.forEach((cell, i) => {
      if (i >= names.length && cell.trim() !== '') at(row, columnName(i), 'is beyond the columns of the header; leave it empty');
    });
    const first = firstRowOf.get(line.code);
    if (line.code !== '' && first !== undefined)
      at(row, 'code', `"${line.code.slice(0, 50)}" is already the code of row ${first}; codes are unique within a budget`);
    else firstRowOf.set(line.code, row);
    return { row, line };
  });
  return { lines, problems };
}
