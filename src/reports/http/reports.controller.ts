import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access } from '../../auth/access.decorator';
import type { Principal } from '../../auth/principal';
import { BenefitsRealisationQueryDto } from '../../benefits-realisation/http/benefits-realisation-query.dto';
import { ragThresholds } from '../../benefits-realisation/rag-thresholds';
import { parseAsOf } from '../../http/as-of';
import { parsePreceptOptionsRequest } from '../../precept/http/precept-options-request';
import { Caller } from '../../http/caller.decorator';
import { parseScenarioParam, scenarioLookupOf } from '../../planning/scenario-param';
import { renderBenefitsReport } from '../benefits-report';
import { renderPreceptReport } from '../precept-report';
import { ReportAnswers } from './report-answers';

/** Set only once the page is made: a refusal keeps the JSON error body and its own type. */
function asHtml(response: FastifyReply, page: string): string {
  response.header('Content-Type', 'text/html; charset=utf-8');
  response.header('Cache-Control', 'no-store');
  return page;
}

/** Printable reports (HTML with print CSS, A4 portrait), read as the JSON answers are, by the same people. */
@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly answers: ReportAnswers) {}

  @Get('forces/:force/precept-report')
  @Access('force.read', 'params', ['query:scenario'])
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      'The precept report for the Police and Crime Panel (HTML, prints on A4 portrait): council tax requirement, Band D and bands A–H a year and a week, the rise, the referendum principle and whether the proposal is within it, the MTFP gap and reserves',
  })
  @ApiQuery({ name: 'year', required: true, description: 'e.g. 2017/18' })
  @ApiQuery({ name: 'poundRise', required: false, description: 'the proposal as a £ rise on Band D (default: the Band D recorded)' })
  @ApiQuery({ name: 'percentageRise', required: false, description: 'the proposal as a % rise, e.g. 0.0199' })
  @ApiQuery({ name: 'groups', required: false, description: 'groups of PCCs this PCC belongs to' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  @ApiQuery({ name: 'scenario', required: false, description: 'a scenario id of the force' })
  async preceptReport(
    @Param('force') force: string,
    @Query('year') year: unknown,
    @Query('percentageRise') percentageRise: unknown,
    @Query('poundRise') poundRise: unknown,
    @Query('groups') groups: unknown,
    @Query('asOf') asOf: unknown,
    @Query('scenario') scenario: unknown,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    const request = parsePreceptOptionsRequest({ year, percentageRise, poundRise, groups });
    const input = await this.answers.precept(force, request, parseAsOf(asOf), parseScenarioParam(scenario));
    return asHtml(response, renderPreceptReport(input));
  }

  @Get('alliances/:alliance/benefits-report')
  @Access('alliance.read', 'params', ['query:scenario'])
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      'The benefits realisation board pack (HTML, prints on A4 portrait): per programme planned, forecast and realised by year with RAG in words and colour, forecast revisions with reasons, totals',
  })
  async benefitsReport(
    @Param('alliance') alliance: string,
    @Query() query: BenefitsRealisationQueryDto,
    @Caller() caller: Principal,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    // The board's thresholds; `green`/`amber` only as an explicit what-if.
    const thresholds =
      query.green === undefined && query.amber === undefined ? undefined : ragThresholds({ green: query.green, amber: query.amber });
    const input = await this.answers.benefits(alliance, thresholds, parseAsOf(query.asOf), scenarioLookupOf(caller, query));
    return asHtml(response, renderBenefitsReport(input));
  }
}
