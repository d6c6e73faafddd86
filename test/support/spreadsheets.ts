import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { Dec } from '../../src/common/decimal';

/** Sends the request and keeps the body as bytes, whatever its type. */
export async function binary(test: request.Test): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const res = await test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (c: Buffer) => chunks.push(c));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { status: res.status, headers: res.headers as Record<string, string>, body: res.body as Buffer };
}

export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A cell as a decimal: its number, or a formula's cached result. */
export function cellNumber(cell: ExcelJS.Cell): Dec | null {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return new Dec(String(v));
  if (typeof v === 'object' && 'formula' in v) return new Dec(String(v.result ?? 0)); // a cached 0 reads back as no result
  throw new Error(`Cell ${cell.address} holds no number: ${JSON.stringify(v)}`);
}

export interface CheckedTotal {
  sheet: string;
  address: string;
  label: string;
  column: string;
  formula: string;
  result: string;
  sumOfCells: string;
}

/** Every formula cell of the sheet: its cached result, and the sum of the cells its SUM names, worked out here. */
export function formulaTotals(ws: ExcelJS.Worksheet): CheckedTotal[] {
  const totals: CheckedTotal[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (v === null || typeof v !== 'object' || !('formula' in v)) return;
      totals.push({
        sheet: ws.name,
        address: cell.address,
        label: String(row.getCell(1).value),
        column: String(ws.getRow(1).getCell(cell.col).value),
        formula: v.formula ?? '',
        // exceljs reads a cached <v>0</v> back as no result (the file holds it; see the writer test): 0.
        result: new Dec(String(v.result ?? 0)).toFixed(2),
        sumOfCells: sumOf(ws, v.formula ?? '').toFixed(2),
      });
    });
  });
  return totals;
}

function sumOf(ws: ExcelJS.Worksheet, formula: string): Dec {
  const inner = /^SUM\((.*)\)$/.exec(formula);
  if (!inner) throw new Error(`Not a SUM: ${formula}`);
  let sum = new Dec(0);
  for (const part of inner[1].split(',')) {
    const [from, to = from] = part.split(':');
    const [, col, first] = /^([A-Z]+)(\d+)$/.exec(from)!;
    const last = Number(/(\d+)$/.exec(to)![1]);
    for (let r = Number(first); r <= last; r += 1) sum = sum.plus(cellNumber(ws.getCell(`${col}${r}`)) ?? 0);
  }
  return sum;
}

/** The rows of a CSV body, after checking it starts with the UTF-8 byte-order mark. */
export function readCsv(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(body.subarray(3).toString('utf8'), { relax_column_count: false }) as string[][];
}
