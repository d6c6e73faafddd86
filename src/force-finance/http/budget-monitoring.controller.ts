import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { RecordForecastOutturnDto } from './record-forecast-outturn.dto';
import { RecordOutturnDto, type MonitoredItemDto, type MonitoredLineDto } from './record-outturn.dto';

/** Budget monitoring: the forecast outturn during a year and the actual at its end, compared in the MTFP with the plan. */
@ApiTags('force finance')
@Controller('forces/:force')
export class BudgetMonitoringController {
  constructor(private readonly commands: CommandBus) {}

  @Post('forecast-outturns')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      "Record a year's forecast outturn by budget line (and item) as at a monitoring month; a later forecast supersedes it, the actual ends it",
  })
  async recordForecast(
    @Param('force') force: string,
    @Body() dto: RecordForecastOutturnDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, asAtMonth } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'RecordForecastOutturn', year, asAtMonth, ...monitored(dto) }, ctx),
    );
    return writeResponse(res, result);
  }

  @Post('outturns')
  @Access('force.finance.write')
  @ApiOperation({
    summary: "Record a year's actual outturn by budget line (and item): it supersedes that year's forecasts, never the plan",
  })
  async recordOutturn(
    @Param('force') force: string,
    @Body() dto: RecordOutturnDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'RecordOutturn', year: dto.year, ...monitored(dto) }, ctx),
    );
    return writeResponse(res, result);
  }
}

function monitored(dto: { lines: MonitoredLineDto[]; items?: MonitoredItemDto[] }) {
  return {
    lines: dto.lines.map(({ code, amount }) => ({ code, amount })),
    ...(dto.items === undefined ? {} : { items: dto.items.map(({ itemId, amount }) => ({ itemId, amount })) }),
  };
}
