/** A rectangle of grid cells, by row and column index (inclusive), however it was dragged. */
export interface CellRange {
  anchor: { row: number; col: number };
  focus: { row: number; col: number };
}

export function normalise(range: CellRange): { top: number; bottom: number; left: number; right: number } {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

export function inRange(range: CellRange | null, row: number, col: number): boolean {
  if (!range) return false;
  const r = normalise(range);
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/**
 * Cells as tab-separated text that pastes into Excel as a block: one line a row, tabs between
 * cells. Figures go as the API's plain decimals (no separators or brackets) so Excel reads numbers.
 */
export function toTsv(cells: string[][]): string {
  return cells.map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n');
}
