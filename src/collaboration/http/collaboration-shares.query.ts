import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Plans, type ScenarioLookup } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { scenarioNote, type ScenarioNote } from '../../planning/scenario-param';
import { collaborationShares, collaborationSharesToJson, type CollaborationSharesJson } from '../collaboration-shares';
import { requireAlliance } from './require-alliance';

export class CollaborationSharesQuery {
  constructor(
    readonly allianceCode: string,
    readonly year: string,
    readonly asAt: AsAt,
    /** Looked for in the caller's force (see scenarioLookupOf). */
    readonly scenario?: ScenarioLookup,
  ) {}
}

/** Only under a scenario does the answer say which. */
export type CollaborationSharesAnswer = CollaborationSharesJson & { asAt: { position: string | null }; scenario?: ScenarioNote };

@QueryHandler(CollaborationSharesQuery)
export class CollaborationSharesHandler implements IQueryHandler<CollaborationSharesQuery, CollaborationSharesAnswer> {
  constructor(private readonly plans: Plans) {}

  async execute(query: CollaborationSharesQuery): Promise<CollaborationSharesAnswer> {
    const { reader, position, scenario } = await this.plans.at(query.asAt, query.scenario);
    const alliance = requireAlliance(reader, query.allianceCode);
    return {
      ...collaborationSharesToJson(collaborationShares(alliance, query.year, reader.nreForShareBases([alliance]))),
      asAt: { position },
      ...scenarioNote(scenario),
    };
  }
}
