import { Controller, Get, Param, Query } from '@nestjs/common';
import { Exportable } from '../../exports/http/exportable';
import { benefitsRealisationExport } from '../../exports/tables/benefits-realisation-export';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseAsOf } from '../../http/as-of';
import { ragThresholds } from '../rag-thresholds';
import { BenefitsRealisationQuery, type BenefitsRealisationAnswer } from './benefits-realisation.query';
import { BenefitsRealisationQueryDto } from './benefits-realisation-query.dto';
import { Access } from '../../auth/access.decorator';
import type { Principal } from '../../auth/principal';
import { Caller } from '../../http/caller.decorator';
import { scenarioLookupOf } from '../../planning/scenario-param';

@ApiTags('collaboration')
@Controller('alliances/:alliance/benefits-realisation')
export class BenefitsRealisationController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Access('alliance.read', 'params', ['query:scenario'])
  @Exportable(benefitsRealisationExport, { sourcesOnRequest: true })
  @ApiOperation({
    summary:
      "Benefits realisation for the alliance board: per programme and year, planned, forecast, realised, variance, delivery and RAG (by the board's thresholds; 'no_outturn' for a year ended with nothing realised), cumulative figures and the effect on each year's budgets, revisions with reasons, and each member's part",
  })
  report(
    @Param('alliance') alliance: string,
    @Query() query: BenefitsRealisationQueryDto,
    @Caller() caller: Principal,
  ): Promise<BenefitsRealisationAnswer> {
    return this.queries.execute(
      new BenefitsRealisationQuery(
        alliance,
        // The board's thresholds apply; `green`/`amber` only as an explicit what-if.
        query.green === undefined && query.amber === undefined ? undefined : ragThresholds({ green: query.green, amber: query.amber }),
        parseAsOf(query.asOf),
        scenarioLookupOf(caller, query),
      ),
    );
  }
}
