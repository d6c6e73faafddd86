import { Controller, Get, Param, Query } from '@nestjs/common';
import { Exportable } from '../../exports/http/exportable';
import { preceptOptionsExport } from '../../exports/tables/precept-options-export';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access } from '../../auth/access.decorator';
import { parseAsOf } from '../../http/as-of';
import { parseScenarioParam } from '../../planning/scenario-param';
import { parsePreceptOptionsAsked } from './precept-options-request';
import { GetPreceptOptionsQuery, type PreceptOptionsAnswer } from './precept-options.query';

@ApiTags('precept')
@Controller('forces/:force/precept-options')
export class PreceptOptionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('force.read', 'params', ['query:scenario'])
  @Exportable(preceptOptionsExport, { sourcesOnRequest: true })
  @ApiOperation({
    summary:
      'Precept options for a year: a freeze, a % rise, a £ rise, the Band D recorded, and the largest rise without a referendum – each with bands A–H, the change, income, income above a freeze, the referendum test and the MTFP gap',
  })
  @ApiQuery({
    name: 'year',
    required: false,
    description: 'e.g. 2017/18 (default: the first year of the plan with no approved precept; the answer says so in yearChosen)',
  })
  @ApiQuery({ name: 'percentageRise', required: false, description: 'a decimal fraction, e.g. 0.0199 for 1.99 %' })
  @ApiQuery({ name: 'poundRise', required: false, description: 'pounds and pence, e.g. 5.00' })
  @ApiQuery({
    name: 'groups',
    required: false,
    description:
      'a what-if: groups of PCCs to try as if this PCC belonged to them, e.g. "lowest-quartile PCCs" (repeat or separate with commas); each must have a principle recorded for the year (else 400). The groups the PCC is recorded in (reference data) apply without it',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO time or global position' })
  @ApiQuery({
    name: 'scenario',
    required: false,
    description: "a scenario id: options on the scenario's plan, its precept strategy included",
  })
  get(
    @Param('force') force: string,
    @Query('year') year?: unknown,
    @Query('percentageRise') percentageRise?: unknown,
    @Query('poundRise') poundRise?: unknown,
    @Query('groups') groups?: unknown,
    @Query('asOf') asOf?: unknown,
    @Query('scenario') scenario?: unknown,
  ): Promise<PreceptOptionsAnswer> {
    const request = parsePreceptOptionsAsked({ year, percentageRise, poundRise, groups });
    return this.queries.execute(new GetPreceptOptionsQuery(force, request, parseAsOf(asOf), parseScenarioParam(scenario)));
  }
}
