import { Body, Controller, Get, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import { FinancialYear } from '../../common/financial-year';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ALL_PCCS } from '../referendum-principle';
import { ReferendumPrinciplesCommandMessage } from './referendum-principles-command.message';
import { ListReferendumPrinciplesQuery, type ReferendumPrinciplesAnswer } from './referendum-principles.query';
import { SetReferendumGroupMembersDto } from './set-referendum-group-members.dto';
import { SetReferendumPrincipleDto } from './set-referendum-principle.dto';
import { WithdrawReferendumPrincipleDto } from './withdraw-referendum-principle.dto';

/** Referendum principles for police precepts (England): national reference data on the stream reference-referendum-principles. */
@ApiTags('reference data')
@Controller('referendum-principles')
export class ReferendumPrinciplesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access('reference.write')
  @ApiOperation({
    summary:
      "Record a year's referendum principle for a group of PCCs; it supersedes the one in force (201), or records nothing if it is the same (200)",
  })
  async set(
    @Body() dto: SetReferendumPrincipleDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const limit =
      dto.limit.kind === 'percentage'
        ? { kind: 'percentage' as const, rate: dto.limit.rate as string }
        : { kind: 'amount' as const, amount: dto.limit.amount as string };
    // The published convention: a % limit must not be reached, a £ limit may be.
    const comparison = dto.comparison ?? (limit.kind === 'percentage' ? 'less_than' : 'up_to_and_including');
    const result = await this.commands.execute(
      new ReferendumPrinciplesCommandMessage(
        { type: 'SetReferendumPrinciple', year: dto.year, limit, comparison, appliesTo: dto.appliesTo ?? ALL_PCCS, note: dto.note },
        ctx,
      ),
    );
    return this.answer(res, result, `/referendum-principles?year=${dto.year}`);
  }

  @Post('withdrawal')
  @Access('reference.write')
  @ApiOperation({ summary: 'Withdraw the principle in force for a year and group of PCCs (one recorded in error)' })
  async withdraw(
    @Body() dto: WithdrawReferendumPrincipleDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ReferendumPrinciplesCommandMessage({ type: 'WithdrawReferendumPrinciple', year: dto.year, appliesTo: dto.appliesTo }, ctx),
    );
    return this.answer(res, result);
  }

  @Post('members')
  @Access('reference.write')
  @ApiOperation({
    summary:
      "Record which PCCs (force codes) a year's group principle applies to, e.g. 2017/18 lowest-quartile PCCs: herts; the reason should cite the settlement (201), or 200 if unchanged",
  })
  async setMembers(
    @Body() dto: SetReferendumGroupMembersDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute(
      new ReferendumPrinciplesCommandMessage(
        { type: 'SetReferendumGroupMembers', year: dto.year, appliesTo: dto.appliesTo, forces: dto.forces },
        ctx,
      ),
    );
    return this.answer(res, result, `/referendum-principles?year=${dto.year}`);
  }

  @Get()
  @Access('directory.read')
  @ApiOperation({ summary: 'The principles in force, for one year or all' })
  @ApiQuery({ name: 'year', required: false, description: 'e.g. 2017/18' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  list(@Query('year') year?: unknown, @Query('asOf') asOf?: unknown): Promise<ReferendumPrinciplesAnswer> {
    const wanted = year === undefined || year === '' ? undefined : FinancialYear.parse(year, 'year');
    return this.queries.execute(new ListReferendumPrinciplesQuery(wanted, parseAsOf(asOf)));
  }

  /** 201 when something was recorded; 200 when the principle was already in force and nothing was. */
  private answer(res: FastifyReply, result: WriteResult, location?: string): WriteResponse {
    if (result.events.length === 0) {
      res.status(HttpStatus.OK);
      return writeResponse(res, result);
    }
    return writeResponse(res, result, location);
  }
}
