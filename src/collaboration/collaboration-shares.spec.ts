import { Dec } from '../common/decimal';
import { Money } from '../common/money';
import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { collaborationShares, collaborationSharesToJson } from './collaboration-shares';
import { nreByForceAndYear } from './net-revenue-expenditure';

const bch = foldWithRefs(allianceDecider, BCH_STREAM, bchEvents);
const unitOf = (shares: ReturnType<typeof collaborationShares>, unitCode: string) => shares.units.find((u) => u.unitCode === unitCode)!;
const contributions = (shares: ReturnType<typeof collaborationShares>, unitCode: string) =>
  Object.fromEntries(unitOf(shares, unitCode).members.map((m) => [m.force, m.contribution?.toPence() ?? null]));

describe('collaboration shares', () => {
  it('splits every unit of BCH in 2016/17 by the basis in force, to the penny', () => {
    const shares = collaborationShares(bch, '2016/17', bchNre);
    expect(contributions(shares, 'jps')).toEqual({ beds: '9000000.00', cambs: '9000000.00', herts: '12000000.00' });
    expect(contributions(shares, 'ops')).toEqual({ beds: '10000000.00', cambs: '14000000.00', herts: '16000000.00' });
    // By 2015/16 net revenue budgets: 100 / 130 / 180 of 410.
    expect(contributions(shares, 'org')).toEqual({ beds: '10000000.00', cambs: '13000000.00', herts: '18000000.00' });
    expect(shares.memberTotals.map((t) => [t.force, t.total.toPence()])).toEqual([
      ['beds', '29000000.00'],
      ['cambs', '36000000.00'],
      ['herts', '46000000.00'],
    ]);
  });

  it('gives shares that total exactly 1 and contributions that total exactly the budget, even when neither divides evenly', () => {
    const shares = collaborationShares(bch, '2016/17', bchNre);
    for (const unit of shares.units) {
      expect(unit.members.reduce((s, m) => s.plus(m.share), new Dec(0)).equals(1)).toBe(true);
      expect(Money.sum(unit.members.map((m) => m.contribution!)).equals(unit.budget!)).toBe(true);
    }
    const org = unitOf(shares, 'org');
    // 100/410, 130/410 and 180/410 to 30 places; the last place left over goes to the largest remainder (herts).
    expect(org.members.map((m) => m.share.toFixed(30))).toEqual([
      '0.243902439024390243902439024390',
      '0.317073170731707317073170731707',
      '0.439024390243902439024390243903',
    ]);

    const odd = foldWithRefs(allianceDecider, BCH_STREAM, [
      ...bchEvents,
      { type: 'UnitBudgetSet.v1', data: { unitCode: 'org', year: '2016/17', amount: '41000000.01' } },
    ]);
    const oddOrg = unitOf(collaborationShares(odd, '2016/17', bchNre), 'org');
    expect(oddOrg.members.map((m) => m.contribution!.toPence())).toEqual(['10000000.00', '13000000.00', '18000000.01']);
  });

  it('applies a basis changed from a later year from that year only', () => {
    // JPS: 30/30/40 from 2012/13, 31/31/38 from 2018/19; £32.0m budget in both years.
    expect(contributions(collaborationShares(bch, '2017/18', bchNre), 'jps')).toEqual({
      beds: '9600000.00',
      cambs: '9600000.00',
      herts: '12800000.00',
    });
    expect(contributions(collaborationShares(bch, '2018/19', bchNre), 'jps')).toEqual({
      beds: '9920000.00',
      cambs: '9920000.00',
      herts: '12160000.00',
    });
    expect(unitOf(collaborationShares(bch, '2017/18', bchNre), 'jps').basis?.fromYear).toBe('2012/13');
    expect(unitOf(collaborationShares(bch, '2018/19', bchNre), 'jps').basis?.fromYear).toBe('2018/19');
  });

  it('reads the stated year’s net revenue budgets for an NRE basis, and says which one is missing', () => {
    const shares = collaborationShares(bch, '2019/20', bchNre);
    expect(contributions(shares, 'org')).toEqual({ beds: '13125000.00', cambs: '16875000.00', herts: '20000000.00' });
    const withoutCambs = nreByForceAndYear(
      [...bchNre.entries()].filter(([f]) => f !== 'cambs').flatMap(([force, ys]) => [...ys].map(([year, nre]) => ({ force, year, nre }))),
    );
    const org = unitOf(collaborationShares(bch, '2019/20', withoutCambs), 'org');
    expect(org.members).toEqual([]);
    expect(org.issues).toEqual([
      'Organisational Support is shared by 2017/18 net revenue budgets, but the 2017/18 net revenue budget of "cambs" was not available.',
    ]);
  });

  it('leaves out members who have left or not yet joined, scaling fixed shares over those who remain', () => {
    const changed: AllianceEvent[] = [
      ...bchEvents,
      { type: 'MemberLeft.v1', data: { force: 'beds', fromYear: '2019/20' } },
      { type: 'MemberJoined.v1', data: { force: 'norfolk', fromYear: '2019/20' } },
    ];
    const facts = foldWithRefs(allianceDecider, BCH_STREAM, changed);
    const shares = collaborationShares(facts, '2019/20', bchNre);
    expect(shares.members).toEqual(['cambs', 'herts', 'norfolk']);
    const jps = unitOf(shares, 'jps');
    // 31 : 38 of £40.0m between cambs and herts; norfolk is not named in the basis.
    expect(contributions(shares, 'jps')).toEqual({ cambs: '17971014.49', herts: '22028985.51', norfolk: '0.00' });
    expect(jps.notes).toEqual([
      '"norfolk" is not named in the fixed shares basis of Joint Protective Services from 2018/19, so it bears no share in 2019/20.',
      '"beds" is no longer a member in 2019/20; Joint Protective Services\'s fixed shares basis is shared over the remaining members in proportion.',
    ]);
    expect(collaborationShares(facts, '2018/19', bchNre).members).toEqual(['beds', 'cambs', 'herts']);
  });

  it('says when a unit has no basis or no budget for the year', () => {
    const shares = collaborationShares(bch, '2014/15', bchNre);
    expect(unitOf(shares, 'ops').issues).toEqual(['Operational Support has no cost-share basis in force for 2014/15.']);
    expect(unitOf(shares, 'jps').issues).toEqual(['Joint Protective Services has no budget recorded for 2014/15.']);
    expect(unitOf(shares, 'jps').members.every((m) => m.contribution === null)).toBe(true);
  });

  it('renders money to the penny, shares to 4 dp with a percentage, and cites its events', () => {
    const json = collaborationSharesToJson(collaborationShares(bch, '2016/17', bchNre));
    const org = json.units.find((u) => u.unitCode === 'org')!;
    expect(org.basis).toEqual({ fromYear: '2016/17', kind: 'net_revenue_budget', year: '2015/16', source: 'alliance-bch@7' });
    expect(org.budget).toBe('41000000.00');
    expect(org.shares[2]).toEqual({
      force: 'herts',
      weight: '180000000',
      // 180 / 410 = 0.43902439…, shown to 4 dp; the contribution uses every digit.
      share: '0.4390',
      sharePercent: '43.90',
      contribution: '18000000.00',
      // No outturn recorded for 2016/17: none, not zero.
      outturn: null,
    });
    expect(org.sources).toEqual(expect.arrayContaining(['alliance-bch@3', 'alliance-bch@7', 'alliance-bch@0', 'alliance-bch@11']));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
