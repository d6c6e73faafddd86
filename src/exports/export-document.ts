import { Dec } from '../common/decimal';

/**
 * The pure tabular model of one exported answer: what the XLSX and CSV writers are given.
 * Numbers stay decimal strings (as in the JSON) until a writer puts them in a cell.
 */
export type CellKind = 'text' | 'money' | 'rate' | 'quantity' | 'integer';

export interface Column {
  header: string;
  kind: CellKind;
}

export interface Row {
  cells: (string | null)[];
  /** A total: in the workbook each money column is a SUM formula over these rows (indices of earlier rows). */
  total?: { over: number[] };
  /** How this row's numbers are shown, when not as its columns say (a tax base among pounds). */
  kind?: CellKind;
}

/** One sheet of the workbook: a header row, then rows; totals in bold. */
export interface Sheet {
  name: string;
  columns: Column[];
  rows: Row[];
}

/** The long layout of the CSV: one row per figure, columns in a fixed, documented order. */
export interface CsvTable {
  columns: string[];
  rows: (string | null)[][];
}

export interface ExportDocument {
  /** What this is, in words: "Medium-term financial plan". */
  what: string;
  subject: { kind: 'force' | 'alliance'; code: string };
  /** The years or run it covers, in words ("2016/17 to 2019/20"); null when it is not about years. */
  period: string | null;
  asAtPosition: string | null;
  scenario: string | null;
  /** The file name without extension: "herts-mtfp-2016-17-to-2019-20" (the writer adds "-asat-152"). */
  fileStem: string;
  sheets: Sheet[];
  csv: CsvTable;
  /** Ids of every event the figures cite. */
  sources: string[];
}

/** One cited event as the Sources sheet lists it. */
export interface SourceRow {
  id: string;
  type: string;
  stream: string;
  position: string;
  recordedAt: string;
  actor: string;
  reason: string | null;
}

/** Who asked, when, and what the asAt position was in time: known only to the HTTP shell. */
export interface ExportContext {
  exportedBy: string;
  exportedAt: string;
  asAtTime: string | null;
  sources: SourceRow[];
}

/**
 * Appends a bold total over `over` rows (indices into `rows`), each money column summing to
 * the service's own figure. The service adds unrounded figures and rounds the total once, so
 * the rounded lines can sum a penny or two away from it: then a "Rounding" line is added first,
 * so that the formula over the lines shown gives the service's figure exactly.
 */
export function pushTotal(columns: Column[], rows: Row[], over: number[], totalCells: (string | null)[]): void {
  const adjustment = totalCells.map((cell, c) => {
    if (columns[c].kind !== 'money' || cell === null) return null;
    const sum = over.reduce((acc, r) => acc.plus(rows[r].cells[c] ?? 0), new Dec(0));
    const difference = new Dec(cell).minus(sum);
    // Each rounded line is at most half a penny out, and so is the total: anything more is a wrong model, not rounding.
    if (difference.abs().gt(new Dec('0.005').times(over.length + 1))) {
      throw new Error(`A total of ${cell} is not the sum of its ${over.length} lines (${sum.toFixed(2)}) in column ${columns[c].header}`);
    }
    return difference.isZero() ? null : difference.toFixed(2);
  });
  const sumOver = [...over];
  if (adjustment.some((a) => a !== null)) {
    const label = columns.findIndex((c) => c.kind === 'text');
    rows.push({
      cells: adjustment.map((a, c) =>
        c === label ? 'Rounding to the penny (the service rounds totals once)' : columns[c].kind === 'money' ? (a ?? '0.00') : null,
      ),
    });
    sumOver.push(rows.length - 1);
  }
  rows.push({ cells: totalCells, total: { over: sumOver } });
}

/** Every event id an answer cites: each `sources` list and each `source`, wherever they are. */
export function citedSources(answer: unknown): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [answer];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' && Array.isArray(value)) value.filter((v) => typeof v === 'string').forEach((v: string) => found.add(v));
      else if (key === 'source' && typeof value === 'string') found.add(value);
      else pending.push(value);
    }
  }
  return [...found].sort();
}

/** "2016/17" → "2016-17", and anything else made safe for a file name. */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
