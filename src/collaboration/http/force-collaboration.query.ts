import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FinancialYear } from '../../common/financial-year';
import { ForceLookup } from '../../forces/force-lookup';
import type { PlanReader } from '../../planning/plan-reader';
import { inForce, Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { scenarioNote, type ScenarioNote } from '../../planning/scenario-param';
import { forceCollaboration, forceCollaborationToJson, type ForceCollaborationJson } from '../force-collaboration-figures';

export class ForceCollaborationQuery {
  constructor(
    readonly force: string,
    readonly from: string,
    readonly years: number,
    readonly asAt: AsAt,
    readonly scenarioId?: string,
  ) {}
}

/** Only under a scenario does the answer say which. */
export type ForceCollaborationAnswer = ForceCollaborationJson & { asAt: { position: string | null }; scenario?: ScenarioNote };

/**
 * A force's collaboration year by year. Two NRE tables, on purpose: the force's own NRE from its
 * full MTFP (alliance savings included) is what its spend is a share of; unit shares on a
 * net-revenue-budget basis use members' NRE without alliance savings, exactly as the alliance's
 * collaboration shares do, so the force's contributions here match those.
 */
@QueryHandler(ForceCollaborationQuery)
export class ForceCollaborationHandler implements IQueryHandler<ForceCollaborationQuery, ForceCollaborationAnswer> {
  constructor(
    private readonly plans: Plans,
    private readonly forces: ForceLookup,
  ) {}

  async execute(query: ForceCollaborationQuery): Promise<ForceCollaborationAnswer> {
    await this.forces.require(query.force);
    const { reader, position, scenario } = await this.plans.at(query.asAt, inForce(query.force, query.scenarioId));
    const years = FinancialYear.range(FinancialYear.parse(query.from, 'from'), query.years).map(String);
    return { ...forceCollaborationFrom(reader, query.force, years), asAt: { position }, ...scenarioNote(scenario) };
  }
}

/** The force's collaboration figures as the plan `reader` reads it (the baseline's or a scenario's). */
export function forceCollaborationFrom(reader: PlanReader, force: string, years: string[]): ForceCollaborationJson {
  const alliances = reader.alliancesOf(force);
  return forceCollaborationToJson(
    forceCollaboration({
      force,
      years,
      alliances,
      spend: reader.collaborationSpend(force),
      averages: reader.collaborationAverages(),
      nre: reader.nreTable([force], years, true),
      shareBasisNre: reader.nreForShareBases(alliances),
    }),
  );
}
