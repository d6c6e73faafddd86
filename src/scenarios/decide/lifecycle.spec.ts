import { spec } from '../../../test/support/decider-spec';
import { RuleViolationError } from '../../common/errors';
import type { ScenarioEvent } from '../scenario.events';
import { created, herts, on, scenarioRequests } from '../../../test/fixtures/scenario-commands.fixture';

describe('scenario decider: keeping and discarding', () => {
  const discarded: ScenarioEvent = { type: 'ScenarioDiscarded.v1', data: {} };
  const kept: ScenarioEvent = { type: 'ScenarioKept.v1', data: {} };

  it('keeps a scenario once, and a kept scenario still takes overrides (it remains a branch)', () => {
    spec(scenarioRequests)
      .given([created])
      .when({ type: 'KeepScenario', ...on })
      .then([kept]);
    spec(scenarioRequests)
      .given([created, kept])
      .when({ type: 'KeepScenario', ...on })
      .then([]);
    spec(scenarioRequests)
      .given([created, kept])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18', taxBaseGrowth: '0.005' })
      .then([{ type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', taxBaseGrowth: '0.005' } }]);
  });

  it('discards a scenario once; a discarded scenario takes no overrides and cannot be kept', () => {
    spec(scenarioRequests)
      .given([created])
      .when({ type: 'DiscardScenario', ...on })
      .then([discarded]);
    spec(scenarioRequests)
      .given([created, kept])
      .when({ type: 'DiscardScenario', ...on })
      .then([discarded]);
    spec(scenarioRequests)
      .given([created, discarded])
      .when({ type: 'DiscardScenario', ...on })
      .then([]);
    spec(scenarioRequests)
      .given([created, discarded])
      .when({ type: 'KeepScenario', ...on })
      .thenThrows(RuleViolationError, /discarded and cannot be kept/);
    spec(scenarioRequests)
      .given([created, discarded])
      .when({ type: 'SetPreceptStrategy', ...on, force: herts, year: '2017/18', strategy: { kind: 'freeze' } })
      .thenThrows(RuleViolationError, /discarded: it takes no more overrides/);
  });
});
