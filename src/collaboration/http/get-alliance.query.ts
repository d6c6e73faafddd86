import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { allianceSummary, type AllianceSummaryJson } from './alliance-summary';
import { requireAlliance } from './require-alliance';

export class GetAllianceQuery {
  constructor(
    readonly allianceCode: string,
    readonly asAt: AsAt,
  ) {}
}

@QueryHandler(GetAllianceQuery)
export class GetAllianceHandler implements IQueryHandler<GetAllianceQuery, AllianceSummaryJson> {
  constructor(private readonly plans: Plans) {}

  async execute(query: GetAllianceQuery): Promise<AllianceSummaryJson> {
    const { reader } = await this.plans.at(query.asAt);
    return allianceSummary(requireAlliance(reader, query.allianceCode));
  }
}
