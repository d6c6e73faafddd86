import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { CollaborationCommandMessage } from './collaboration-command.message';
import { RecordCollaborationAverageDto } from './record-collaboration-average.dto';
import { Access } from '../../auth/access.decorator';
import { recordNationalCollaborationAverage } from './to-command';

@ApiTags('collaboration')
@Controller('collaboration-averages')
export class CollaborationAveragesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access('reference.write')
  @ApiOperation({
    summary: 'The England and Wales average shares of NRE spent on collaboration in a year, for comparison (reference data)',
  })
  async record(
    @Body() dto: RecordCollaborationAverageDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<CollaborationCommandMessage, WriteResult>(
      new CollaborationCommandMessage(recordNationalCollaborationAverage(dto), ctx),
    );
    return writeResponse(res, result);
  }
}
