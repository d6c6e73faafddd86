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
const movedNre = nreByForceAndYear([
  { force: 'beds', year: '2015/16', nre: '100000000.00' },
  { force: 'cambs', year: '2015/16', nre: '130000000.00' },
  { force: 'herts', year: '2015/16', nre: '200000000.00' },
]);

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

  it("keeps what the NRE does not move when it works a programme out again: its years' savings, running totals and history", () => {
    const first = benefitsRealisation(bch, { nre: bchNre, asAt: AS_AT });
    const after = benefitsRealisation(bch, { nre: movedNre, asAt: AS_AT });
    const [was, now] = [of(first, 'org-p'), of(after, 'org-p')];
    expect(now).not.toBe(was);
    expect(now.years[0].cumulative).toBe(was.years[0].cumulative);
    expect(now.total).toBe(was.total);
    expect(now.realisations).toBe(was.realisations);
    expect([now.years[0].planned, now.years[0].realised]).toEqual([was.years[0].planned, was.years[0].realised]);
    // The members' parts move; back at the first NRE, they are the first parts again, to the penny.
    expect(now.years[0].members.map((m) => m.realised?.toPence())).not.toEqual(was.years[0].members.map((m) => m.realised?.toPence()));
    const back = benefitsRealisation(bch, { nre: bchNre, asAt: AS_AT });
    expect(
      of(back, 'org-p').years[0].members.map((m) => [m.force, m.share?.toFixed(), m.realised?.toPence(), m.budgetEffect?.toPence()]),
    ).toEqual(was.years[0].members.map((m) => [m.force, m.share?.toFixed(), m.realised?.toPence(), m.budgetEffect?.toPence()]));
  });

  it('splits two programmes of one unit by the same shares, and names each programme whose unit the alliance lacks', () => {
    const two = foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...programme('org-a', 'org'), ...programme('org-b', 'org')]);
    const result = benefitsRealisation(two, { nre: movedNre, asAt: AS_AT });
    const shares = (code: string) => of(result, code).years[0].members.map((m) => [m.force, m.share?.toFixed()]);
    expect(shares('org-b')).toEqual(shares('org-a'));
    expect(shares('org-a').map(([, share]) => share?.slice(0, 6))).toEqual(['0.2325', '0.3023', '0.4651']);

    // A programme whose unit is not the alliance's: each says so under its own name.
    const orphans = structuredClone(two);
    for (const p of orphans.programmes) p.unitCode = 'gone';
    const issues = benefitsRealisation(orphans, { nre: movedNre, asAt: AS_AT }).programmes.map((p) => p.years[0].issues[0]);
    expect(issues.find((i) => i.includes('org-a belongs'))).toBeDefined();
    expect(issues.find((i) => i.includes('org-b belongs'))).toBeDefined();
  });
});
