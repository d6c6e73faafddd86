import { spec } from '../../test/support/decider-spec';
import { ConflictError, InvalidInputError, RuleViolationError } from '../common/errors';
import type { RecordStressTestRun } from './stress-test-runs.commands';
import { stressTestRunsDecider } from './stress-test-runs.decider';
import type { StressTestRun } from './stress-test-runs.events';

const record: RecordStressTestRun = {
  type: 'RecordStressTestRun',
  runId: 'run-1',
  force: 'herts',
  from: '2016/17',
  years: 4,
  parameters: { distributions: { payAward: { kind: 'triangular', min: '0.010', mode: '0.02', max: '0.0350' } }, seed: 42 },
  position: '1234',
};
const recorded: StressTestRun = {
  type: 'StressTestRun.v1',
  data: {
    runId: 'run-1',
    force: 'herts',
    from: '2016/17',
    years: 4,
    parameters: {
      distributions: { payAward: { kind: 'triangular', min: '0.01', mode: '0.02', max: '0.035' } },
      byYear: {},
      paths: 10_000,
      seed: 42,
    },
    position: '1234',
  },
};

describe('stress test runs decider', () => {
  it('records a run with its parameters normalised and defaults filled in, so it can be re-run exactly', () => {
    spec(stressTestRunsDecider).given([]).when(record).then([recorded]);
  });

  it('refuses parameters a run would refuse, recording nothing', () => {
    spec(stressTestRunsDecider)
      .given([])
      .when({ ...record, parameters: { distributions: { grantChange: { kind: 'normal', mean: '0', sd: '-0.01' } }, seed: 1 } })
      .thenThrows(RuleViolationError, /standard deviation cannot be negative/);
    spec(stressTestRunsDecider)
      .given([])
      .when({ ...record, parameters: { ...record.parameters, paths: 250_000 } })
      .thenThrows(InvalidInputError, /100,000/);
  });

  it('refuses a run id already recorded', () => {
    spec(stressTestRunsDecider)
      .given([recorded])
      .when(record)
      .thenThrows(ConflictError, /already recorded/);
  });

  it('folds runs into a list that cites their events', () => {
    const facts = stressTestRunsDecider.evolve(stressTestRunsDecider.initialState(), recorded, {
      id: 'e1',
      streamId: 'stress-tests-herts',
      revision: '0',
      position: '1235',
      recordedAt: '2017-02-01T18:00:00.000Z',
      type: recorded.type,
    });
    expect(facts.runs).toEqual([{ ...recorded.data, scenarioId: null, recordedAt: '2017-02-01T18:00:00.000Z', sources: ['e1'] }]);
  });
});
