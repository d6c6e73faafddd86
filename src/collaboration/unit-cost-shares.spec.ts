import { allianceDecider } from './alliance.decider';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { collaborationShares } from './collaboration-shares';
import { nreByForceAndYear } from './net-revenue-expenditure';

const bch = foldWithRefs(allianceDecider, BCH_STREAM, bchEvents);
const unit = (shares: ReturnType<typeof collaborationShares>, code: string) => shares.units.find((u) => u.unitCode === code)!;
// BCH in 2016/17: JPS and Operational Support share by fixed percentages, Organisational
// Support by the members' 2015/16 net revenue budgets.
const YEAR = '2016/17';

describe("a unit's cost shares, kept per alliance facts and the NRE figures they read", () => {
  it('gives the same shares again for the same facts and the same NRE', () => {
    const first = collaborationShares(bch, YEAR, bchNre);
    const again = collaborationShares(bch, YEAR, nreByForceAndYear([...rowsOf(bchNre)]));
    for (const code of ['jps', 'ops', 'org']) expect(unit(again, code)).toBe(unit(first, code));
  });

  it("works out again only the units shared by NRE when a member's NRE of the basis year moves", () => {
    const first = collaborationShares(bch, YEAR, bchNre);
    const moved = nreByForceAndYear([
      ...rowsOf(bchNre).filter((r) => !(r.force === 'herts' && r.year === '2015/16')),
      { force: 'herts', year: '2015/16', nre: '200000000.00' },
    ]);
    const after = collaborationShares(bch, YEAR, moved);
    expect(unit(after, 'jps')).toBe(unit(first, 'jps'));
    expect(unit(after, 'ops')).toBe(unit(first, 'ops'));
    expect(unit(after, 'org')).not.toBe(unit(first, 'org'));
    // By 100 / 130 / 200 of 430 now: herts bears more of the £41m.
    expect(unit(after, 'org').members.map((m) => m.contribution?.toPence())).toEqual(['9534883.72', '12395348.84', '19069767.44']);
    // An NRE of a year no unit reads changes nothing.
    const elsewhere = nreByForceAndYear([...rowsOf(moved), { force: 'beds', year: '2030/31', nre: '1.00' }]);
    expect(unit(collaborationShares(bch, YEAR, elsewhere), 'org')).toBe(unit(after, 'org'));
  });

  it('works everything out again for the facts a new alliance event makes', () => {
    const first = collaborationShares(bch, YEAR, bchNre);
    const later = foldWithRefs(allianceDecider, BCH_STREAM, [
      ...bchEvents,
      { type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: YEAR, amount: '31000000.00' } },
    ]);
    const after = collaborationShares(later, YEAR, bchNre);
    expect(unit(after, 'jps')).not.toBe(unit(first, 'jps'));
    expect(unit(after, 'jps').budget?.toPence()).toBe('31000000.00');
    // The facts before the event still read as they did.
    expect(unit(collaborationShares(bch, YEAR, bchNre), 'jps').budget?.toPence()).toBe('30000000.00');
  });
});

function rowsOf(table: typeof bchNre) {
  return [...table].flatMap(([force, byYear]) => [...byYear].map(([year, nre]) => ({ force, year, nre })));
}
