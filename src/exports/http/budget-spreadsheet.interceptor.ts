import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiConsumes, ApiQuery } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { headerOf, type HttpRequest } from '../../http/http-request';
import type { Observable } from 'rxjs';
import { InvalidInputError } from '../../common/errors';
import { BaseBudgetLineDto } from '../../force-finance/http/set-base-budget.dto';
import { AcceptsBody } from '../../http/accepts-body';
import { JSON_MEDIA_TYPES } from '../../http/body-parsers';
import { summarise } from '../../http/error-body';
import { toFieldProblems } from '../../http/validation-errors';
import { budgetRows, MAX_PROBLEMS, TooManyRows } from '../import/budget-rows';
import { readSpreadsheet, SPREADSHEET_MEDIA_TYPES, UnreadableSpreadsheet, type SheetProblem } from '../import/read-spreadsheet';

/**
 * `POST /forces/{force}/budgets?year=…` with a CSV or XLSX body (columns code, name, kind,
 * amount): the file becomes the JSON body the endpoint already takes, so the same validation,
 * decider, Idempotency-Key and events follow. Every line is checked with the JSON write's own
 * rules first, and every problem is answered at once with its sheet, row and column; nothing
 * is recorded while any row is wrong.
 */
@Injectable()
export class BudgetSpreadsheetInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const type = headerOf(request, 'content-type')?.split(';')[0].trim().toLowerCase() ?? '';
    if (!(SPREADSHEET_MEDIA_TYPES as readonly string[]).includes(type)) return next.handle();
    const { year, reason } = request.query as Record<string, string | undefined>;
    if (year === undefined || year === '')
      throw new InvalidInputError('year', 'is needed in the query string when the budget is sent as a spreadsheet, e.g. ?year=2017/18');
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    request.body = { year, lines: await this.linesOf(body, type), ...(reason ? { reason } : {}) };
    return next.handle();
  }

  private async linesOf(body: Buffer, type: string): Promise<unknown[]> {
    let table;
    try {
      table = await readSpreadsheet(body, type);
    } catch (error) {
      if (error instanceof UnreadableSpreadsheet) throw refusal([error.problem]);
      throw error;
    }
    let parsed;
    try {
      parsed = budgetRows(table);
    } catch (error) {
      if (error instanceof TooManyRows)
        throw new HttpException({ statusCode: 413, error: 'payload_too_large', message: error.message, details: [] }, 413);
      throw error;
    }
    const problems = [...parsed.problems];
    for (const { row, line } of parsed.lines) {
      const errors = validateSync(plainToInstance(BaseBudgetLineDto, line), { whitelist: true, forbidNonWhitelisted: true });
      for (const p of toFieldProblems(errors)) problems.push({ sheet: table.sheet, row, column: p.field, message: p.message });
    }
    if (problems.length > 0) throw refusal(problems.sort((a, b) => a.row - b.row));
    return parsed.lines.map((l) => l.line);
  }
}

/** The answer to a file with problems: 400 (or the status given, e.g. 422 for a finance rule), every problem named, nothing recorded. */
export function refusal(problems: SheetProblem[], status: number = HttpStatus.BAD_REQUEST, error = 'invalid_input'): HttpException {
  const details = problems.map((p) => ({
    field: `${p.sheet ? `${p.sheet} ` : ''}row ${p.row}${p.column ? `, ${p.column}` : ''}`,
    message: p.message,
  }));
  return new HttpException(
    {
      statusCode: status,
      error,
      message: `Nothing was recorded: ${summarise(details, 'the file could not be read.')}`,
      details,
      problems: problems.slice(0, MAX_PROBLEMS),
      problemsTotal: problems.length,
    },
    status,
  );
}

/** On a budget write: JSON as before, or a CSV or XLSX body with `?year=` (and `?reason=`). */
export const BudgetSpreadsheetImport = () =>
  applyDecorators(
    AcceptsBody(...JSON_MEDIA_TYPES, ...SPREADSHEET_MEDIA_TYPES),
    UseInterceptors(BudgetSpreadsheetInterceptor),
    ApiConsumes('application/json', ...SPREADSHEET_MEDIA_TYPES),
    ApiQuery({
      name: 'year',
      required: false,
      description: 'with a CSV or XLSX body (columns code,name,kind,amount): the year, e.g. 2017/18',
    }),
    ApiQuery({ name: 'reason', required: false, description: 'with a CSV or XLSX body: why, recorded with the events' }),
    ApiQuery({
      name: 'dryRun',
      required: false,
      description: 'true: answer 200 with the events that would be recorded, and record nothing',
    }),
  );

/** `?dryRun=true|false`; anything else is refused rather than taken as a real write. */
export function parseDryRun(value: unknown): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InvalidInputError('dryRun', 'must be true or false');
}
