import type { EventRef } from '../event-sourcing/decider';
import { scenarioDecider } from './scenario.decider';
import type { ScenarioEvent } from './scenario.events';
import { created, NOW } from '../../test/fixtures/scenario-commands.fixture';

describe('scenario facts', () => {
  it('merge assumption overrides rate by rate and replace a precept strategy for the same year, keeping event ids as sources', () => {
    const events: ScenarioEvent[] = [
      created,
      { type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.03' } },
      { type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.035', grantChange: '0' } },
      { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'freeze' } } },
      { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' } } },
    ];
    const facts = events.reduce(
      (s, e, i) => scenarioDecider.evolve(s, e, { id: `e${i}`, recordedAt: NOW } as EventRef),
      scenarioDecider.initialState(),
    );
    expect(facts.assumptionOverrides).toEqual([
      { force: 'herts', year: '2017/18', payAward: '0.035', grantChange: '0', sources: ['e1', 'e2'] },
    ]);
    expect(facts.preceptStrategies).toEqual([
      { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' }, sources: ['e4'] },
    ]);
    expect(facts).toMatchObject({ scenarioId: 'pay-pressure', status: 'open', createdAt: NOW, sources: ['e0'] });
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
