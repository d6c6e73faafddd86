import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { Exportable } from '../../exports/http/exportable';
import { scenarioComparisonExport } from '../../exports/tables/scenario-comparison-export';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../../auth/access.decorator';
import type { Principal } from '../../auth/principal';
import { InvalidInputError } from '../../common/errors';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { FORCE_CODE } from '../../forces/force.decider';
import { parseAsOf } from '../../http/as-of';
import { Write } from '../../http/write-context.decorator';
import { writeResponse, type WriteResponse } from '../../http/write-response';
import { WriteDto } from '../../http/write.dto';
import { parseMtfpRange } from '../../mtfp/mtfp-range';
import { Caller } from '../../http/caller.decorator';
import { CompareScenarioQuery, type ScenarioComparisonJson } from './compare-scenario.query';
import { CreateScenarioDto } from './create-scenario.dto';
import { ScenarioCommandMessage, type ScenarioRequest } from './scenario-command.message';
import type { ScenarioJson } from './scenario-json';
import { ScenarioOverrideDto } from './scenario-override.dto';
import { parseScenarioParam } from '../../planning/scenario-param';
import type { ScenarioScope } from '../scenario-lookup';
import { scenarioScopeOf } from '../scenario-scope';
import { GetScenarioQuery, ListScenariosQuery, type ScenarioListJson } from './scenario.queries';
import { toCreateScenarioRequest } from './to-command';

const FORCE_QUERY = {
  name: 'force',
  required: false,
  description: 'whose scenario: only an admin needs it, when several forces use the id',
};

/** `?force=`, checked: a force code, or absent. */
function forceParam(force: unknown): string | undefined {
  if (force !== undefined && (typeof force !== 'string' || !FORCE_CODE.test(force)))
    throw new InvalidInputError('force', 'must be a force code such as "herts"');
  return force;
}

/** Where the scenario in the URL is looked for: the caller's force, or for an admin `?force=` or every force. */
function scopeOf(caller: Principal, force: unknown): ScenarioScope {
  return scenarioScopeOf(caller, forceParam(force));
}

/**
 * Scenarios: branches of a force's plan. A scenario records only its own overrides, on its own
 * stream; every projection endpoint answers under it with `?scenario=`, and the baseline never
 * changes because it exists. Ids are unique within a force: the scenario in a URL is the
 * caller's force's (an admin's, the `force` asked for). Access follows the scenario's force:
 * its finance team and PCC office write, its readers read.
 */
@ApiTags('scenarios')
@Controller('scenarios')
export class ScenariosController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Access('scenario.write', 'body:force', ['body:basedOn'])
  @ApiOperation({
    summary:
      "A new scenario: a branch of the force's baseline (optionally as it stood at a past moment) or of another scenario, whose overrides it inherits",
  })
  async create(
    @Body() dto: CreateScenarioDto,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WriteResponse> {
    const request = toCreateScenarioRequest(dto);
    // With its force, so the address names it for an admin too, whoever else uses the id.
    return writeResponse(res, await this.run(request, ctx), `/scenarios/${dto.id}?force=${dto.force}`);
  }

  @Post(':scenario/overrides')
  @Access('scenario.write', 'scenario')
  @ApiOperation({
    summary:
      'An override recorded on the scenario, by `kind`: assumptions for a year, a precept strategy for a year, savings slippage of an alliance programme, an extra cost pressure or growth, an extra reserve drawdown',
  })
  @ApiQuery(FORCE_QUERY)
  async override(
    @Param('scenario') scenario: string,
    @Body() dto: ScenarioOverrideDto,
    @Caller() caller: Principal,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
    @Query('force') force?: unknown,
  ): Promise<WriteResponse> {
    const scope = scopeOf(caller, force);
    const result = await this.run({ type: 'Override', scenarioId: scenario, scope, override: dto }, ctx);
    return writeResponse(res, result, `/scenarios/${scenario}${scope.kind === 'force' ? `?force=${scope.force}` : ''}`);
  }

  @Post(':scenario/keep')
  @Access('scenario.write', 'scenario')
  @ApiOperation({ summary: 'Mark the scenario as one to keep; it stays a branch (nothing is copied into the baseline)' })
  @ApiQuery(FORCE_QUERY)
  async keep(
    @Param('scenario') scenario: string,
    @Body() _dto: WriteDto,
    @Caller() caller: Principal,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
    @Query('force') force?: unknown,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run({ type: 'KeepScenario', scenarioId: scenario, scope: scopeOf(caller, force) }, ctx));
  }

  @Post(':scenario/discard')
  @Access('scenario.write', 'scenario')
  @ApiOperation({ summary: 'Throw the scenario away: it takes no more overrides and cannot be branched from, but stays readable' })
  @ApiQuery(FORCE_QUERY)
  async discard(
    @Param('scenario') scenario: string,
    @Body() _dto: WriteDto,
    @Caller() caller: Principal,
    @Write() ctx: WriteContext,
    @Res({ passthrough: true }) res: FastifyReply,
    @Query('force') force?: unknown,
  ): Promise<WriteResponse> {
    return writeResponse(res, await this.run({ type: 'DiscardScenario', scenarioId: scenario, scope: scopeOf(caller, force) }, ctx));
  }

  @Get()
  @Access('directory.read')
  @ApiOperation({ summary: 'The scenarios you may read (those of your force; every one for an admin)' })
  @ApiQuery({ name: 'force', required: false, description: 'only this force’s scenarios' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  list(@Caller() caller: Principal, @Query('force') force?: unknown, @Query('asOf') asOf?: unknown): Promise<ScenarioListJson> {
    return this.queries.execute(new ListScenariosQuery(caller, parseAsOf(asOf), forceParam(force)));
  }

  @Get(':scenario')
  @Access('scenario.read', 'scenario')
  @ApiOperation({ summary: 'One scenario: its own overrides, the scenarios it branches from with theirs, and what applying them does' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  @ApiQuery(FORCE_QUERY)
  get(
    @Param('scenario') scenario: string,
    @Caller() caller: Principal,
    @Query('asOf') asOf?: unknown,
    @Query('force') force?: unknown,
  ): Promise<ScenarioJson> {
    return this.queries.execute(new GetScenarioQuery({ id: scenario, scope: scopeOf(caller, force) }, parseAsOf(asOf)));
  }

  @Get(':scenario/compare')
  @Access('scenario.read', 'scenario', ['query:with'])
  @Exportable(scenarioComparisonExport)
  @ApiOperation({
    summary:
      "The scenario side by side with the baseline or another scenario, per year and line, both values and the difference: the force's MTFP, each year's precept options and its collaboration figures",
  })
  @ApiQuery({ name: 'with', required: false, description: '"baseline" (the default) or another scenario’s id' })
  @ApiQuery({ name: 'from', required: false, description: 'First year, e.g. 2016/17 (default: the first year of the plan period)' })
  @ApiQuery({ name: 'years', required: false, description: '1 to 20 (default: to the end of the plan period)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  @ApiQuery(FORCE_QUERY)
  compare(
    @Param('scenario') scenario: string,
    @Caller() caller: Principal,
    @Query('with') compareWith?: unknown,
    @Query('from') from?: unknown,
    @Query('years') years?: unknown,
    @Query('asOf') asOf?: unknown,
    @Query('force') force?: unknown,
  ): Promise<ScenarioComparisonJson> {
    const other =
      compareWith === undefined || compareWith === '' || compareWith === 'baseline' ? 'baseline' : parseScenarioParam(compareWith, 'with');
    const lookup = { id: scenario, scope: scopeOf(caller, force) };
    return this.queries.execute(new CompareScenarioQuery(lookup, other as string, parseMtfpRange(from, years), parseAsOf(asOf)));
  }

  private run(request: ScenarioRequest, ctx: WriteContext): Promise<WriteResult> {
    return this.commands.execute<ScenarioCommandMessage, WriteResult>(new ScenarioCommandMessage(request, ctx));
  }
}
