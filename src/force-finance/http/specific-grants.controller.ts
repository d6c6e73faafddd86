import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { RecordSpecificGrantDto, WithdrawSpecificGrantDto } from './record-specific-grant.dto';

/**
 * Specific and ring-fenced grants, one year at a time. A year's record is withdrawn with POST
 * .../withdrawal (a decision with a reason in the body), as budget items are.
 */
@ApiTags('force finance')
@Controller('forces/:force/specific-grants')
export class SpecificGrantsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('force.finance.write')
  @ApiOperation({
    summary:
      'Record one year of a specific or ring-fenced grant, optionally tied to the base-budget line, budget item or pay group’s on-cost (fundsOnCost) it funds (a later record for the same grant and year supersedes)',
  })
  async record(
    @Param('force') force: string,
    @Body() dto: RecordSpecificGrantDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { grantId, name, kind, year, amount, fundsBudgetLine, fundsItem, conditions, fundsOnCost } = dto;
    const command = { type: 'RecordSpecificGrant' as const, grantId, name, kind, year, amount, fundsBudgetLine, fundsItem, conditions };
    const tie = fundsOnCost === undefined ? {} : { fundsOnCost: { group: fundsOnCost.group, onCost: fundsOnCost.onCost } };
    const result = await this.commands.execute(new ForceFinanceCommandMessage(force, { ...command, ...tie }, ctx));
    return writeResponse(res, result);
  }

  @Post(':grantId/withdrawal')
  @Access('force.finance.write')
  @ApiOperation({ summary: "Withdraw a grant's record for one year: the year then has none" })
  async withdraw(
    @Param('force') force: string,
    @Param('grantId') grantId: string,
    @Body() dto: WithdrawSpecificGrantDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'WithdrawSpecificGrant', grantId, year: dto.year }, ctx),
    );
    return writeResponse(res, result);
  }
}
