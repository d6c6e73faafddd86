import { Body, Controller, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { AllianceCommandMessage } from './alliance-command.message';
import type { AllianceRequest } from './to-command';
import { RecordProgrammeSavingsDto } from './record-programme-savings.dto';
import { StartSavingsProgrammeDto } from './start-savings-programme.dto';
import { Access } from '../../auth/access.decorator';
import { recordSavings, startSavingsProgramme } from './to-command';
import { SetSavingsRecurrenceDto } from './board-settings.dto';
import { setSavingsRecurrence } from './board-settings.to-command';
import { ExplainSavingsVarianceDto, SetCostsToAchieveDto } from './board-figures.dto';
import { explainSavingsVariance, setCostsToAchieve } from './board-figures.to-command';

@ApiTags('collaboration')
@Controller('alliances/:alliance/programmes')
export class AllianceProgrammesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('alliance.write')
  @ApiOperation({ summary: 'Start a savings programme of the alliance, usually for one unit (whose cost shares then split its savings)' })
  async start(
    @Param('alliance') alliance: string,
    @Body() dto: StartSavingsProgrammeDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.run(startSavingsProgramme(alliance, dto), ctx);
    return writeResponse(res, result);
  }

  @Post(':programme/savings')
  @Access('alliance.write')
  @ApiOperation({
    summary:
      "A programme's saving for a year: planned (the business case), forecast (a revision, with its reason) or realised (with its evidence)",
  })
  async recordSavings(
    @Param('alliance') alliance: string,
    @Param('programme') programme: string,
    @Body() dto: RecordProgrammeSavingsDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(recordSavings(alliance, programme, dto), ctx));
  }

  @Put(':programme/recurrence')
  @Access('alliance.write')
  @ApiOperation({
    summary:
      "Whether the programme's yearly figures are incremental savings that recur in every later year (members' MTFPs carry them) or one-off, and why",
  })
  async setRecurrence(
    @Param('alliance') alliance: string,
    @Param('programme') programme: string,
    @Body() dto: SetSavingsRecurrenceDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(setSavingsRecurrence(alliance, programme, dto), ctx));
  }

  @Post(':programme/costs-to-achieve')
  @Access('alliance.write')
  @ApiOperation({
    summary:
      "A programme's one-off costs to achieve for a year (recording a year again replaces it); benefits realisation nets them off its savings",
  })
  async setCostsToAchieve(
    @Param('alliance') alliance: string,
    @Param('programme') programme: string,
    @Body() dto: SetCostsToAchieveDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(setCostsToAchieve(alliance, programme, dto), ctx));
  }

  @Post(':programme/variance-explanations')
  @Access('alliance.write')
  @ApiOperation({
    summary: "Why a programme's savings for a year differ from plan; a later explanation supersedes, the earlier stay in the audit trail",
  })
  async explainVariance(
    @Param('alliance') alliance: string,
    @Param('programme') programme: string,
    @Body() dto: ExplainSavingsVarianceDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run(explainSavingsVariance(alliance, programme, dto), ctx));
  }

  private run(command: AllianceRequest, ctx: WriteContext): Promise<WriteResult> {
    return this.commands.execute<AllianceCommandMessage, WriteResult>(new AllianceCommandMessage(command, ctx));
  }
}
