import { spec } from '../../../test/support/decider-spec';
import { ConflictError, InvalidInputError, RuleViolationError } from '../../common/errors';
import { create, created, parentFacts, scenarioRequests } from '../../../test/fixtures/scenario-commands.fixture';

describe('scenario decider: creating a scenario', () => {
  it('branches from the baseline', () => {
    spec(scenarioRequests)
      .given([])
      .when(create({ description: '  What if pay rises faster  ', force: 'herts' }))
      .then([
        {
          type: 'ScenarioCreated.v1',
          data: {
            scenarioId: 'pay-pressure',
            name: 'Pay 3.5 %',
            description: 'What if pay rises faster',
            basedOn: { kind: 'baseline' },
            force: 'herts',
          },
        },
      ]);
  });

  it('branches from the baseline as it stood at a past time (a bare date is the end of that day) or position', () => {
    spec(scenarioRequests)
      .given([])
      .when(create({ asAt: { time: '2017-02-01' } }))
      .then([{ type: 'ScenarioCreated.v1', data: { ...created.data, asAt: { time: '2017-02-01T23:59:59.999Z' } } }]);
    spec(scenarioRequests)
      .given([])
      .when(create({ asAt: { position: '0042' }, latestPosition: '100' }))
      .then([{ type: 'ScenarioCreated.v1', data: { ...created.data, asAt: { position: '42' } } }]);
  });

  it('refuses an asAt in the future, beyond the latest position, or malformed', () => {
    spec(scenarioRequests)
      .given([])
      .when(create({ asAt: { time: '2017-03-02T00:00:00Z' } }))
      .thenThrows(InvalidInputError, /in the future/);
    spec(scenarioRequests)
      .given([])
      .when(create({ asAt: { position: '101' }, latestPosition: '100' }))
      .thenThrows(InvalidInputError, /beyond the latest position/);
    spec(scenarioRequests)
      .given([])
      .when(create({ asAt: { time: 'last February' } }))
      .thenThrows(InvalidInputError, /ISO time/);
    spec(scenarioRequests)
      .given([])
      .when(create({ asAt: { time: '2017-02-01', position: '4' } as never }))
      .thenThrows(InvalidInputError, /either a global position or a time/);
  });

  it('branches from another scenario, which must exist and not be discarded', () => {
    const parent = parentFacts([
      { type: 'ScenarioCreated.v1', data: { scenarioId: 'grant-flat', name: 'Grant flat', basedOn: { kind: 'baseline' } } },
    ]);
    spec(scenarioRequests)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'grant-flat' }, parent }))
      .then([{ type: 'ScenarioCreated.v1', data: { ...created.data, basedOn: { kind: 'scenario', scenarioId: 'grant-flat' } } }]);

    spec(scenarioRequests)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'no-such' }, parent: null }))
      .thenThrows(RuleViolationError, /There is no scenario "no-such" to base "Pay 3.5 %" on/);

    const discarded = parentFacts([
      { type: 'ScenarioCreated.v1', data: { scenarioId: 'grant-flat', name: 'Grant flat', basedOn: { kind: 'baseline' } } },
      { type: 'ScenarioDiscarded.v1', data: {} },
    ]);
    spec(scenarioRequests)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'grant-flat' }, parent: discarded }))
      .thenThrows(RuleViolationError, /"Grant flat" was discarded/);
  });

  it('refuses an asAt on a branch of a scenario: it inherits its root’s baseline', () => {
    const parent = parentFacts([
      { type: 'ScenarioCreated.v1', data: { scenarioId: 'grant-flat', name: 'Grant flat', basedOn: { kind: 'baseline' } } },
    ]);
    spec(scenarioRequests)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'grant-flat' }, parent, asAt: { position: '4' } }))
      .thenThrows(RuleViolationError, /uses the baseline its parent branched from/);
  });

  it('refuses a scenario id that already exists, and malformed ids and names', () => {
    spec(scenarioRequests)
      .given([created])
      .when(create())
      .thenThrows(ConflictError, /already exists/);
    spec(scenarioRequests)
      .given([])
      .when(create({ scenarioId: 'Pay Pressure' }))
      .thenThrows(InvalidInputError, /scenario id/);
    spec(scenarioRequests)
      .given([])
      .when(create({ name: '   ' }))
      .thenThrows(InvalidInputError, /must not be empty/);
  });
});
