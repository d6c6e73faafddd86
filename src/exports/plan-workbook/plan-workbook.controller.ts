import { createHash } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HttpRequest } from '../../http/http-request';
import { Access } from '../../auth/access.decorator';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { IdGenerator } from '../../event-sourcing/ids';
import { toDomainEvent } from '../../event-sourcing/recorded-event';
import { ID_GENERATOR } from '../../event-sourcing/tokens';
import type { WriteResult } from '../../event-sourcing/write-context';
import { forceFinanceDecider } from '../../force-finance/force-finance.decider';
import type { ForceFinanceEvent } from '../../force-finance/force-finance.events';
import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import { forceFinanceStreamId } from '../../force-finance/force-finance.stream';
import { ForceFinanceBatchMessage } from '../../force-finance/http/force-finance-batch.message';
import { newRecordId } from '../../force-finance/http/new-record-id';
import { ForceLookup } from '../../forces/force-lookup';
import { AcceptsBody } from '../../http/accepts-body';
import { writeContextOf } from '../../http/write-context.decorator';
import { writeResponse } from '../../http/write-response';
import { MEDIA_TYPES } from '../formats';
import { UnreadableSpreadsheet } from '../import/read-spreadsheet';
import { parseDryRun, refusal } from '../http/budget-spreadsheet.interceptor';
import { checkedReason } from '../http/checked-rows';
import { planWorkbookChanges } from './plan-workbook-changes';
import { planWorkbookFile, readPlanWorkbook } from './plan-workbook-file';
import { rowRefusals } from '../http/row-refusals';

/**
 * A force's plan inputs as one workbook to take away, edit and bring back: the import records
 * only what changed, as the events the JSON writes would record, all in one append on the
 * force's finance stream (and only if the stream is still at the revision the changes were
 * worked out against).
 */
@ApiTags('spreadsheets')
@Controller('forces/:force/plan-workbook')
export class PlanWorkbookController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly forces: ForceLookup,
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Get()
  @Access('force.read')
  @ApiOperation({
    summary:
      "The force's plan inputs as an XLSX workbook: budget lines, items, assumptions, funding, precepts, reserves, specific grants, capital programme and financing, inflation rates, establishment",
  })
  async download(@Param('force') force: string, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    await this.forces.require(force);
    const { state, revision } = await this.stateOf(force);
    res.header('Content-Type', MEDIA_TYPES.xlsx);
    res.header('Content-Disposition', `attachment; filename="${force}-plan-workbook-rev-${revision}.xlsx"`);
    res.header('ETag', `"${revision}"`);
    return new StreamableFile(await planWorkbookFile(state));
  }

  @Post()
  @Access('force.finance.write')
  @AcceptsBody(MEDIA_TYPES.xlsx)
  @ApiConsumes(MEDIA_TYPES.xlsx)
  @ApiQuery({ name: 'dryRun', required: false, description: 'true: answer 200 with the events that would be recorded, and record nothing' })
  @ApiQuery({ name: 'reason', required: false, description: 'why, recorded with the events' })
  @ApiOperation({ summary: 'Import an edited plan workbook: records only what changed, all or nothing' })
  async upload(
    @Param('force') force: string,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) res: FastifyReply,
    @Query('dryRun') dryRun?: unknown,
  ) {
    const dry = parseDryRun(dryRun);
    const reason = checkedReason(request.query.reason);
    await this.forces.require(force);
    const file = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const read = await readPlanWorkbook(file).catch((error: unknown) => {
      throw error instanceof UnreadableSpreadsheet ? refusal([error.problem]) : error;
    });
    request.body = { workbook: createHash('sha256').update(file).digest('hex'), ...(reason ? { reason } : {}) };
    const ctx = writeContextOf(request);
    const { state, revision } = await this.stateOf(force);
    const stream = forceFinanceStreamId(force);
    const { changes, problems } = planWorkbookChanges(
      state,
      read.rows,
      (record, i) => newRecordId(record, stream, ctx, this.newId, i),
      read.absent,
    );
    const all = [...read.problems, ...problems];
    if (all.length > 0) throw refusal(all);
    const context = { ...ctx, expectedRevision: ctx.expectedRevision ?? BigInt(revision), ...(dry ? { dryRun: true } : {}) };
    let result: WriteResult;
    try {
      result = await this.commands.execute(
        new ForceFinanceBatchMessage(
          force,
          changes.map((c) => c.request),
          context,
        ),
      );
    } catch (error) {
      throw rowRefusals(error, (i) => ({ sheet: changes[i].sheet, row: changes[i].row }), planColumnOf) ?? error;
    }
    if (dry) {
      res.status(200);
      return { dryRun: true, stream: result.stream, revision: result.revision, wouldRecord: result.wouldRecord ?? [] };
    }
    res.status(changes.length === 0 ? 200 : 201);
    return writeResponse(res, result);
  }

  private async stateOf(force: string): Promise<{ state: ForceFinanceState; revision: string }> {
    const recorded = await this.store.readStream(forceFinanceStreamId(force));
    let state = forceFinanceDecider.initialState();
    for (const r of recorded) {
      const { event, ref } = toDomainEvent<ForceFinanceEvent>(r);
      state = forceFinanceDecider.evolve(state, event, ref);
    }
    return { state, revision: recorded.length === 0 ? '-1' : recorded[recorded.length - 1].revision.toString() };
  }
}

/**
 * A refused field as the workbook's column: a capital scheme's "funding.borrowing" is its borrowing
 * column, and funding that does not add up ("funding") is named at the cost it must add up to; an
 * inflation rate's "rates[0].rate" is the rate column.
 */
function planColumnOf(field: string): string {
  if (field === 'funding') return 'cost';
  return field.replace(/^funding\./, '').replace(/^rates\[\d+\]\./, '');
}
