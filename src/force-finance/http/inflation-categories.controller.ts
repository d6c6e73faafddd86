import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { SetInflationCategoryRatesDto } from './set-inflation-category-rates.dto';

/** Non-pay inflation by named category: the force's rates per year, which lines and items naming a category move by. */
@ApiTags('force finance')
@Controller('forces/:force')
export class InflationCategoriesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('inflation-category-rates')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      "Set the force's inflation rates by category for a year (energy, fuel, ict_contracts, general_cpi); non-pay lines and items naming a category move by it, and by the plan's non-pay inflation (with a warning) in a year without one. Setting a year again replaces its rates",
  })
  async setRates(
    @Param('force') force: string,
    @Body() dto: SetInflationCategoryRatesDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const rates = dto.rates.map(({ category, rate }) => ({ category, rate }));
    const command = { type: 'SetInflationCategoryRates' as const, year: dto.year, rates };
    return writeResponse(res, await this.commands.execute(new ForceFinanceCommandMessage(force, command, ctx)));
  }
}
