import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  UseInterceptors,
  type Type,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HttpRequest } from '../../http/http-request';
import { of, type Observable } from 'rxjs';
import { InvalidInputError } from '../../common/errors';
import { rowRefusals } from './row-refusals';
import type { IdGenerator } from '../../event-sourcing/ids';
import { ID_GENERATOR } from '../../event-sourcing/tokens';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceFinanceBatchMessage } from '../../force-finance/http/force-finance-batch.message';
import { AcceptsBody } from '../../http/accepts-body';
import { JSON_MEDIA_TYPES } from '../../http/body-parsers';
import { writeContextOf } from '../../http/write-context.decorator';
import { writeResponse } from '../../http/write-response';
import type { PlanInputSheet } from '../import/plan-input-sheets';
import { SPREADSHEET_MEDIA_TYPES } from '../import/read-spreadsheet';
import { parseDryRun } from './budget-spreadsheet.interceptor';
import { checkedRows, checkedReason, spreadsheetTypeOf } from './checked-rows';

/**
 * A plan-input write (budget items, assumptions, reserves) with a CSV or XLSX body: every row is
 * checked with the JSON write's own rules, then the rows' commands are recorded on the force's
 * stream in one append – all of them or, when any row is bad or refused, none, with every
 * problem named by sheet, row and column. JSON bodies go to the controller as before.
 */
function planInputInterceptor(sheet: PlanInputSheet): Type<NestInterceptor> {
  @Injectable()
  class PlanInputSpreadsheetInterceptor implements NestInterceptor {
    constructor(
      private readonly commands: CommandBus,
      @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
    ) {}

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<HttpRequest>();
      const type = spreadsheetTypeOf(request);
      const dry = parseDryRun(request.query.dryRun);
      // A JSON write here has no dry run: refused rather than recorded for real.
      if (type === null && dry) throw new InvalidInputError('dryRun', 'is taken here only with a CSV or XLSX body');
      if (type === null) return next.handle();
      const reason = checkedReason(request.query.reason);
      const { sheetName, rows } = await checkedRows(request.body, type, sheet);
      const bodies = rows.map((r) => r.body);
      request.body = { rows: bodies, ...(reason ? { reason } : {}) };
      const ctx = writeContextOf(request);
      const force = String(request.params.force);
      const commands = sheet.toCommands(bodies, force, ctx, this.newId);
      let result: WriteResult;
      try {
        result = await this.commands.execute(new ForceFinanceBatchMessage(force, commands, dry ? { ...ctx, dryRun: true } : ctx));
      } catch (error) {
        throw (
          rowRefusals(
            error,
            (i) => ({ sheet: sheetName, row: rows[i].row }),
            (f) => (sheet.columns.includes(f) ? f : ''),
          ) ?? error
        );
      }
      const res = context.switchToHttp().getResponse<FastifyReply>();
      if (dry) {
        res.status(200);
        return of({ dryRun: true, stream: result.stream, revision: result.revision, wouldRecord: result.wouldRecord ?? [] });
      }
      return of({ ...writeResponse(res, result), ...(sheet.made?.(commands) ?? {}) });
    }
  }
  return PlanInputSpreadsheetInterceptor;
}

/** On a plan-input write: JSON as before, or a CSV or XLSX body of one row a record (see the README, Spreadsheets). */
export const PlanInputSpreadsheetImport = (sheet: PlanInputSheet) =>
  applyDecorators(
    AcceptsBody(...JSON_MEDIA_TYPES, ...SPREADSHEET_MEDIA_TYPES),
    UseInterceptors(planInputInterceptor(sheet)),
    ApiConsumes('application/json', ...SPREADSHEET_MEDIA_TYPES),
    ApiQuery({ name: 'reason', required: false, description: 'with a CSV or XLSX body: why, recorded with the events' }),
    ApiQuery({
      name: 'dryRun',
      required: false,
      description: `with a CSV or XLSX body (columns ${sheet.columns.join(',')}): true answers 200 with the events that would be recorded, and records nothing`,
    }),
  );
