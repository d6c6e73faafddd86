import { Money } from '../common/money';

/**
 * Members' net revenue expenditure by force and year, as the caller read it from each force's
 * MTFP. The collaboration engines never compute NRE themselves: it is an input, for shares on
 * a net-revenue-budget basis and for collaboration spend as a share of NRE.
 */
export type NreByForceAndYear = ReadonlyMap<string, ReadonlyMap<string, Money>>;

export const NO_NRE_FIGURES: NreByForceAndYear = new Map();

export function nreByForceAndYear(rows: Iterable<{ force: string; year: string; nre: Money | string }>): NreByForceAndYear {
  const table = new Map<string, Map<string, Money>>();
  for (const { force, year, nre } of rows) {
    const byYear = table.get(force) ?? new Map<string, Money>();
    byYear.set(year, typeof nre === 'string' ? Money.parse(nre, `nre[${force}][${year}]`) : nre);
    table.set(force, byYear);
  }
  return table;
}

export function nreOf(table: NreByForceAndYear, force: string, year: string): Money | undefined {
  return table.get(force)?.get(year);
}
