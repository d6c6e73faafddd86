import type ExcelJS from 'exceljs';
import { excel } from './excel';
import type { CellKind, Column, ExportContext, ExportDocument, Row, Sheet } from './export-document';

/** Pounds with thousands separators, negatives in brackets, as finance teams write them. */
export const POUNDS_FORMAT = '#,##0.00;(#,##0.00)';
const FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  money: POUNDS_FORMAT,
  rate: '0.00%',
  quantity: '#,##0.00',
  integer: '#,##0',
};

/**
 * One workbook per answer: a cover sheet saying what it is and as at when, one sheet per
 * section with its header row frozen and bold totals that are SUM formulas over the lines
 * above (with the service's figure as the cached result), and a Sources sheet of every event
 * the figures cite.
 */
export async function writeXlsx(doc: ExportDocument, context: ExportContext): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = context.exportedBy;
  workbook.created = new Date(context.exportedAt);
  const names = new Set<string>();
  addSheet(workbook, uniqueName('Cover', names), coverSheet(doc, context));
  for (const sheet of doc.sheets) addSheet(workbook, uniqueName(sheet.name, names), sheet);
  addSheet(workbook, uniqueName('Sources', names), sourcesSheet(context));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function coverSheet(doc: ExportDocument, context: ExportContext): Sheet {
  const text = (label: string, value: string | null): Row => ({ cells: [label, value ?? ''] });
  return {
    name: 'Cover',
    columns: [
      { header: 'What', kind: 'text' },
      { header: doc.what, kind: 'text' },
    ],
    rows: [
      text(doc.subject.kind === 'force' ? 'Force' : 'Alliance', doc.subject.code),
      text('Period', doc.period),
      text('Scenario', doc.scenario ?? 'none (the baseline)'),
      text('As at position', doc.asAtPosition ?? 'not stated by this answer: as the plan stood when exported'),
      text('As at time', context.asAtTime),
      text('Exported by', context.exportedBy),
      text('Exported at', context.exportedAt),
      text('Pounds', 'shown #,##0.00 with negatives in brackets; totals are formulas over the lines above them'),
      text('Sources', `${context.sources.length} events cited, listed on the Sources sheet`),
    ],
  };
}

function sourcesSheet(context: ExportContext): Sheet {
  const headers = ['Type', 'Recorded at', 'Actor', 'Reason', 'Stream', 'Position', 'Event id'];
  return {
    name: 'Sources',
    columns: headers.map((header) => ({ header, kind: 'text' as const })),
    rows: context.sources.map((s) => ({ cells: [s.type, s.recordedAt, s.actor, s.reason, s.stream, s.position, s.id] })),
  };
}

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: Sheet): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  sheet.rows.forEach((row) => {
    const added = ws.addRow(row.cells.map((cell, c) => cellValue(sheet, row, c, cell)));
    sheet.columns.forEach((_column, c) => {
      const format = FORMATS[kindOf(sheet, row, c)];
      if (format) added.getCell(c + 1).numFmt = format;
    });
    if (row.total) added.font = { bold: true };
  });
  ws.columns.forEach((column, c) => {
    column.width = fittedWidth(sheet, c);
  });
}

function cellValue(sheet: Sheet, row: Row, c: number, cell: string | null): ExcelJS.CellValue {
  const kind = kindOf(sheet, row, c);
  if (cell === null) return null;
  // Excel holds at most 32,767 characters in a cell.
  if (kind === 'text') return cell.length > 32_000 ? `${cell.slice(0, 32_000)}…` : cell;
  const result = Number(cell);
  if (kind !== 'money' || !row.total || row.total.over.length === 0) return result;
  return { formula: sumFormula(columnLetter(c + 1), row.total.over), result };
}

/** A row may show its numbers another way than its columns (a tax base among pounds). */
function kindOf(sheet: Sheet, row: Row, c: number): CellKind {
  const kind = sheet.columns[c].kind;
  return kind !== 'text' && row.kind ? row.kind : kind;
}

/** SUM over the given rows (0-based, below the header), runs of adjacent rows as ranges: "SUM(C2:C6,C9)". */
export function sumFormula(column: string, rows: number[]): string {
  const sheetRows = [...rows].sort((a, b) => a - b).map((r) => r + 2);
  const parts: string[] = [];
  let start = sheetRows[0];
  for (let i = 1; i <= sheetRows.length; i += 1) {
    if (sheetRows[i] === sheetRows[i - 1] + 1) continue;
    const end = sheetRows[i - 1];
    parts.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
    start = sheetRows[i];
  }
  return parts.length === 0 ? '0' : `SUM(${parts.join(',')})`;
}

export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Wide enough for the longest header or value as shown (pounds with separators and brackets), within 8 and 60. */
function fittedWidth(sheet: Sheet, c: number): number {
  const column: Column = sheet.columns[c];
  const shown = sheet.rows.map((r) => r.cells[c]).map((v) => (v === null ? 0 : column.kind === 'text' ? v.length : shownNumberLength(v)));
  return Math.min(Math.max(column.header.length, ...shown, 6) + 2, 60);
}

function shownNumberLength(value: string): number {
  const [whole] = value.replace('-', '').split('.');
  return whole.length + Math.floor((whole.length - 1) / 3) + 5;
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
function uniqueName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}
