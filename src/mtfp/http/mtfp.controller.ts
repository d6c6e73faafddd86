import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access } from '../../auth/access.decorator';
import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Exportable } from '../../exports/http/exportable';
import { mtfpExport } from '../../exports/tables/mtfp-export';
import { parseAsOf } from '../../http/as-of';
import { parseScenarioParam } from '../../planning/scenario-param';
import { parseMtfpRange } from '../mtfp-range';
import { ExplainMtfpQuery, GetMtfpQuery, type MtfpAnswer, type MtfpExplanation } from './mtfp.queries';

/**
 * A force's medium-term financial plan. Every figure comes from recorded events: with
 * `?include=sources` each carries `sources`, the ids of those events, so the plan can be
 * checked line by line (left out by default: they are most of the answer's bytes);
 * /mtfp/explain turns them into the decisions themselves (what was recorded, by whom, when and
 * why) for one line at a time.
 */
@ApiTags('mtfp')
@Controller('forces/:force/mtfp')
export class MtfpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('force.read', 'params', ['query:scenario'])
  @Exportable(mtfpExport, { sourcesOnRequest: true })
  @ApiOperation({
    summary: "The force's MTFP year by year: expenditure, income, NRE, funding, gap, reserve use, savings still to identify, reserves",
  })
  @ApiQuery({ name: 'from', required: false, description: 'First year, e.g. 2016/17 (default: the first year of the plan period)' })
  @ApiQuery({ name: 'years', required: false, description: '1 to 20 (default: to the end of the plan period)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position: the plan as it stood then' })
  @ApiQuery({ name: 'scenario', required: false, description: 'a scenario id: the plan under that scenario' })
  get(
    @Param('force') force: string,
    @Query('from') from?: unknown,
    @Query('years') years?: unknown,
    @Query('asOf') asOf?: unknown,
    @Query('scenario') scenario?: unknown,
  ): Promise<MtfpAnswer> {
    return this.queries.execute(new GetMtfpQuery(force, parseMtfpRange(from, years), parseAsOf(asOf), parseScenarioParam(scenario)));
  }

  @Get('explain')
  @Access('force.read', 'params', ['query:scenario'])
  @ApiOperation({
    summary:
      'Where an MTFP figure comes from: without `line`, every line of the year; with it, the figure and the recorded events behind it',
  })
  @ApiQuery({ name: 'year', required: true, description: 'e.g. 2019/20' })
  @ApiQuery({ name: 'line', required: false, description: 'e.g. gap, funding/precept/income, reserves/budget-support/closing' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  @ApiQuery({ name: 'scenario', required: false, description: 'a scenario id: explain the figure under that scenario' })
  explain(
    @Param('force') force: string,
    @Query('year') year?: unknown,
    @Query('line') line?: unknown,
    @Query('asOf') asOf?: unknown,
    @Query('scenario') scenario?: unknown,
  ): Promise<MtfpExplanation> {
    if (line !== undefined && (typeof line !== 'string' || line.length === 0 || line.length > 300)) {
      throw new InvalidInputError('line', 'must be one line of the MTFP, e.g. "gap" or "reserves/budget-support/closing"');
    }
    return this.queries.execute(
      new ExplainMtfpQuery(force, FinancialYear.parse(year, 'year'), line, parseAsOf(asOf), parseScenarioParam(scenario)),
    );
  }
}
