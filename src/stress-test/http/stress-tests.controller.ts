import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { Exportable } from '../../exports/http/exportable';
import { stressTestExport } from '../../exports/tables/stress-test-export';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { WriteContext } from '../../event-sourcing/write-context';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { RunStressTestDto } from './run-stress-test.dto';
import { RunStressTestMessage, type RunStressTestOutcome } from './stress-test-command.message';
import type { StressTestRunAnswer, StressTestRunJson } from './stress-test-run-json';
import { GetStressTestRunQuery, ListStressTestRunsQuery } from './stress-test.queries';

/**
 * Stress tests of a force's MTFP: a seeded Monte Carlo over the uncertain rates and savings
 * delivery. Each run is recorded with its parameters and the position it read, so it can be
 * shown again, exactly. Running one is modelling (scenario.write); reading runs, scenario.read.
 */
@ApiTags('stress tests')
@Controller('forces/:force/stress-tests')
export class StressTestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access('scenario.write', 'params', ['body:scenario'])
  @ApiOperation({
    summary:
      "Run a stress test on the force's MTFP (optionally under one of its scenarios): per year the 5th/50th/95th percentiles of the gap and each reserve, the probability the general reserve is below its minimum and that usable reserves are exhausted, and the year they run out",
  })
  async run(
    @Param('force') force: string,
    @Body() dto: RunStressTestDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse & StressTestRunAnswer> {
    const { write, run, result } = await this.commands.execute<RunStressTestMessage, RunStressTestOutcome>(
      new RunStressTestMessage(force, dto, ctx),
    );
    return { ...writeResponse(res, write, `/forces/${force}/stress-tests/${run.runId}`), run, result };
  }

  @Get()
  @Access('scenario.read')
  @ApiOperation({ summary: 'The stress tests run on the force, oldest first, with their parameters' })
  list(@Param('force') force: string): Promise<{ force: string; runs: StressTestRunJson[] }> {
    return this.queries.execute(new ListStressTestRunsQuery(force));
  }

  @Get(':run')
  @Access('scenario.read')
  @Exportable(stressTestExport)
  @ApiOperation({
    summary: 'One run and its result, run again from its recorded parameters as at the position it read: the same result it gave',
  })
  get(@Param('force') force: string, @Param('run') run: string): Promise<StressTestRunAnswer> {
    return this.queries.execute(new GetStressTestRunQuery(force, run));
  }
}
