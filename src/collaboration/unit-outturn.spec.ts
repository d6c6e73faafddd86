import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { collaborationShares, collaborationSharesToJson } from './collaboration-shares';

/**
 * A unit's budget against its outturn, worked by hand. bchEvents hold 17 events (@0..16), so
 * the outturns below are alliance-bch@17 onwards. 2016/17 budgets: jps £30m (fixed 0.3 / 0.3 /
 * 0.4), ops £40m (headcount 1000 : 1400 : 1600 = 0.25 : 0.35 : 0.40), org £41m (by NRE).
 */
const outturns: AllianceEvent[] = [
  // @17 jps overspent by a sum that does not split evenly
  { type: 'UnitOutturnRecorded.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000.01' } },
  // @18, @19 ops recorded twice: the later replaces the earlier
  { type: 'UnitOutturnRecorded.v1', data: { unitCode: 'ops', year: '2016/17', amount: '39000000' } },
  { type: 'UnitOutturnRecorded.v1', data: { unitCode: 'ops', year: '2016/17', amount: '38500000.03' } },
];
const json = collaborationSharesToJson(
  collaborationShares(foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...outturns]), '2016/17', bchNre),
);
const unit = (code: string) => json.units.find((u) => u.unitCode === code)!;
const outturnParts = (code: string) => Object.fromEntries(unit(code).shares.map((s) => [s.force, s.outturn]));

describe('collaboration shares: unit budget against outturn', () => {
  it('shows the outturn and its variance from budget beside the budget, citing the outturn event', () => {
    // jps: 30,000,000.01 − 30,000,000.00 = +0.01 (overspent)
    expect(unit('jps')).toMatchObject({ budget: '30000000.00', outturn: '30000000.01', variance: '0.01' });
    // ops: the latest outturn 38,500,000.03 − 40,000,000.00 = −1,499,999.97 (underspent)
    expect(unit('ops')).toMatchObject({ budget: '40000000.00', outturn: '38500000.03', variance: '-1499999.97' });
    expect(unit('jps').sources).toContain('alliance-bch@17');
    expect(unit('ops').sources).toContain('alliance-bch@19');
    expect(unit('ops').sources).not.toContain('alliance-bch@18');
  });

  it('splits each outturn between members as the contributions are split, to the penny', () => {
    // jps: 3,000,000,001p × 0.3 / 0.3 / 0.4 = 900,000,000.3 / 900,000,000.3 / 1,200,000,000.4:
    // floors leave 1p for the largest remainder, herts (.4).
    expect(outturnParts('jps')).toEqual({ beds: '9000000.00', cambs: '9000000.00', herts: '12000000.01' });
    // ops: 3,850,000,003p × 0.25 / 0.35 / 0.40 = 962,500,000.75 / 1,347,500,001.05 / 1,540,000,001.2:
    // floors 962,500,000 + 1,347,500,001 + 1,540,000,001 = 3,850,000,002, 1p left: to beds (.75).
    expect(outturnParts('ops')).toEqual({ beds: '9625000.01', cambs: '13475000.01', herts: '15400000.01' });
  });

  it('says a year with no outturn has none (null, not zero), and totals each member over the units that have one', () => {
    expect(unit('org')).toMatchObject({ budget: '41000000.00', outturn: null, variance: null });
    expect(unit('org').shares.map((s) => s.outturn)).toEqual([null, null, null]);
    // beds 9,000,000.00 + 9,625,000.01; cambs 9,000,000.00 + 13,475,000.01; herts 12,000,000.01 + 15,400,000.01
    expect(json.memberTotals.map((t) => [t.force, t.outturn])).toEqual([
      ['beds', '18625000.01'],
      ['cambs', '22475000.01'],
      ['herts', '27400000.02'],
    ]);
    const none = collaborationSharesToJson(collaborationShares(foldWithRefs(allianceDecider, BCH_STREAM, bchEvents), '2016/17', bchNre));
    expect(none.memberTotals.map((t) => t.outturn)).toEqual([null, null, null]);
    expect(none.units.map((u) => [u.outturn, u.variance])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
