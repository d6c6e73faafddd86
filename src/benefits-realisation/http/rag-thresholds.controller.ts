import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import { SetRagThresholdsDto } from '../../collaboration/http/board-settings.dto';
import { setRagThresholds } from '../../collaboration/http/board-settings.to-command';
import { AllianceCommandMessage } from '../../collaboration/http/alliance-command.message';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';

/** The board records the RAG thresholds its benefits report uses (an event on the alliance's stream, with its reason). */
@ApiTags('collaboration')
@Controller('alliances/:alliance/rag-thresholds')
export class RagThresholdsController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @Access('alliance.write')
  @ApiOperation({
    summary:
      "The alliance board's RAG thresholds for benefits realisation, as fractions of plan (green at or above, amber at or above, red below), and the board's reason",
  })
  async set(
    @Param('alliance') alliance: string,
    @Body() dto: SetRagThresholdsDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<AllianceCommandMessage, WriteResult>(
      new AllianceCommandMessage(setRagThresholds(alliance, dto), ctx),
    );
    return writeResponse(res, result);
  }
}
