import { allianceDecider } from '../collaboration/alliance.decider';
import type { AllianceEvent } from '../collaboration/alliance.events';
import { nreByForceAndYear } from '../collaboration/net-revenue-expenditure';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { benefitsRealisation } from './benefits-realisation';
import { ragThresholds } from './rag-thresholds';

/** Two programmes: one of JPS (fixed shares), one of Organisational Support (shared by 2015/16 NRE from 2016/17). */
const programme = (programmeCode: string, unitCode: string): AllianceEvent[] => [
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode, name: programmeCode, unitCode, cashable: true, startYear: '2016/17' },
  },
  { type: 'SavingsPlanned.v1', data: { programmeCode, year: '2016/17', amount: '1000000' } },
  { type: 'SavingsRealised.v1', data: { programmeCode, year: '2016/17', amount: '900000', evidence: 'Outturn' } },
];
const bch = foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...programme('jps-p', 'jps'), ...programme('org-p', 'org')]);
const of = (result: ReturnType<typeof benefitsRealisation>, code: string) => result.programmes.find((p) => p.programmeCode === code)!;
const AS_AT = new Date('2017-06-01T00:00:00Z');

describe("a programme's benefits, kept per alliance facts and the inputs they read", () => {
  it('gives the same programme again for the same facts, thresholds, as-at year ends and NRE', () => {
    const first = benefitsRealisation(bch, { nre: bchNre, asAt: AS_AT });
    const again = benefitsRealisation(bch, { nre: bchNre, asAt: new Date('2017-09-01T00:00:00Z') });
    expect(of(again, 'jps-p')).toBe(of(first, 'jps-p'));
    expect(of(again, 'org-p')).toBe(of(first, 'org-p'));
  });

  it("works out again only the programme whose unit shares by NRE when a member's NRE of the basis year moves", () => {
    const first = benefitsRealisation(bch, { nre: bchNre, asAt: AS_AT });
    const moved = nreByForceAndYear([
      { force: 'beds', year: '2015/16', nre: '100000000.00' },
      { force: 'cambs', year: '2015/16', nre: '130000000.00' },
      { force: 'herts', year: '2015/16', nre: '200000000.00' },
    ]);
    const after = benefitsRealisation(bch, { nre: moved, asAt: AS_AT });
    expect(of(after, 'jps-p')).toBe(of(first, 'jps-p'));
    expect(of(after, 'org-p')).not.toBe(of(first, 'org-p'));
    // £900,000 realised, split 100 / 130 / 200 of 430.
    expect(of(after, 'org-p').members.map((m) => [m.force, m.realised?.toPence()])).toEqual([
      ['beds', '209302.33'],
      ['cambs', '272093.02'],
      ['herts', '418604.65'],
    ]);
  });

  it('works it out again for other thresholds, and when a year has ended by the as-at date that had not before', () => {
    const first = benefitsRealisation(bch, { nre: bchNre, asAt: AS_AT });
    const whatIf = benefitsRealisation(bch, { nre: bchNre, asAt: AS_AT, thresholds: ragThresholds({ green: '0.85', amber: '0.5' }) });
    expect(of(whatIf, 'jps-p')).not.toBe(of(first, 'jps-p'));
    expect([of(whatIf, 'jps-p').years[0].rag, of(first, 'jps-p').years[0].rag]).toEqual(['green', 'amber']);
    const before = benefitsRealisation(bch, { nre: bchNre, asAt: new Date('2017-03-01T00:00:00Z') });
    expect(of(before, 'jps-p')).not.toBe(of(first, 'jps-p'));
    expect([of(before, 'jps-p').years[0].ended, of(first, 'jps-p').years[0].ended]).toEqual([false, true]);
  });
});
