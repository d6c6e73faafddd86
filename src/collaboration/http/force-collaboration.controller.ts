import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { Exportable } from '../../exports/http/exportable';
import { forceCollaborationExport } from '../../exports/tables/force-collaboration-export';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { CollaborationCommandMessage } from './collaboration-command.message';
import { ForceCollaborationQuery, type ForceCollaborationAnswer } from './force-collaboration.query';
import { DEFAULT_COLLABORATION_YEARS, ForceCollaborationQueryDto } from './force-collaboration-query.dto';
import { RecordCollaborationSpendDto } from './record-collaboration-spend.dto';
import { Access } from '../../auth/access.decorator';
import { ContributionReplacesDto } from './contribution-replaces.dto';
import { markContributionReplaces, recordCollaborationSpend } from './to-command';

@ApiTags('collaboration')
@Controller('forces/:force')
export class ForceCollaborationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('collaboration-spend')
  @Access('force.collaboration.write')
  @ApiOperation({
    summary: "A force's collaboration spend for a year outside its alliances' joint units, with police or non-police partners",
  })
  async recordSpend(
    @Param('force') force: string,
    @Body() dto: RecordCollaborationSpendDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<CollaborationCommandMessage, WriteResult>(
      new CollaborationCommandMessage(recordCollaborationSpend(force, dto), ctx),
    );
    return writeResponse(res, result);
  }

  @Put('alliances/:alliance/contribution-replaces')
  @Access('force.collaboration.write')
  @ApiOperation({
    summary:
      "Which of the force's own base-budget lines its contribution to the alliance's joint units replaces: its MTFP leaves them out from the first year it contributes (an empty list undoes it)",
  })
  async markContributionReplaces(
    @Param('force') force: string,
    @Param('alliance') alliance: string,
    @Body() dto: ContributionReplacesDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<CollaborationCommandMessage, WriteResult>(
      new CollaborationCommandMessage(markContributionReplaces(force, alliance, dto), ctx),
    );
    return writeResponse(res, result);
  }

  @Get('collaboration')
  @Access('force.collaboration.read', 'params', ['query:scenario'])
  @Exportable(forceCollaborationExport, { sourcesOnRequest: true })
  @ApiOperation({
    summary:
      "A force's collaboration by year: spend with police partners (its unit contributions plus recorded spend) and with non-police partners, each as a share of its NRE, beside the national average",
  })
  collaboration(@Param('force') force: string, @Query() query: ForceCollaborationQueryDto): Promise<ForceCollaborationAnswer> {
    const years = query.years === undefined ? DEFAULT_COLLABORATION_YEARS : Number(query.years);
    return this.queries.execute(new ForceCollaborationQuery(force, query.from, years, parseAsOf(query.asOf), query.scenario));
  }
}
