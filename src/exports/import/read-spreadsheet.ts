import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { excel } from '../excel';
import { MEDIA_TYPES } from '../formats';

/** One problem with an imported file, where a finance officer would look for it. */
export interface SheetProblem {
  sheet: string;
  /** 1-based, as the spreadsheet numbers rows (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export interface SheetRows {
  sheet: string;
  /** Every row as text, the header first. */
  rows: string[][];
}

/** The media types an import reads besides JSON. */
export const SPREADSHEET_MEDIA_TYPES = [MEDIA_TYPES.csv, MEDIA_TYPES.xlsx] as const;

/** The largest spreadsheet body an import takes (a 1,000-line budget as XLSX is about 40 kB). */
export const SPREADSHEET_BODY_LIMIT = 1024 * 1024;

export class UnreadableSpreadsheet extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem.message);
  }
}

/** Reads a CSV (UTF-8, with or without a BOM, RFC 4180 quoting) or the first sheet of an XLSX workbook into rows of text. */
export async function readSpreadsheet(body: Buffer, mediaType: string): Promise<SheetRows> {
  return mediaType === MEDIA_TYPES.csv ? readCsv(body) : readXlsx(body);
}

function readCsv(body: Buffer): SheetRows {
  try {
    const rows = parse(body, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    return { sheet: 'csv', rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new UnreadableSpreadsheet({
      sheet: 'csv',
      row: line,
      column: '',
      message: `is not CSV as RFC 4180 writes it: ${(error as Error).message}`,
    });
  }
}

async function readXlsx(body: Buffer): Promise<SheetRows> {
  const [first] = await readXlsxSheets(body);
  if (!first) throw new UnreadableSpreadsheet({ sheet: '', row: 0, column: '', message: 'The workbook has no sheets.' });
  return first;
}

/** Every sheet of an XLSX workbook, in order, each as rows of text. */
export async function readXlsxSheets(body: Buffer): Promise<SheetRows[]> {
  const workbook = new (excel().Workbook)();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableSpreadsheet({ sheet: '', row: 0, column: '', message: 'The body is not an XLSX workbook (Office Open XML).' });
  }
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, 0); c += 1) cells.push(cellText(row.getCell(c).value));
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i += 1) rows[i] ??= [];
    return { sheet: ws.name, rows };
  });
}

/**
 * A cell as the text a JSON body would carry. A number becomes its shortest decimal form, so a
 * pound figure typed as 1234.5 reads "1234.5"; one with float noise (0.30000000000000004) is
 * then refused as money, rather than silently rounded.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  return '';
}
