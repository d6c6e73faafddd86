import { Body, Controller, Get, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import { BUDGET_ITEMS_SHEET } from '../../exports/import/plan-input-sheets';
import { PlanInputSpreadsheetImport } from '../../exports/http/plan-input-spreadsheet.interceptor';
import type { IdGenerator } from '../../event-sourcing/ids';
import { ID_GENERATOR } from '../../event-sourcing/tokens';
import type { WriteContext } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { WriteDto } from '../../http/write.dto';
import { forceFinanceStreamId } from '../force-finance.stream';
import { AddBudgetItemDto } from './add-budget-item.dto';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { GetBudgetItemQuery } from './force-finance.queries';
import { newRecordId } from './new-record-id';
import { ReviseBudgetItemDto } from './revise-budget-item.dto';

/**
 * Cost pressures, growth and savings. An item is revised with PATCH (only the fields sent
 * change) and withdrawn with POST .../withdrawal rather than DELETE: a withdrawal is a decision
 * with a reason (sent in the body, which DELETE requests often lose on the way), and the item
 * and its history stay readable afterwards.
 */
@ApiTags('force finance')
@Controller('forces/:force/budget-items')
export class BudgetItemsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post()
  @Access('force.finance.write')
  @PlanInputSpreadsheetImport(BUDGET_ITEMS_SHEET)
  @ApiOperation({
    summary:
      'Add a cost pressure, growth item or saving; the server gives it its itemId (derived from the Idempotency-Key when one is sent)',
  })
  async add(
    @Param('force') force: string,
    @Body() dto: AddBudgetItemDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse & { itemId: string }> {
    const itemId = newRecordId('budget-item', forceFinanceStreamId(force), ctx, this.newId);
    const { kind, fromYear, amount, recurrence, description, inflation, inflationCategory } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        {
          type: 'AddBudgetItem',
          itemId,
          kind,
          fromYear,
          amount,
          recurrence,
          description,
          ...(inflation ? { inflation } : {}),
          ...(inflationCategory ? { inflationCategory } : {}),
        },
        ctx,
      ),
    );
    return { ...writeResponse(res, result, `/forces/${force}/budget-items/${itemId}`), itemId };
  }

  @Patch(':itemId')
  @Access('force.finance.write')
  @ApiOperation({ summary: 'Revise an item: only the fields sent change; a revision that changes nothing records nothing' })
  async revise(
    @Param('force') force: string,
    @Param('itemId') itemId: string,
    @Body() dto: ReviseBudgetItemDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { fromYear, amount, recurrence, description, inflation, inflationCategory } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        {
          type: 'ReviseBudgetItem',
          itemId,
          fromYear,
          amount,
          recurrence,
          description,
          ...(inflation ? { inflation } : {}),
          ...(inflationCategory ? { inflationCategory } : {}),
        },
        ctx,
      ),
    );
    return writeResponse(res, result);
  }

  @Post(':itemId/withdrawal')
  @Access('force.finance.write')
  @ApiOperation({ summary: 'Withdraw an item: it no longer counts in the MTFP, but it and its history stay on record' })
  async withdraw(
    @Param('force') force: string,
    @Param('itemId') itemId: string,
    @Body() _dto: WriteDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, { type: 'WithdrawBudgetItem', itemId }, ctx));
    return writeResponse(res, result);
  }

  @Get(':itemId')
  @Access('force.read')
  @ApiOperation({ summary: 'One budget item as recorded (withdrawn ones too), with the events behind it' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  get(@Param('force') force: string, @Param('itemId') itemId: string, @Query('asOf') asOf?: string) {
    return this.queries.execute(new GetBudgetItemQuery(force, itemId, parseAsOf(asOf)));
  }
}
