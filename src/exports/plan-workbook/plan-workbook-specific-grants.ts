import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetRow } from '../import/sheet-rows';

/** The Specific grants sheet: one row a grant and year, keyed by both. */
export const SPECIFIC_GRANTS_SHEET = {
  name: 'Specific grants',
  columns: ['year', 'grantId', 'name', 'kind', 'amount', 'fundsBudgetLine', 'fundsItem', 'conditions', 'fundsOnCost'],
} as const;
export const SPECIFIC_GRANTS_OPTIONAL = ['fundsBudgetLine', 'fundsItem', 'conditions', 'fundsOnCost'] as const;

/** A grant's tie to a pay group's on-cost in one cell, "officers:pension", so an edited row keeps it. */
const onCostCell = (tie: { group: string; onCost: string } | undefined): string => (tie ? `${tie.group}:${tie.onCost}` : '');
const onCostOf = (cell: string): unknown => {
  const [group, onCost, ...rest] = cell.split(':');
  // Anything but "group:onCost" goes on as written, for the one mapping to refuse, naming fundsOnCost.
  return onCost === undefined || rest.length > 0 ? cell : { group, onCost };
};

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
        onCostCell(g.fundsOnCost),
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
    const optional = Object.fromEntries(
      SPECIFIC_GRANTS_OPTIONAL.filter((c) => (cells[c] ?? '') !== '').map((c) => [c, c === 'fundsOnCost' ? onCostOf(cells[c]) : cells[c]]),
    );
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
