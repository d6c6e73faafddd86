import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { AllianceCommandMessage } from './alliance-command.message';
import type { AllianceRequest } from './to-command';
import { AcceptInvitationDto, DeclineInvitationDto } from './answer-invitation.dto';
import { AsOfQueryDto } from '../../http/as-of-query.dto';
import { PendingInvitationsQuery, type PendingInvitationsJson } from './pending-invitations.query';
import { declineInvitation } from './to-command';

/**
 * The force's side of joining an alliance. Answering is the force's decision alone: these
 * endpoints are scoped to the force in the path (its finance team, or an admin), so an
 * alliance board can invite but never accept on a force's behalf. The answer is recorded on
 * the alliance's stream, where it makes the force a member, and shows in both audit trails.
 */
@ApiTags('collaboration')
@Controller('forces/:force/alliance-invitations')
export class ForceAllianceInvitationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Access('force.read')
  @ApiOperation({ summary: 'Invitations to alliances the force has not answered yet' })
  list(@Param('force') force: string, @Query() query: AsOfQueryDto): Promise<PendingInvitationsJson> {
    return this.queries.execute(new PendingInvitationsQuery({ force }, parseAsOf(query.asOf)));
  }

  @Post(':alliance/accept')
  @Access('force.membership.answer')
  @ApiOperation({ summary: "Accept the alliance's invitation: the force becomes a member from the invitation's year" })
  async accept(
    @Param('force') force: string,
    @Param('alliance') alliance: string,
    @Body() _dto: AcceptInvitationDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run({ type: 'AcceptInvitation', allianceCode: alliance, force }, ctx));
  }

  @Post(':alliance/decline')
  @Access('force.membership.answer')
  @ApiOperation({ summary: "Decline the alliance's invitation, saying why" })
  async decline(
    @Param('force') force: string,
    @Param('alliance') alliance: string,
    @Body() dto: DeclineInvitationDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(declineInvitation(alliance, force, dto), ctx));
  }

  private run(command: AllianceRequest, ctx: WriteContext): Promise<WriteResult> {
    return this.commands.execute<AllianceCommandMessage, WriteResult>(new AllianceCommandMessage(command, ctx));
  }
}
