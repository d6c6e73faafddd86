import { HttpException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { headerOf, type HttpRequest } from '../../http/http-request';
import { InvalidInputError } from '../../common/errors';
import { WriteDto } from '../../http/write.dto';
import { toFieldProblems } from '../../http/validation-errors';
import type { PlanInputSheet } from '../import/plan-input-sheets';
import { readSpreadsheet, SPREADSHEET_MEDIA_TYPES, UnreadableSpreadsheet, type SheetProblem } from '../import/read-spreadsheet';
import { sheetRows, TooManyRows } from '../import/sheet-rows';
import { refusal } from './budget-spreadsheet.interceptor';

/** The request's spreadsheet media type, or null when the body is not a spreadsheet (JSON, say). */
export function spreadsheetTypeOf(request: HttpRequest): string | null {
  const type = headerOf(request, 'content-type')?.split(';')[0].trim().toLowerCase() ?? '';
  return (SPREADSHEET_MEDIA_TYPES as readonly string[]).includes(type) ? type : null;
}

/** `?reason=` checked as a JSON body's reason is. */
export function checkedReason(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  const errors = validateSync(plainToInstance(WriteDto, { reason: value }));
  if (errors.length > 0) throw new InvalidInputError('reason', toFieldProblems(errors)[0].message);
  return (value as string).trim() || undefined;
}

/**
 * The rows of the file, each as the JSON body its write takes, checked with that write's
 * rules; or a 400 naming every problem (sheet, row, column), or 413 beyond the rows allowed.
 */
export async function checkedRows(
  body: unknown,
  type: string,
  sheet: PlanInputSheet,
): Promise<{ sheetName: string; rows: { row: number; body: Record<string, string> }[] }> {
  let table;
  try {
    table = await readSpreadsheet(Buffer.isBuffer(body) ? body : Buffer.alloc(0), type);
  } catch (error) {
    if (error instanceof UnreadableSpreadsheet) throw refusal([error.problem]);
    throw error;
  }
  let parsed;
  try {
    parsed = sheetRows(table, sheet);
  } catch (error) {
    if (error instanceof TooManyRows)
      throw new HttpException({ statusCode: 413, error: 'payload_too_large', message: error.message, details: [] }, 413);
    throw error;
  }
  const problems: SheetProblem[] = [...parsed.problems];
  const rows = parsed.rows.map(({ row, cells }) => {
    const rowBody = sheet.toBody(cells);
    const errors = validateSync(plainToInstance(sheet.dto, rowBody), { whitelist: true, forbidNonWhitelisted: true });
    for (const p of toFieldProblems(errors)) problems.push({ sheet: table.sheet, row, column: p.field, message: p.message });
    return { row, body: rowBody };
  });
  if (problems.length > 0) throw refusal(problems.sort((a, b) => a.row - b.row));
  return { sheetName: table.sheet, rows };
}
