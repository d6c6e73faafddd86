import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { Access } from '../../auth/access.decorator';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { ForceCommandMessage } from './force-command.handler';
import { GetForceQuery, ListForcesQuery, type ForceView } from './force.queries';
import { RegisterForceDto, RenameForceDto } from './register-force.dto';

@ApiTags('forces')
@Controller('forces')
export class ForcesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access('forces.register', 'body:code')
  @ApiOperation({ summary: 'Register a police force (admin)' })
  async register(
    @Body() dto: RegisterForceDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<ForceCommandMessage, WriteResult>(
      new ForceCommandMessage({ type: 'RegisterForce', code: dto.code, name: dto.name }, ctx),
    );
    return writeResponse(res, result, `/forces/${dto.code}`);
  }

  @Put(':force/name')
  @Access('forces.register')
  @HttpCode(200)
  @ApiOperation({ summary: "Change a force's name" })
  async rename(
    @Param('force') force: string,
    @Body() dto: RenameForceDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.commands.execute<ForceCommandMessage, WriteResult>(
      new ForceCommandMessage({ type: 'RenameForce', code: force, name: dto.name }, ctx),
    );
    return writeResponse(res, result);
  }

  @Get()
  @Access('directory.read')
  @ApiOperation({ summary: 'List registered forces' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  list(@Query('asOf') asOf?: string): Promise<ForceView[]> {
    return this.queries.execute(new ListForcesQuery(parseAsOf(asOf)));
  }

  @Get(':force')
  @Access('directory.read')
  @ApiOperation({ summary: 'One force' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  get(@Param('force') force: string, @Query('asOf') asOf?: string): Promise<ForceView> {
    return this.queries.execute(new GetForceQuery(force, parseAsOf(asOf)));
  }
}
