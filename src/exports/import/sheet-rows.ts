import type { SheetProblem, SheetRows } from './read-spreadsheet';

/** What one kind of import reads from a sheet, and how it names itself in its messages. */
export interface RowsSpec {
  /** "a budget", "the budget items". */
  whole: string;
  /** "budget lines", "budget items". */
  rowsNoun: string;
  /** Every column the sheet may have (a header names them in any case). */
  columns: readonly string[];
  /** Those it must have (the others may be left out). */
  required: readonly string[];
  /** The column whose values are unique within the file, if any. */
  uniqueKey?: string;
  /** At most this many filled rows; beyond it, TooManyRows (413). */
  maxRows: number;
  /** A sheet with no rows below its header is fine (a plan workbook's sheet of nothing yet recorded). */
  mayBeEmpty?: boolean;
  /** Name each empty cell of a required column here (where no JSON write's rules check the rows after). */
  requireCells?: boolean;
}

/** Problems reported at most; the answer says how many there were in all. */
export const MAX_PROBLEMS = 500;

export class TooManyRows extends Error {}

export interface SheetRow {
  /** As the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** Each column of the spec that the header names, trimmed. */
  cells: Record<string, string>;
}

/**
 * The filled rows of a sheet under its header, or every problem of the header, of cells beyond
 * it and of repeated keys. The cells' values are checked by the caller with the JSON write's
 * own rules; empty rows are skipped.
 */
export function sheetRows(table: SheetRows, spec: RowsSpec): { rows: SheetRow[]; problems: SheetProblem[] } {
  const [header = [], ...body] = table.rows;
  // Headers match the spec's columns whatever their case, and are then known by the spec's spelling.
  const known = new Map(spec.columns.map((c) => [c.toLowerCase(), c]));
  const names = header.map((h) => known.get(h.trim().toLowerCase()) ?? h.trim().toLowerCase());
  const problems: SheetProblem[] = [];
  const at = (row: number, column: string, message: string) => problems.push({ sheet: table.sheet, row, column, message });
  names.forEach((name, i) => {
    if (!spec.columns.includes(name))
      at(1, columnName(i), `"${header[i].slice(0, 50)}" is not a column of ${spec.whole} (${spec.columns.join(', ')})`);
    else if (names.indexOf(name) !== i) at(1, columnName(i), `"${name}" is given twice`);
  });
  for (const wanted of spec.required)
    if (!names.includes(wanted)) at(1, wanted, `the header row has no "${wanted}" column (it needs ${spec.required.join(', ')})`);
  if (problems.length > 0) return { rows: [], problems };

  const filled = body.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (filled.length > spec.maxRows)
    throw new TooManyRows(
      `The file holds ${filled.length.toLocaleString('en-GB')} ${spec.rowsNoun}; at most ${spec.maxRows.toLocaleString('en-GB')} are taken.`,
    );
  if (filled.length === 0 && !spec.mayBeEmpty) at(2, '', `the file holds no ${spec.rowsNoun} below its header`);
  const firstRowOf = new Map<string, number>();
  const rows = filled.map(({ row, cells }) => {
    const byName: Record<string, string> = {};
    names.forEach((name, i) => (byName[name] = (cells[i] ?? '').trim()));
    cells.forEach((cell, i) => {
      if (i >= names.length && cell.trim() !== '') at(row, columnName(i), 'is beyond the columns of the header; leave it empty');
    });
    if (spec.requireCells) for (const c of spec.required) if (!byName[c]) at(row, c, 'is empty; it needs a value');
    const key = spec.uniqueKey ? byName[spec.uniqueKey] : undefined;
    const first = key === undefined ? undefined : firstRowOf.get(key);
    if (key && first !== undefined)
      at(row, spec.uniqueKey!, `"${key.slice(0, 50)}" is already the ${spec.uniqueKey} of row ${first}; it is unique within ${spec.whole}`);
    else if (key) firstRowOf.set(key, row);
    return { row, cells: byName };
  });
  return { rows, problems };
}

/** 0 → "A", 26 → "AA", as spreadsheets name columns. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
