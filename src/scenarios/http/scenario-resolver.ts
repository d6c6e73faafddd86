import { Injectable } from '@nestjs/common';
import type { ScenarioReadScope, ScenarioResolver, ScenarioStreamScope } from '../../auth/access-readers';
import type { Principal } from '../../auth/principal';
import { Plans } from '../../planning/plans.service';
import { noSuchScenario } from '../scenario-lookup';
import { scenarioScopeOf } from '../scenario-scope';
import { legacyScenarioStreamId, parseScenarioStreamId } from '../scenario.stream';

/** What access needs to know about scenarios (registered with AuthModule by the app). */
@Injectable()
export class ScenarioAccessResolver implements ScenarioResolver {
  constructor(private readonly plans: Plans) {}

  scopeOf(caller: Pick<Principal, 'role' | 'force'>, requestedForce?: string): ScenarioReadScope {
    return scenarioScopeOf(caller, requestedForce);
  }

  async forceOf(id: string, scope: ScenarioReadScope): Promise<{ force?: string }> {
    const found = await this.plans.scenario({ id, scope });
    if (!found) throw noSuchScenario(id);
    return found.facts.force ? { force: found.facts.force } : {};
  }

  async streamScope(stream: string): Promise<ScenarioStreamScope | null> {
    const name = parseScenarioStreamId(stream);
    if (!name) return null;
    if (name.kind === 'force-scoped') return { kind: 'force-scoped', force: name.force };
    const scenario = await this.plans.scenarioOnStream(legacyScenarioStreamId(name.scenarioId));
    return { kind: 'legacy', scenario: scenario ?? null };
  }

  noSuchScenario(id: string): Error {
    return noSuchScenario(id);
  }
}
