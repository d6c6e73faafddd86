import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import type { Sent } from '../../common/sent';
import type { SetPreceptAssumption } from '../force-finance.commands';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { RecordCollectionFundDto } from './record-collection-fund.dto';
import { RecordGrantSettlementDto } from './record-grant-settlement.dto';
import { RecordPreceptDto } from './record-precept.dto';
import { RecordTaxBaseDto } from './record-tax-base.dto';
import { SetPreceptAssumptionDto } from './set-precept-assumption.dto';

/** Where a force's money comes from: grant settlement, tax base, collection fund and precept. */
@ApiTags('force finance')
@Controller('forces/:force')
export class FundingController {
  constructor(private readonly commands: CommandBus) {}

  @Post('funding')
  @Access('force.finance.write')
  @ApiOperation({
    summary: 'Record the grant settlement of a year: core grant, formula grant, legacy council tax grants, other general grants',
  })
  async recordGrantSettlement(
    @Param('force') force: string,
    @Body() dto: RecordGrantSettlementDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, coreGrant, formulaGrant, legacyCouncilTaxGrants, otherGeneralGrants } = dto;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        { type: 'RecordGrantSettlement', year, coreGrant, formulaGrant, legacyCouncilTaxGrants, otherGeneralGrants },
        ctx,
      ),
    );
    return writeResponse(res, result);
  }

  @Post('tax-base')
  @Access('force.precept.write')
  @ApiOperation({ summary: 'Record the tax base of a year in Band D equivalents, optionally by billing authority' })
  async recordTaxBase(
    @Param('force') force: string,
    @Body() dto: RecordTaxBaseDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(
        force,
        {
          type: 'RecordTaxBase',
          year: dto.year,
          bandDEquivalents: dto.bandDEquivalents,
          ...(dto.billingAuthorities
            ? { billingAuthorities: dto.billingAuthorities.map(({ code, name, bandDEquivalents }) => ({ code, name, bandDEquivalents })) }
            : {}),
        },
        ctx,
      ),
    );
    return writeResponse(res, result);
  }

  @Post('collection-fund')
  @Access('force.precept.write')
  @ApiOperation({ summary: 'Record the collection fund surplus (positive) or deficit (negative) of a year' })
  async recordCollectionFund(
    @Param('force') force: string,
    @Body() dto: RecordCollectionFundDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'RecordCollectionFund', year: dto.year, amount: dto.amount }, ctx),
    );
    return writeResponse(res, result);
  }

  @Post('precepts')
  @Access('force.precept.write')
  @ApiOperation({ summary: 'Record the Band D precept of a year as proposed, vetoed (by the panel) or approved' })
  async recordPrecept(
    @Param('force') force: string,
    @Body() dto: RecordPreceptDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'RecordPrecept', year: dto.year, bandD: dto.bandD, status: dto.status }, ctx),
    );
    return writeResponse(res, result);
  }

  @Post('precept-assumptions')
  @Access('force.precept.write')
  @ApiOperation({
    summary:
      "Set the plan's assumption for a year's Band D while its precept is not approved: freeze, percentage, pound or max_without_referendum",
  })
  async setPreceptAssumption(
    @Param('force') force: string,
    @Body() dto: SetPreceptAssumptionDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const { year, kind, rate, amount } = dto;
    // The one mapping (to-command.ts) refuses a rate or amount the kind does not take, naming the field.
    const assumption = { kind, ...(rate !== undefined ? { rate } : {}), ...(amount !== undefined ? { amount } : {}) } as Sent<
      SetPreceptAssumption['assumption']
    >;
    const result = await this.commands.execute(
      new ForceFinanceCommandMessage(force, { type: 'SetPreceptAssumption', year, assumption }, ctx),
    );
    return writeResponse(res, result);
  }
}
