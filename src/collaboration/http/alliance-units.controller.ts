import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { AllianceCommandMessage } from './alliance-command.message';
import type { AllianceRequest } from './to-command';
import { EstablishUnitDto } from './establish-unit.dto';
import { SetCostShareBasisDto } from './set-cost-share-basis.dto';
import { SetUnitBudgetDto } from './set-unit-budget.dto';
import { Access } from '../../auth/access.decorator';
import { establishUnit, fixUnitShares, setCostShareBasis, setUnitBudget } from './to-command';
import { FixUnitSharesDto } from './fix-unit-shares.dto';
import { RecordUnitOutturnDto } from './board-figures.dto';
import { recordUnitOutturn } from './board-figures.to-command';

@ApiTags('collaboration')
@Controller('alliances/:alliance/units')
export class AllianceUnitsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('alliance.write')
  @ApiOperation({ summary: 'Establish a joint unit led by a member force' })
  async establish(
    @Param('alliance') alliance: string,
    @Body() dto: EstablishUnitDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.run(establishUnit(alliance, dto), ctx);
    return writeResponse(res, result);
  }

  @Post(':unit/cost-shares')
  @Access('alliance.write')
  @ApiOperation({
    summary: "How a unit's cost is shared from a year: fixed shares, net revenue budgets of a year, population, headcount or usage",
  })
  async setCostShareBasis(
    @Param('alliance') alliance: string,
    @Param('unit') unit: string,
    @Body() dto: SetCostShareBasisDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.run(setCostShareBasis(alliance, unit, dto), ctx);
    return writeResponse(res, result);
  }

  @Post(':unit/budgets')
  @Access('alliance.write')
  @ApiOperation({ summary: "A unit's budget for a year" })
  async setBudget(
    @Param('alliance') alliance: string,
    @Param('unit') unit: string,
    @Body() dto: SetUnitBudgetDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.run(setUnitBudget(alliance, unit, dto), ctx);
    return writeResponse(res, result);
  }

  @Post(':unit/shares')
  @Access('alliance.write')
  @ApiOperation({
    summary:
      "Re-set a unit's shares for a year from members' net revenue budgets as they stand now (shares on that basis are otherwise fixed when the budget or basis is set)",
  })
  async fixShares(
    @Param('alliance') alliance: string,
    @Param('unit') unit: string,
    @Body() dto: FixUnitSharesDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.run(fixUnitShares(alliance, unit, dto), ctx);
    return writeResponse(res, result);
  }

  @Post(':unit/outturns')
  @Access('alliance.write')
  @ApiOperation({
    summary: 'What a unit actually spent in a year (recording a year again replaces it); collaboration shares set it against the budget',
  })
  async recordOutturn(
    @Param('alliance') alliance: string,
    @Param('unit') unit: string,
    @Body() dto: RecordUnitOutturnDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(recordUnitOutturn(alliance, unit, dto), ctx));
  }

  private run(command: AllianceRequest, ctx: WriteContext): Promise<WriteResult> {
    return this.commands.execute<AllianceCommandMessage, WriteResult>(new AllianceCommandMessage(command, ctx));
  }
}
