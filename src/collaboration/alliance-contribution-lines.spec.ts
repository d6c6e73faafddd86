import { Money } from '../common/money';
import { foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { allianceContributionLines } from './alliance-contribution-lines';
import { collaborationShares } from './collaboration-shares';
import { nreByForceAndYear } from './net-revenue-expenditure';

const FORCES = ['beds', 'cambs', 'herts'] as const;
const STREAM = 'alliance-tri';
const NRE_1516 = { beds: '100000000', cambs: '130000000', herts: '180000000' } as const;

/**
 * Three members; "org" is shared by 2015/16 NRE (100 : 130 : 180 of 410) with its 2016/17
 * shares fixed when its budget was set; "jps" by fixed shares 30 / 30 / 40 %.
 */
const events: AllianceEvent[] = [
  {
    type: 'AllianceFormed.v1',
    data: { allianceCode: 'tri', name: 'Tri-force', members: FORCES.map((force) => ({ force, fromYear: '2012/13' })) },
  },
  {
    type: 'UnitEstablished.v1',
    data: { unitCode: 'org', name: 'Organisational Support', leadForce: 'cambs', category: 'organisational_support' },
  },
  { type: 'CostShareBasisSet.v1', data: { unitCode: 'org', fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2015/16' } } },
  { type: 'UnitBudgetSet.v1', data: { unitCode: 'org', year: '2016/17', amount: '1000000.00' } },
  {
    type: 'UnitSharesFixed.v1',
    data: {
      unitCode: 'org',
      year: '2016/17',
      basisFromYear: '2016/17',
      nreYear: '2015/16',
      shares: FORCES.map((force) => ({ force, nre: NRE_1516[force], share: '0' })),
      reason: null,
    },
  },
  {
    type: 'UnitEstablished.v1',
    data: { unitCode: 'jps', name: 'Joint Protective Services', leadForce: 'beds', category: 'protective_services' },
  },
  {
    type: 'CostShareBasisSet.v1',
    data: {
      unitCode: 'jps',
      fromYear: '2012/13',
      basis: {
        kind: 'fixed',
        percentages: [
          { force: 'beds', share: '0.3' },
          { force: 'cambs', share: '0.3' },
          { force: 'herts', share: '0.4' },
        ],
      },
    },
  },
  { type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000.00' } },
];
const facts = foldWithRefs(allianceDecider, STREAM, events);
const nre = nreByForceAndYear(FORCES.map((force) => ({ force, year: '2015/16', nre: NRE_1516[force] })));

describe('alliance contribution lines for members’ MTFPs', () => {
  it('gives each member its share of every unit budget, the penny left over going as collaboration shares sends it', () => {
    // org £1,000,000.00 by 100 : 130 : 180 of 410: exact 243,902.439…, 317,073.170…, 439,024.390…;
    // floors 243,902.43 + 317,073.17 + 439,024.39 = 999,999.99, so the last penny goes to the
    // largest remainder, beds (0.90 of a penny against 0.07 and 0.02): 243,902.44.
    // jps £30.0m × 30 / 30 / 40 %: 9,000,000.00, 9,000,000.00, 12,000,000.00.
    const lines = FORCES.map((force) => allianceContributionLines(facts, force, ['2016/17'], nre));
    expect(lines.map((l) => l.map((x) => [x.code, x.year, x.amount]))).toEqual([
      [['alliance:tri:contributions', '2016/17', '9243902.44']],
      [['alliance:tri:contributions', '2016/17', '9317073.17']],
      [['alliance:tri:contributions', '2016/17', '12439024.39']],
    ]);
    expect(lines[2][0].name).toBe('Contribution to Tri-force joint units');
    expect(lines[2][0].units.map((u) => [u.code, u.amount])).toEqual([
      ['org', '439024.39'],
      ['jps', '12000000'],
    ]);
    // The members' lines add up to the units' budgets: 1,000,000.00 + 30,000,000.00.
    expect(Money.sum(lines.map((l) => Money.of(l[0].amount))).toPence()).toBe('31000000.00');
  });

  it('is to the penny what collaboration shares says each member contributes', () => {
    const shares = collaborationShares(facts, '2016/17', nre);
    for (const force of FORCES) {
      const [line] = allianceContributionLines(facts, force, ['2016/17'], nre);
      expect(line.amount).toBe(shares.memberTotals.find((t) => t.force === force)!.total.toExact());
    }
  });

  it('cites the unit budgets, bases, fixed shares and memberships it came from', () => {
    const [line] = allianceContributionLines(facts, 'herts', ['2016/17'], nre);
    // @0 formed (membership), @1 org established, @2 its basis, @3 its budget, @4 shares fixed, @5–@7 jps.
    expect([...line.sources].sort()).toEqual(['@0', '@1', '@2', '@3', '@4', '@5', '@6', '@7'].map((r) => `${STREAM}${r}`));
  });

  it('does not move when another member restates the NRE the shares were fixed on', () => {
    // Bedfordshire's 2015/16 NRE restated from £100.0m to £110.0m: live shares would be 110 : 130 : 180
    // (Herts 1,000,000 × 180/420 = 428,571.43), but the 2016/17 shares were fixed, so Herts still pays 439,024.39.
    const restated = nreByForceAndYear([
      { force: 'beds', year: '2015/16', nre: '110000000' },
      { force: 'cambs', year: '2015/16', nre: '130000000' },
      { force: 'herts', year: '2015/16', nre: '180000000' },
    ]);
    const [line] = allianceContributionLines(facts, 'herts', ['2016/17'], restated);
    expect(line.units.find((u) => u.code === 'org')!.amount).toBe('439024.39');
  });

  it('gives no line for a year with no unit budget, and none to a force that is not a member', () => {
    expect(allianceContributionLines(facts, 'herts', ['2017/18'], nre)).toEqual([]);
    expect(allianceContributionLines(facts, 'kent', ['2016/17'], nre)).toEqual([]);
  });

  it('carries the force’s marking of the lines it replaces, from the first year it contributes', () => {
    const [line] = allianceContributionLines(facts, 'herts', ['2016/17'], nre, {
      allianceCode: 'tri',
      lineCodes: ['joint-units'],
      reason: 'Budgeted here before the units',
      source: 'force-collaboration-herts@0',
      recordedAt: null,
    });
    expect(line.replaces).toEqual({
      lineCodes: ['joint-units'],
      fromYear: '2016/17',
      reason: 'Budgeted here before the units',
      sources: ['force-collaboration-herts@0'],
    });
  });
});
