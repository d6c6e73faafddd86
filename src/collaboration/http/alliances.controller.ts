import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { Exportable } from '../../exports/http/exportable';
import { collaborationSharesExport } from '../../exports/tables/collaboration-shares-export';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { AllianceCommandMessage } from './alliance-command.message';
import type { AllianceRequest } from './to-command';
import type { AllianceListEntryJson, AllianceSummaryJson } from './alliance-summary';
import { AsOfQueryDto } from '../../http/as-of-query.dto';
import { CollaborationSharesQuery, type CollaborationSharesAnswer } from './collaboration-shares.query';
import { CollaborationSharesQueryDto } from './collaboration-shares-query.dto';
import { FormAllianceDto } from './form-alliance.dto';
import { GetAllianceQuery } from './get-alliance.query';
import { WithdrawInvitationDto } from './answer-invitation.dto';
import { InviteMemberDto } from './invite-member.dto';
import { LeaveAllianceDto } from './leave-alliance.dto';
import { ListAlliancesQuery } from './list-alliances.query';
import { PendingInvitationsQuery, type PendingInvitationsJson } from './pending-invitations.query';
import { Access } from '../../auth/access.decorator';
import type { Principal } from '../../auth/principal';
import { Caller } from '../../http/caller.decorator';
import { scenarioLookupOf } from '../../planning/scenario-param';
import { formAlliance, inviteMember, leaveAlliance } from './to-command';

@ApiTags('collaboration')
@Controller('alliances')
export class AlliancesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access('alliance.form', 'body:code')
  @ApiOperation({
    summary:
      'Form an alliance and invite registered forces, each from its own year; each becomes a member only when its finance team accepts',
  })
  async form(
    @Body() dto: FormAllianceDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(formAlliance(dto), ctx), `/alliances/${dto.code}`);
  }

  @Post(':alliance/invitations')
  @Access('alliance.write')
  @ApiOperation({ summary: 'Invite a registered force to be a member from a year; it becomes one only when its finance team accepts' })
  async invite(
    @Param('alliance') alliance: string,
    @Body() dto: InviteMemberDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(inviteMember(alliance, dto), ctx));
  }

  /** Kept for clients of the time before consent: it invites, exactly as POST /alliances/{alliance}/invitations. */
  @Post(':alliance/members')
  @Access('alliance.write')
  @ApiOperation({ summary: 'Same as POST /alliances/{alliance}/invitations: invites the force, which must accept before it is a member' })
  inviteByMembers(
    @Param('alliance') alliance: string,
    @Body() dto: InviteMemberDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return this.invite(alliance, dto, ctx, res);
  }

  @Post(':alliance/invitations/:force/withdrawal')
  @Access('alliance.write')
  @ApiOperation({ summary: 'Withdraw an invitation the force has not answered' })
  async withdraw(
    @Param('alliance') alliance: string,
    @Param('force') force: string,
    @Body() _dto: WithdrawInvitationDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run({ type: 'WithdrawInvitation', allianceCode: alliance, force }, ctx));
  }

  @Get(':alliance/invitations')
  @Access('alliance.read')
  @ApiOperation({ summary: "The alliance's invitations that no force has answered yet" })
  invitations(@Param('alliance') alliance: string, @Query() query: AsOfQueryDto): Promise<PendingInvitationsJson> {
    return this.queries.execute(new PendingInvitationsQuery({ alliance }, parseAsOf(query.asOf)));
  }

  @Post(':alliance/members/:force/departure')
  @Access('alliance.write')
  @ApiOperation({ summary: 'A member leaves the alliance; fromYear is the first year it is no longer a member' })
  async leave(
    @Param('alliance') alliance: string,
    @Param('force') force: string,
    @Body() dto: LeaveAllianceDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(leaveAlliance(alliance, force, dto), ctx));
  }

  @Get()
  @Access('directory.read')
  @ApiOperation({ summary: 'Every alliance: its members, units and programmes by code' })
  list(@Query() query: AsOfQueryDto): Promise<AllianceListEntryJson[]> {
    return this.queries.execute(new ListAlliancesQuery(parseAsOf(query.asOf)));
  }

  @Get(':alliance')
  @Access('alliance.read')
  @ApiOperation({
    summary: 'One alliance as recorded: members and their years, units with cost-share bases and budgets, savings programmes by year',
  })
  get(@Param('alliance') alliance: string, @Query() query: AsOfQueryDto): Promise<AllianceSummaryJson> {
    return this.queries.execute(new GetAllianceQuery(alliance, parseAsOf(query.asOf)));
  }

  @Get(':alliance/collaboration-shares')
  @Access('alliance.read', 'params', ['query:scenario'])
  @Exportable(collaborationSharesExport, { sourcesOnRequest: true })
  @ApiOperation({
    summary:
      "Each member's exact share of every joint unit in a year and its contribution to the penny (largest remainder), with its total",
  })
  shares(
    @Param('alliance') alliance: string,
    @Query() query: CollaborationSharesQueryDto,
    @Caller() caller: Principal,
  ): Promise<CollaborationSharesAnswer> {
    return this.queries.execute(new CollaborationSharesQuery(alliance, query.year, parseAsOf(query.asOf), scenarioLookupOf(caller, query)));
  }

  private run(command: AllianceRequest, ctx: WriteContext): Promise<WriteResult> {
    return this.commands.execute<AllianceCommandMessage, WriteResult>(new AllianceCommandMessage(command, ctx));
  }
}
