import { allocate } from '../common/allocation';
import { Dec } from '../common/decimal';
import { Money } from '../common/money';
import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { allianceSavingsLines } from './alliance-savings-lines';
import { foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { NO_NRE_FIGURES } from './net-revenue-expenditure';

/**
 * Three members with fixed shares agreed to eight places, so that £6.1m and £5.3m do not split
 * into whole pence and a fresh split of each would not differ by exactly the split of £0.8m.
 */
const SHARES = { beds: '0.30274433', cambs: '0.33477023', herts: '0.36248544' } as const;
const FORCES = ['beds', 'cambs', 'herts'] as const;
const weights = FORCES.map((force) => ({ key: force, weight: new Dec(SHARES[force]) }));
const split = (amount: string) => allocate(Money.parse(amount), weights).map((a) => a.amount);

const STREAM = 'alliance-tri';
const setup: AllianceEvent[] = [
  {
    type: 'AllianceFormed.v1',
    data: { allianceCode: 'tri', name: 'Tri-force', members: FORCES.map((force) => ({ force, fromYear: '2012/13' })) },
  },
  { type: 'UnitEstablished.v1', data: { unitCode: 'collab', name: 'Collaboration programme', leadForce: 'herts', category: 'other' } },
  {
    type: 'CostShareBasisSet.v1',
    data: {
      unitCode: 'collab',
      fromYear: '2016/17',
      basis: { kind: 'fixed', percentages: FORCES.map((force) => ({ force, share: SHARES[force] })) },
    },
  },
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'collab-2017', name: 'Collaboration savings', unitCode: 'collab', cashable: true, startYear: '2017/18' },
  },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab-2017', year: '2017/18', amount: '6100000' } },
];
const revised = (amount: string, reason: string): AllianceEvent => ({
  type: 'SavingsForecastRevised.v1',
  data: { programmeCode: 'collab-2017', year: '2017/18', amount, reason },
});
const slower = revised('5300000', 'Savings released more slowly than expected');

function linesFor(events: AllianceEvent[], year = '2017/18') {
  const facts = foldWithRefs(allianceDecider, STREAM, events);
  return FORCES.map((force) => {
    const lines = allianceSavingsLines(facts, force, [year], NO_NRE_FIGURES);
    expect(lines).toHaveLength(1);
    return lines[0];
  });
}
const amounts = (lines: { amount: string }[]) => lines.map((l) => Money.of(l.amount));
const changes = (before: Money[], after: Money[]) => after.map((a, i) => a.minus(before[i]).toPence());

describe('alliance savings lines for members’ MTFPs', () => {
  it('gives each member its share of the plan, to the penny, summing to the plan', () => {
    const lines = linesFor(setup);
    expect(lines.map((l) => Money.of(l.amount).toPence())).toEqual(['1846740.41', '2042098.40', '2211161.19']);
    expect(Money.sum(amounts(lines)).toPence()).toBe('6100000.00');
    expect(lines[2]).toEqual({
      code: 'alliance:tri:programme:collab-2017',
      name: 'Tri-force – Collaboration savings (herts share)',
      year: '2017/18',
      amount: '2211161.19',
      sources: expect.arrayContaining(['alliance-tri@0', 'alliance-tri@1', 'alliance-tri@2', 'alliance-tri@3', 'alliance-tri@4']),
    });
  });

  it('moves every member’s line by exactly its share of £0.8m when the £6.1m forecast is revised to £5.3m', () => {
    const before = amounts(linesFor(setup));
    const after = amounts(linesFor([...setup, slower]));
    const shareOfCut = split('-800000.00').map((m) => m.toPence());

    expect(changes(before, after)).toEqual(shareOfCut);
    expect(shareOfCut).toEqual(['-242195.47', '-267816.18', '-289988.35']);
    expect(Money.sum(after).toPence()).toBe('5300000.00');

    // Why the change is split on its own: splitting £6.1m and £5.3m afresh would move Bedfordshire
    // and Hertfordshire by a penny more or less than their shares of £0.8m.
    const fresh = split('5300000.00');
    expect(changes(split('6100000.00'), fresh)).toEqual(['-242195.46', '-267816.18', '-289988.36']);
    // Each line is still within a penny of the member's exact share of £5.3m.
    for (const [i, force] of FORCES.entries()) {
      expect(after[i].value.minus(new Dec('5300000').times(SHARES[force])).abs().lessThan('0.01')).toBe(true);
    }
  });

  it('keeps the property through later revisions and the realised figure, citing each event', () => {
    const history = [...setup, slower, revised('5000000', 'Custody rota savings deferred')];
    const twice = amounts(linesFor(history));
    expect(changes(amounts(linesFor([...setup, slower])), twice)).toEqual(split('-300000.00').map((m) => m.toPence()));
    expect(Money.sum(twice).toPence()).toBe('5000000.00');

    const realised: AllianceEvent = {
      type: 'SavingsRealised.v1',
      data: { programmeCode: 'collab-2017', year: '2017/18', amount: '4900000.01', evidence: 'Outturn 2017/18' },
    };
    const final = linesFor([...history, realised]);
    expect(changes(twice, amounts(final))).toEqual(split('-99999.99').map((m) => m.toPence()));
    expect(Money.sum(amounts(final)).toPence()).toBe('4900000.01');
    expect(final[0].sources).toEqual(
      expect.arrayContaining(['alliance-tri@4', 'alliance-tri@5', 'alliance-tri@6', 'alliance-tri@7', 'alliance-tri@2']),
    );

    // Back to plan: every line returns to its share of the plan exactly.
    const backToPlan = linesFor([...setup, slower, revised('6100000', 'Savings recovered')]);
    expect(backToPlan.map((l) => l.amount)).toEqual(linesFor(setup).map((l) => l.amount));
  });

  it('shares a programme with no unit equally between the members of the year', () => {
    const noUnit: AllianceEvent[] = [
      setup[0],
      { type: 'SavingsProgrammeStarted.v1', data: { programmeCode: 'estates', name: 'Estates', cashable: true, startYear: '2017/18' } },
      { type: 'SavingsPlanned.v1', data: { programmeCode: 'estates', year: '2017/18', amount: '6100000' } },
    ];
    const lines = linesFor(noUnit);
    expect(lines.map((l) => Money.of(l.amount).toPence())).toEqual(['2033333.34', '2033333.33', '2033333.33']);
  });

  it('puts nothing in for non-cashable programmes, years without figures or years the force is not a member', () => {
    const facts = foldWithRefs(allianceDecider, STREAM, [
      ...setup,
      {
        type: 'SavingsProgrammeStarted.v1',
        data: { programmeCode: 'time', name: 'Officer time released', unitCode: 'collab', cashable: false, startYear: '2017/18' },
      },
      { type: 'SavingsPlanned.v1', data: { programmeCode: 'time', year: '2017/18', amount: '900000' } },
      { type: 'MemberLeft.v1', data: { force: 'beds', fromYear: '2018/19' } },
      { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab-2017', year: '2018/19', amount: '1000000' } },
    ]);
    expect(
      allianceSavingsLines(facts, 'herts', ['2017/18', '2018/19', '2019/20'], NO_NRE_FIGURES).map((l) => [
        l.year,
        Money.of(l.amount).toPence(),
      ]),
    ).toEqual([
      ['2017/18', '2211161.19'],
      // beds has left: cambs and herts share £1.0m as 33477023 : 36248544.
      ['2018/19', '519874.50'],
    ]);
    // The 2018/19 line cites beds's departure, which changed the shares.
    expect(allianceSavingsLines(facts, 'herts', ['2018/19'], NO_NRE_FIGURES)[0].sources).toContain('alliance-tri@7');
    expect(allianceSavingsLines(facts, 'herts', ['2017/18'], NO_NRE_FIGURES)[0].sources).not.toContain('alliance-tri@7');
    expect(allianceSavingsLines(facts, 'beds', ['2018/19'], NO_NRE_FIGURES)).toEqual([]);
    expect(allianceSavingsLines(facts, 'norfolk', ['2017/18'], NO_NRE_FIGURES)).toEqual([]);
  });

  it("marks a line it cannot work out, at zero and saying what is missing and whose, rather than refusing the force's plan", () => {
    const facts = foldWithRefs(allianceDecider, STREAM, [
      ...setup,
      { type: 'SavingsPlanned.v1', data: { programmeCode: 'collab-2017', year: '2015/16', amount: '1' } },
    ]);
    const [line] = allianceSavingsLines(facts, 'herts', ['2015/16'], NO_NRE_FIGURES);
    expect(line).toMatchObject({
      code: 'alliance:tri:programme:collab-2017',
      year: '2015/16',
      amount: '0',
      issue:
        'Tri-force\'s Collaboration savings for 2015/16 cannot be shared between its members, so the share of "herts" is left out of 2015/16 (shown as 0): Collaboration programme has no cost-share basis in force for 2015/16.',
    });
    expect(line.sources).toEqual(['alliance-tri@3', 'alliance-tri@1']); // the programme, and the unit without a basis
  });
});
