import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { allianceListEntry, type AllianceListEntryJson } from './alliance-summary';
import { formedAlliances } from './require-alliance';

export class ListAlliancesQuery {
  constructor(readonly asAt: AsAt) {}
}

@QueryHandler(ListAlliancesQuery)
export class ListAlliancesHandler implements IQueryHandler<ListAlliancesQuery, AllianceListEntryJson[]> {
  constructor(private readonly plans: Plans) {}

  async execute(query: ListAlliancesQuery): Promise<AllianceListEntryJson[]> {
    const { reader } = await this.plans.at(query.asAt);
    return formedAlliances(reader).map(allianceListEntry);
  }
}
