import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { ForceFinanceRequest } from '../../force-finance/http/to-command';
import type { SheetProblem } from '../import/read-spreadsheet';
import type { SheetRow } from '../import/sheet-rows';
import { PLAN_SHEETS, planWorkbookRows } from './plan-workbook-sheets';
import { sameValue } from './same-value';

type Change = (row: number, request: ForceFinanceRequest) => void;

const SHEET = PLAN_SHEETS.movements;
const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false };

/**
 * Reserve movements in an edited plan workbook. Movements are facts of their year, never
 * edited: a row without a movementId records a new one (a correction is a new movement the other
 * way); a recorded row left as it was records nothing; a recorded row changed is refused, naming
 * the row. Movements recorded before they had ids show an empty movementId: such a row matches
 * the recorded movement with the same figures, once.
 */
export function movementChanges(
  state: ForceFinanceState,
  rows: SheetRow[],
  newMovementId: (index: number) => string,
  change: Change,
  problems: SheetProblem[],
): void {
  const recorded = planWorkbookRows(state).movements;
  const unmatchedLegacy = recorded.filter((r) => r[0] === '');
  const asRecorded = (cells: Record<string, string>) => SHEET.columns.map((c) => cells[c] ?? '');
  const sameRow = (a: string[], b: string[]) => a.every((v, i) => v === b[i] || (SHEET.columns[i] === 'amount' && sameValue(v, b[i]))); // exact decimals, never JS numbers
  const refuse = (row: number, column: string, message: string) => problems.push({ sheet: SHEET.name, row, column, message });

  rows.forEach(({ row, cells }, index) => {
    const values = asRecorded({ ...cells, supportsRevenueBudget: cells.supportsRevenueBudget.trim().toLowerCase() });
    if (cells.movementId) {
      const was = recorded.find((r) => r[0] === cells.movementId);
      if (!was) refuse(row, 'movementId', 'is not a movement of this force; leave it empty for a new movement');
      else if (!sameRow(was, values))
        refuse(row, '', 'a recorded movement is not changed; record a correcting movement (a new row) instead');
      return;
    }
    const legacy = unmatchedLegacy.findIndex((r) => sameRow(r, values));
    if (legacy >= 0) {
      unmatchedLegacy.splice(legacy, 1);
      return;
    }
    const supports = BOOLEANS[values[6]];
    if (supports === undefined) {
      refuse(row, 'supportsRevenueBudget', 'must be true or false');
      return;
    }
    change(row, {
      type: 'RecordReserveMovement',
      movementId: newMovementId(index),
      reserveId: cells.reserveId,
      year: cells.year,
      direction: cells.direction,
      basis: cells.basis,
      amount: cells.amount,
      supportsRevenueBudget: supports,
      description: cells.description ?? '',
    } as ForceFinanceRequest);
  });
}
