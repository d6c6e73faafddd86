import { allianceDecider } from './alliance.decider';
import { allianceContributionLines } from './alliance-contribution-lines';
import type { ContributionReplacementFact } from './force-collaboration.state';
import { nreByForceAndYear } from './net-revenue-expenditure';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';

/** BCH: in 2016/17 Organisational Support shares by 2015/16 NRE, in 2019/20 by 2017/18 NRE; JPS by fixed shares. */
const bch = foldWithRefs(allianceDecider, BCH_STREAM, bchEvents);
const YEARS = ['2016/17', '2019/20'];
const lineOf = (lines: ReturnType<typeof allianceContributionLines>, year: string) => lines.find((l) => l.year === year)!;

describe("a member's contribution lines, kept per alliance facts and the NRE figures they read", () => {
  it('keeps each year’s line while its inputs stand, and works out again only the year whose basis NRE moved', () => {
    const first = allianceContributionLines(bch, 'herts', YEARS, bchNre);
    const again = allianceContributionLines(bch, 'herts', YEARS, bchNre);
    expect(lineOf(again, '2016/17')).toBe(lineOf(first, '2016/17'));
    expect(lineOf(again, '2019/20')).toBe(lineOf(first, '2019/20'));

    // Herts's 2017/18 NRE moves by £10m: only 2019/20's Organisational Support share reads it.
    const moved = nreByForceAndYear([
      ...[...bchNre].flatMap(([force, years]) => [...years].map(([year, nre]) => ({ force, year, nre }))),
      { force: 'herts', year: '2017/18', nre: '170000000.00' },
    ]);
    const after = allianceContributionLines(bch, 'herts', YEARS, moved);
    expect(lineOf(after, '2016/17')).toBe(lineOf(first, '2016/17'));
    expect(lineOf(after, '2019/20')).not.toBe(lineOf(first, '2019/20'));
    const org = (lines: ReturnType<typeof allianceContributionLines>) =>
      lineOf(lines, '2019/20').units.find((u) => u.code === 'org')!.amount;
    // £50m by 160 of 400, then by 170 of 410.
    expect([org(first), org(after)]).toEqual(['20000000', '20731707.32']);
    // Back to the NRE it read first: the same figures again, to the penny.
    expect(allianceContributionLines(bch, 'herts', YEARS, bchNre)).toEqual(first);
  });

  it('works the line out again when the member marks other base-budget lines as replaced', () => {
    const marking = (lineCodes: string[]): ContributionReplacementFact => ({
      allianceCode: 'bch',
      lineCodes,
      reason: 'Joint units',
      source: 'e-1',
      recordedAt: null,
    });
    const one = allianceContributionLines(bch, 'herts', YEARS, bchNre, marking(['POL-01']));
    const other = allianceContributionLines(bch, 'herts', YEARS, bchNre, marking(['POL-02']));
    expect(lineOf(one, '2016/17').replaces?.lineCodes).toEqual(['POL-01']);
    expect(lineOf(other, '2016/17').replaces?.lineCodes).toEqual(['POL-02']);
    expect(lineOf(allianceContributionLines(bch, 'herts', YEARS, bchNre), '2016/17').replaces).toBeUndefined();
  });

  it('keeps each member’s lines apart', () => {
    const herts = allianceContributionLines(bch, 'herts', YEARS, bchNre);
    const beds = allianceContributionLines(bch, 'beds', YEARS, bchNre);
    expect(lineOf(beds, '2016/17')).not.toBe(lineOf(herts, '2016/17'));
    expect(lineOf(beds, '2016/17').units.find((u) => u.code === 'jps')!.amount).toBe('9000000');
    expect(lineOf(herts, '2016/17').units.find((u) => u.code === 'jps')!.amount).toBe('12000000');
  });
});
