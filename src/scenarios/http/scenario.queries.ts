import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { mayAccess } from '../../auth/access-rules';
import type { Principal } from '../../auth/principal';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import type { ScenarioLookup } from '../scenario-lookup';
import { scenarioOverridesJson, scenarioSummaryJson, type ScenarioJson, type ScenarioSummaryJson } from './scenario-json';

export class ListScenariosQuery {
  constructor(
    readonly caller: Principal,
    readonly asAt: AsAt,
    readonly force: string | undefined,
  ) {}
}

export interface ScenarioListJson {
  asAt: { position: string | null };
  scenarios: ScenarioSummaryJson[];
}

/** The scenarios the caller may read (those of their force; all for an admin), in id order. */
@QueryHandler(ListScenariosQuery)
export class ListScenariosHandler implements IQueryHandler<ListScenariosQuery, ScenarioListJson> {
  constructor(private readonly plans: Plans) {}

  async execute({ caller, asAt, force }: ListScenariosQuery): Promise<ScenarioListJson> {
    const { reader, factsPosition } = await this.plans.at(asAt);
    const none = { membersOf: () => [], alliancesOf: () => [] };
    const scenarios = reader
      .scenarios()
      .filter(
        (s) => (force === undefined || s.force === force) && mayAccess(caller, 'scenario.read', s.force ? { force: s.force } : {}, none),
      )
      .map(scenarioSummaryJson);
    return { asAt: { position: factsPosition }, scenarios };
  }
}

export class GetScenarioQuery {
  constructor(
    readonly scenario: ScenarioLookup,
    readonly asAt: AsAt,
  ) {}
}

/** One scenario: what it is, its own overrides, what it inherits, and how it applies over the baseline it reads. */
@QueryHandler(GetScenarioQuery)
export class GetScenarioHandler implements IQueryHandler<GetScenarioQuery, ScenarioJson> {
  constructor(private readonly plans: Plans) {}

  async execute({ scenario: lookup, asAt }: GetScenarioQuery): Promise<ScenarioJson> {
    const { position, scenario } = await this.plans.at(asAt, lookup);
    const chain = scenario?.chain ?? [];
    const self = chain[chain.length - 1];
    return {
      ...scenarioSummaryJson(self),
      asAt: { position },
      overrides: scenarioOverridesJson(self),
      inherits: chain.slice(0, -1).map((s) => ({ ...scenarioSummaryJson(s), overrides: scenarioOverridesJson(s) })),
      savingsAdjustments: scenario?.savingsAdjustments ?? [],
      warnings: scenario?.warnings ?? [],
      sources: self.sources,
    };
  }
}
