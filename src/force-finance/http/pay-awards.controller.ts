import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { SetPayAwardDto } from './set-pay-award.dto';
import { SetPayOnCostRatesDto } from './set-pay-on-cost-rates.dto';
import { SetEstablishmentDto } from './set-establishment.dto';

/** The pay model: each pay group's award and incremental drift by year, and the employer on-cost rates. */
@ApiTags('force finance')
@Controller('forces/:force')
export class PayAwardsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('pay-awards')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      "Set a pay group's award for a year (officers, staff or pcsos) from a calendar month (default 9, September: 7/12 in the year), with its incremental drift; setting it again replaces it",
  })
  async setPayAward(
    @Param('force') force: string,
    @Body() dto: SetPayAwardDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, group, rate, effectiveMonth, incrementalDrift } = dto;
    const command = {
      type: 'SetPayAward' as const,
      year,
      group,
      rate,
      ...(effectiveMonth !== undefined ? { effectiveMonth } : {}),
      ...(incrementalDrift !== undefined ? { incrementalDrift } : {}),
    };
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, command, ctx));
    return writeResponse(res, result);
  }

  @Post('pay-on-costs')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      "Set employer on-cost rates of pay from a year: the officers' pension scheme, the LGPS (staff, PCSOs) and national insurance; the apprenticeship levy follows its rule. Without them pay lines include their on-costs",
  })
  async setPayOnCostRates(
    @Param('force') force: string,
    @Body() dto: SetPayOnCostRatesDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, officersPension, staffPension, employerNationalInsurance } = dto;
    const command = { type: 'SetPayOnCostRates' as const, year, officersPension, staffPension, employerNationalInsurance };
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, command, ctx));
    return writeResponse(res, result);
  }

  @Post('establishment')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      "Set a pay group's establishment (FTE) for a year, from 1 April until set again; where the base budget's year has one too, the group's pay scales by FTE ÷ base FTE",
  })
  async setEstablishment(
    @Param('force') force: string,
    @Body() dto: SetEstablishmentDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const command = { type: 'SetEstablishment' as const, year: dto.year, group: dto.group, fte: dto.fte };
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, command, ctx));
    return writeResponse(res, result);
  }
}
