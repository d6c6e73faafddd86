import { spec } from '../../test/support/decider-spec';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { forceCollaborationRequests } from '../../test/fixtures/collaboration';
import { forceCollaborationStreamId } from './force-collaboration.stream';
import type { ForceCollaborationEvent } from './force-collaboration.events';

const recorded = (year: string, partner: 'police' | 'non_police', amount: string, description: string): ForceCollaborationEvent => ({
  type: 'CollaborationSpendRecorded.v1',
  data: { year, partner, amount, description },
});

describe('force collaboration decider', () => {
  it('records spend with non-police partners for a year', () => {
    spec(forceCollaborationRequests)
      .given([])
      .when({
        type: 'RecordCollaborationSpend',
        force: 'herts',
        year: '2016/17',
        partner: 'non_police',
        amount: '1200000.00',
        description: ' Joint arson investigation with Hertfordshire Fire ',
      })
      .then([recorded('2016/17', 'non_police', '1200000', 'Joint arson investigation with Hertfordshire Fire')]);
  });

  it('refuses an unknown kind of partner, a negative amount and a missing description', () => {
    const herts = { type: 'RecordCollaborationSpend' as const, force: 'herts', year: '2016/17', amount: '1.00', description: 'x' };
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, partner: 'fire' as never })
      .thenThrows(InvalidInputError, /partner/);
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, partner: 'police', amount: '-5.00' })
      .thenThrows(RuleViolationError, /cannot be negative/);
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, partner: 'police', description: '' })
      .thenThrows(InvalidInputError, /description/);
  });

  it('keeps one figure per year and kind of partner: recording again replaces it', () => {
    const stream = forceCollaborationStreamId('herts');
    expect(stream).toBe('force-collaboration-herts');
    const facts = foldWithRefs(forceCollaborationRequests, stream, [
      recorded('2019/20', 'police', '5000000', 'Seven-force procurement and ICT'),
      recorded('2016/17', 'police', '2800000', 'Seven-force procurement and ICT'),
      recorded('2019/20', 'police', '5100000', 'Seven-force procurement and ICT (revised)'),
      recorded('2019/20', 'non_police', '1300000', 'Fire and local authority partnerships'),
    ]);
    expect(facts.spend.map((s) => [s.year, s.partner, s.amount, s.source])).toEqual([
      ['2016/17', 'police', '2800000', 'force-collaboration-herts@1'],
      ['2019/20', 'non_police', '1300000', 'force-collaboration-herts@3'],
      ['2019/20', 'police', '5100000', 'force-collaboration-herts@2'],
    ]);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
