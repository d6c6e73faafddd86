import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { requireAlliance } from '../../collaboration/http/require-alliance';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { benefitsRealisation, benefitsRealisationToJson, type AllianceBenefitsJson } from '../benefits-realisation';
import type { RagThresholds } from '../rag-thresholds';

export class BenefitsRealisationQuery {
  constructor(
    readonly allianceCode: string,
    readonly thresholds: RagThresholds,
    readonly asAt: AsAt,
  ) {}
}

@QueryHandler(BenefitsRealisationQuery)
export class BenefitsRealisationHandler implements IQueryHandler<BenefitsRealisationQuery, AllianceBenefitsJson> {
  constructor(private readonly plans: Plans) {}

  async execute(query: BenefitsRealisationQuery): Promise<AllianceBenefitsJson> {
    const { reader } = await this.plans.at(query.asAt);
    const alliance = requireAlliance(reader, query.allianceCode);
    // Members' parts follow the programme's unit shares, which may be by net revenue budgets.
    return benefitsRealisationToJson(benefitsRealisation(alliance, { thresholds: query.thresholds, nre: reader.nreForShareBases([alliance]) }));
  }
}
