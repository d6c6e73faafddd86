import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { requireAlliance } from '../../collaboration/http/require-alliance';
import { Plans, type ScenarioLookup } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { scenarioNote, type ScenarioNote } from '../../planning/scenario-param';
import { benefitsRealisation } from '../benefits-realisation';
import { asAtDate } from '../year-closure';
import { benefitsRealisationToJson, type AllianceBenefitsJson } from '../benefits-realisation.to-json';
import type { RagThresholds } from '../rag-thresholds';

export class BenefitsRealisationQuery {
  constructor(
    readonly allianceCode: string,
    /** A what-if; undefined for the board's thresholds (or the default). */
    readonly thresholds: RagThresholds | undefined,
    readonly asAt: AsAt,
    /** Looked for in the caller's force (see scenarioLookupOf). */
    readonly scenario?: ScenarioLookup,
  ) {}
}

/** Only under a scenario does the answer say which (its savings slippage shows as forecast revisions). */
export type BenefitsRealisationAnswer = AllianceBenefitsJson & { asAt: { position: string | null }; scenario?: ScenarioNote };

@QueryHandler(BenefitsRealisationQuery)
export class BenefitsRealisationHandler implements IQueryHandler<BenefitsRealisationQuery, BenefitsRealisationAnswer> {
  constructor(private readonly plans: Plans) {}

  async execute(query: BenefitsRealisationQuery): Promise<BenefitsRealisationAnswer> {
    const { reader, position, scenario } = await this.plans.at(query.asAt, query.scenario);
    const alliance = requireAlliance(reader, query.allianceCode);
    // Members' parts follow the programme's unit shares, which may be by net revenue budgets.
    const report = benefitsRealisationToJson(
      benefitsRealisation(alliance, {
        ...(query.thresholds ? { thresholds: query.thresholds } : {}),
        nre: reader.nreForShareBases([alliance]),
        asAt: asAtDate(query.asAt),
      }),
    );
    return { ...report, asAt: { position }, ...scenarioNote(scenario) };
  }
}
