import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { collaborationShares, collaborationSharesToJson, type CollaborationSharesJson } from '../collaboration-shares';
import { requireAlliance } from './require-alliance';

export class CollaborationSharesQuery {
  constructor(
    readonly allianceCode: string,
    readonly year: string,
    readonly asAt: AsAt,
  ) {}
}

@QueryHandler(CollaborationSharesQuery)
export class CollaborationSharesHandler implements IQueryHandler<CollaborationSharesQuery, CollaborationSharesJson> {
  constructor(private readonly plans: Plans) {}

  async execute(query: CollaborationSharesQuery): Promise<CollaborationSharesJson> {
    const { reader } = await this.plans.at(query.asAt);
    const alliance = requireAlliance(reader, query.allianceCode);
    return collaborationSharesToJson(collaborationShares(alliance, query.year, reader.nreForShareBases([alliance])));
  }
}
