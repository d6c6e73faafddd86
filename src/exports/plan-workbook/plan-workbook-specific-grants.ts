import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetRow } from '../import/sheet-rows';

/** The Specific grants sheet: one row a grant and year, keyed by both. */
export const SPECIFIC_GRANTS_SHEET = {
  name: 'Specific grants',
  columns: ['year', 'grantId', 'name', 'kind', 'amount', 'fundsBudgetLine', 'fundsItem', 'conditions'],
} as const;
export const SPECIFIC_GRANTS_OPTIONAL = ['fundsBudgetLine', 'fundsItem', 'conditions'] as const;

export function specificGrantRows(state: ForceFinanceState): string[][] {
  const byYear = state.specificGrants ?? {};
  return Object.keys(byYear)
    .sort()
    .flatMap((year) =>
      Object.values(byYear[year]).map((g) => [
        year,
        g.grantId,
        g.name,
        g.kind,
        g.amount,
        g.fundsBudgetLine ?? '',
        g.fundsItem ?? '',
        g.conditions ?? '',
      ]),
    );
}

/** A row that differs from the grant's record for its year records it again (the later record supersedes); rows taken out withdraw nothing. */
export function specificGrantChanges(
  rows: readonly SheetRow[],
  differs: (match: (r: string[]) => boolean, cells: Record<string, string>) => boolean,
  change: (row: number, request: ForceFinanceRequest) => void,
): void {
  for (const { row, cells } of rows) {
    if (!differs((r) => r[0] === cells.year && r[1] === cells.grantId, cells)) continue;
    const optional = Object.fromEntries(SPECIFIC_GRANTS_OPTIONAL.filter((c) => (cells[c] ?? '') !== '').map((c) => [c, cells[c]]));
    change(row, {
      type: 'RecordSpecificGrant',
      year: cells.year,
      grantId: cells.grantId,
      name: cells.name,
      kind: cells.kind,
      amount: cells.amount,
      ...optional,
    } as ForceFinanceRequest);
  }
}
