import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import { RESERVES_SHEET } from '../../exports/import/plan-input-sheets';
import { PlanInputSpreadsheetImport } from '../../exports/http/plan-input-spreadsheet.interceptor';
import type { IdGenerator } from '../../event-sourcing/ids';
import { ID_GENERATOR } from '../../event-sourcing/tokens';
import type { WriteContext } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { forceFinanceStreamId } from '../force-finance.stream';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { GetReserveQuery } from './force-finance.queries';
import { newRecordId } from './new-record-id';
import { CategoriseReservePurposeDto } from './categorise-reserve-purpose.dto';
import { OpenReserveDto } from './open-reserve.dto';
import { RecordReserveMovementDto } from './record-reserve-movement.dto';
import { SetMinimumGeneralReserveDto } from './set-minimum-general-reserve.dto';

/** Reserves: opening them, drawdowns and contributions, and the minimum general reserve policy. */
@ApiTags('force finance')
@Controller('forces/:force')
export class ReservesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  @Post('reserves')
  @Access('force.finance.write')
  @PlanInputSpreadsheetImport(RESERVES_SHEET)
  @ApiOperation({ summary: 'Open a reserve under a code you choose (e.g. "budget-support"), with its balance at the start of a year' })
  async open(
    @Param('force') force: string,
    @Body() dto: OpenReserveDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { reserveId, name, kind, openingBalance, asAtYear, purposeCategory } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        {
          type: 'OpenReserve',
          reserveId,
          name,
          kind,
          purpose: dto.purpose ?? '',
          openingBalance,
          asAtYear,
          ...(purposeCategory !== undefined ? { purposeCategory } : {}),
        },
        ctx,
      ),
    );
    return writeResponse(res, result, `/forces/${force}/reserves/${reserveId}`);
  }

  @Post('reserves/:reserve/movements')
  @Access('force.finance.write')
  @ApiOperation({
    summary: 'Record a planned or actual drawdown or contribution; one that would take the reserve below zero in any year is refused',
  })
  async recordMovement(
    @Param('force') force: string,
    @Param('reserve') reserveId: string,
    @Body() dto: RecordReserveMovementDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse & { movementId: string }> {
    const movementId = newRecordId('reserve-movement', forceFinanceStreamId(force), ctx, this.newId);
    const { year, direction, basis, amount, supportsRevenueBudget, description } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        { type: 'RecordReserveMovement', movementId, reserveId, year, direction, basis, amount, supportsRevenueBudget, description },
        ctx,
      ),
    );
    return { ...writeResponse(res, result), movementId };
  }

  @Post('reserves/:reserve/purpose-category')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      'Say what a reserve is for under the Home Office reserves guidance (2018): within_mtfp, beyond_mtfp or contingency; the MTFP groups reserves by it',
  })
  async categorisePurpose(
    @Param('force') force: string,
    @Param('reserve') reserveId: string,
    @Body() dto: CategoriseReservePurposeDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'CategoriseReservePurpose', reserveId, purposeCategory: dto.purposeCategory }, ctx),
    );
    return writeResponse(res, result);
  }

  @Post('minimum-general-reserve')
  @Access('force.finance.write')
  @ApiOperation({ summary: "Set the force's minimum general reserve as a share of NRE; the MTFP flags years below it" })
  async setMinimum(
    @Param('force') force: string,
    @Body() dto: SetMinimumGeneralReserveDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'SetMinimumGeneralReserve', shareOfNre: dto.shareOfNre }, ctx),
    );
    return writeResponse(res, result);
  }

  @Get('reserves/:reserve')
  @Access('force.read')
  @ApiOperation({ summary: 'One reserve: its movements and its balance year by year through the plan period' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  get(@Param('force') force: string, @Param('reserve') reserveId: string, @Query('asOf') asOf?: string) {
    return this.queries.execute(new GetReserveQuery(force, reserveId, parseAsOf(asOf)));
  }
}
