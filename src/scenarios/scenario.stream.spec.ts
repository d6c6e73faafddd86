import { legacyScenarioStreamId, parseScenarioStreamId, scenarioStreamId } from './scenario.stream';

describe('scenario stream names', () => {
  it('name the force and the id, and read back unambiguously however many hyphens the id has', () => {
    expect(scenarioStreamId('herts', 'pay-3-5')).toBe('scenario--herts-pay-3-5');
    expect(parseScenarioStreamId('scenario--herts-pay-3-5')).toEqual({ kind: 'force-scoped', force: 'herts', scenarioId: 'pay-3-5' });
    expect(parseScenarioStreamId(scenarioStreamId('beds', 'a--b-'))).toEqual({ kind: 'force-scoped', force: 'beds', scenarioId: 'a--b-' });
  });

  it('never mistake a stream recorded before ids belonged to a force for a new one, nor the other way round', () => {
    // The old stream of id "herts-pay" and the new stream of Herts' "pay" differ.
    expect(legacyScenarioStreamId('herts-pay')).toBe('scenario-herts-pay');
    expect(scenarioStreamId('herts', 'pay')).not.toBe(legacyScenarioStreamId('herts-pay'));
    expect(parseScenarioStreamId('scenario-herts-pay')).toEqual({ kind: 'legacy', scenarioId: 'herts-pay' });
  });

  it('are not read from names that are not scenario streams', () => {
    for (const name of [
      'force-herts',
      'scenario-',
      'scenario--herts',
      'scenario--herts-',
      'scenario--Herts-pay',
      'scenario--h-pay',
      'scenarios-herts-pay',
    ]) {
      expect(parseScenarioStreamId(name)).toBeUndefined();
    }
  });
});
