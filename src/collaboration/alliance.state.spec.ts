import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { membershipSources, membersIn } from './alliance.readers';
import { bchFormed, bchUnits, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';

const jps: AllianceEvent = bchUnits[0];

describe('alliance state', () => {
  describe('facts', () => {
    it('are plain JSON that keeps the id and time of every event behind them', () => {
      const events: AllianceEvent[] = [
        bchFormed,
        jps,
        { type: 'MemberJoined.v1', data: { force: 'norfolk', fromYear: '2018/19' } },
        { type: 'MemberLeft.v1', data: { force: 'norfolk', fromYear: '2020/21' } },
        { type: 'SavingsProgrammeStarted.v1', data: { programmeCode: 'p', name: 'P', cashable: true, startYear: '2017/18' } },
        { type: 'SavingsForecastRevised.v1', data: { programmeCode: 'p', year: '2017/18', amount: '5', reason: 'Why' } },
      ];
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, events);
      expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
      expect(facts.source).toBe('alliance-bch@0');
      expect(facts.formedAt).toBe('2016-04-01T00:00:00.000Z');
      expect(facts.members.find((m) => m.force === 'norfolk')?.periods).toEqual([
        { fromYear: '2018/19', untilYear: '2020/21', joinedBy: 'alliance-bch@2', invitedBy: null, leftBy: 'alliance-bch@3' },
      ]);
      expect(membershipSources(facts, '2019/20')).toEqual(['alliance-bch@0', 'alliance-bch@2']);
      expect(membershipSources(facts, '2020/21')).toEqual(['alliance-bch@0', 'alliance-bch@2', 'alliance-bch@3']);
      expect(membersIn(facts, '2019/20')).toEqual(['beds', 'cambs', 'herts', 'norfolk']);
      expect(membersIn(facts, '2020/21')).toEqual(['beds', 'cambs', 'herts']);
      expect(facts.programmes[0].history).toEqual([
        {
          kind: 'forecast_revised',
          year: '2017/18',
          amount: '5',
          reason: 'Why',
          source: 'alliance-bch@5',
          recordedAt: '2016-04-06T00:00:00.000Z',
        },
      ]);
    });
  });
});
