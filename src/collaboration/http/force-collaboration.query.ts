import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FinancialYear } from '../../common/financial-year';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { forceCollaboration, forceCollaborationToJson, type ForceCollaborationJson } from '../force-collaboration-figures';

export class ForceCollaborationQuery {
  constructor(
    readonly force: string,
    readonly from: string,
    readonly years: number,
    readonly asAt: AsAt,
  ) {}
}

/**
 * A force's collaboration year by year. Two NRE tables, on purpose: the force's own NRE from its
 * full MTFP (alliance savings included) is what its spend is a share of; unit shares on a
 * net-revenue-budget basis use members' NRE without alliance savings, exactly as the alliance's
 * collaboration shares do, so the force's contributions here match those.
 */
@QueryHandler(ForceCollaborationQuery)
export class ForceCollaborationHandler implements IQueryHandler<ForceCollaborationQuery, ForceCollaborationJson> {
  constructor(
    private readonly plans: Plans,
    private readonly forces: ForceLookup,
  ) {}

  async execute(query: ForceCollaborationQuery): Promise<ForceCollaborationJson> {
    await this.forces.require(query.force);
    const { reader } = await this.plans.at(query.asAt);
    const years = FinancialYear.range(FinancialYear.parse(query.from, 'from'), query.years).map(String);
    const alliances = reader.alliancesOf(query.force);
    return forceCollaborationToJson(
      forceCollaboration({
        force: query.force,
        years,
        alliances,
        spend: reader.collaborationSpend(query.force),
        averages: reader.collaborationAverages(),
        nre: reader.nreTable([query.force], years, true),
        shareBasisNre: reader.nreForShareBases(alliances),
      }),
    );
  }
}
