import { Dec } from '../common/decimal';
import { pushTotal, type CellKind, type Column, type Row, type Sheet } from './export-document';

/**
 * A sheet with one row per line and one column per year, as an MTFP is laid out on paper:
 * Line, Code, Kind, then the years. `line` and `total` return the row's index, so a total can
 * sum earlier totals (NRE from expenditure and income).
 */
export class YearSheet {
  readonly columns: Column[];
  private readonly rows: Row[] = [];

  constructor(
    private readonly name: string,
    years: readonly string[],
    kind: CellKind = 'money',
  ) {
    this.columns = [
      { header: 'Line', kind: 'text' },
      { header: 'Code', kind: 'text' },
      { header: 'Kind', kind: 'text' },
      ...years.map((header) => ({ header, kind })),
    ];
  }

  line(label: string, code: string | null, kind: string | null, values: (string | null)[], rowKind?: CellKind): number {
    this.rows.push({ cells: [label, code, kind, ...values], ...(rowKind ? { kind: rowKind } : {}) });
    return this.rows.length - 1;
  }

  /** A bold total of the given rows, whose figures are the service's own (see pushTotal). */
  total(label: string, over: number[], values: (string | null)[]): number {
    pushTotal(this.columns, this.rows, over, [label, null, null, ...values]);
    return this.rows.length - 1;
  }

  sheet(): Sheet {
    return { name: this.name, columns: this.columns, rows: this.rows };
  }
}

/** A figure's value shown as subtracted: "1200.00" → "-1200.00" ("0.00" stays). */
export function negated(value: string | null): string | null {
  if (value === null) return null;
  const result = new Dec(value).negated();
  return result.isZero() ? '0.00' : result.toFixed(2);
}

/** Entries of every year by key, in the order first seen: a line a later year adds shows after the rest. */
export function unionBy<T>(lists: readonly (readonly T[])[], key: (entry: T) => string): { key: string; first: T }[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const entry of list) if (!seen.has(key(entry))) seen.set(key(entry), entry);
  return [...seen.entries()].map(([k, first]) => ({ key: k, first }));
}
