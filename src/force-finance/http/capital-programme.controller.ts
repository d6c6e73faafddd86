import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { RecordCapitalSchemeDto, SetCapitalFinancingAssumptionsDto, WithdrawCapitalSchemeDto } from './record-capital-scheme.dto';

/**
 * The capital programme, a scheme-year at a time, and the assumptions that turn its borrowing into
 * revenue charges. A year's record is withdrawn with POST .../withdrawal, as specific grants are.
 */
@ApiTags('force finance')
@Controller('forces/:force')
export class CapitalProgrammeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('capital-schemes')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      'Record one year of a capital scheme: its cost and funding by source (capital grant, receipts, RCCO, a named reserve, borrowing), adding up to the cost exactly; borrowing needs the asset life for MRP (straight-line from the year after the spend). A later record for the scheme and year revises it',
  })
  async record(
    @Param('force') force: string,
    @Body() dto: RecordCapitalSchemeDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { schemeId, name, year, cost, funding, assetLifeYears } = dto;
    const { capitalGrant, capitalReceipts, revenueContribution, reserves, reserveId, borrowing } = funding;
    const command = {
      type: 'RecordCapitalScheme' as const,
      schemeId,
      name,
      year,
      cost,
      funding: {
        capitalGrant,
        capitalReceipts,
        revenueContribution,
        reserves,
        borrowing,
        ...(reserveId !== undefined ? { reserveId } : {}),
      },
      ...(assetLifeYears !== undefined ? { assetLifeYears } : {}),
    };
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, command, ctx));
    return writeResponse(res, result);
  }

  @Post('capital-schemes/:schemeId/withdrawal')
  @Access('force.finance.write')
  @ApiOperation({ summary: "Withdraw a capital scheme's record for one year: the year then has none" })
  async withdraw(
    @Param('force') force: string,
    @Param('schemeId') schemeId: string,
    @Body() dto: WithdrawCapitalSchemeDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'WithdrawCapitalScheme', schemeId, year: dto.year }, ctx),
    );
    return writeResponse(res, result);
  }

  @Post('capital-financing-assumptions')
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      'Set the interest rate on borrowing taken in a year (fixed for its life; later years without their own carry it) and the MRP method (straight_line: borrowing ÷ asset life, each year from the year after the spend)',
  })
  async setAssumptions(
    @Param('force') force: string,
    @Body() dto: SetCapitalFinancingAssumptionsDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, interestRate, mrpMethod } = dto;
    const command = { type: 'SetCapitalFinancingAssumptions' as const, year, interestRate, mrpMethod };
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, command, ctx));
    return writeResponse(res, result);
  }
}
