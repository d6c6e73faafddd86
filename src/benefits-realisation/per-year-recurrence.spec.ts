import { Money } from '../common/money';
import { allianceDecider } from '../collaboration/alliance.decider';
import type { AllianceEvent } from '../collaboration/alliance.events';
import { allianceSavingsLines } from '../collaboration/alliance-savings-lines';
import { projectMtfp } from '../mtfp/project-mtfp';
import { bchEvents, bchNre, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { benefitsRealisation } from './benefits-realisation';
import { benefitsRealisationToJson } from './benefits-realisation.to-json';

/**
 * A programme of the JPS unit (Hertfordshire 40 % to 2017/18, 38 % from 2018/19) whose savings
 * recur, except 2018/19's, planned again as a one-off. Planned £2.0m, £2.0m, £2.1m; forecasts
 * £1.7m, £1.8m, £1.8m; £1.75m realised in 2017/18. Best estimates: £1.75m, £1.8m, £1.8m.
 */
const CODE = 'collab';
const collab: AllianceEvent[] = [
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: CODE, name: 'Collaboration savings', unitCode: 'jps', cashable: true, startYear: '2017/18' },
  },
  ...(
    [
      ['2017/18', '2000000', '1700000'],
      ['2018/19', '2000000', '1800000'],
      ['2019/20', '2100000', '1800000'],
    ] as const
  ).flatMap(([year, planned, forecast]): AllianceEvent[] => [
    { type: 'SavingsPlanned.v1', data: { programmeCode: CODE, year, amount: planned } },
    { type: 'SavingsForecastRevised.v1', data: { programmeCode: CODE, year, amount: forecast, reason: 'slower' } },
  ]),
  { type: 'SavingsRealised.v1', data: { programmeCode: CODE, year: '2017/18', amount: '1750000', evidence: 'Outturn 2017/18' } },
  { type: 'SavingsRecurrenceSet.v1', data: { programmeCode: CODE, recurrence: 'recurring', reason: 'Business case: permanent' } },
];
const oneOff1819: AllianceEvent = {
  type: 'SavingsPlanned.v1',
  data: { programmeCode: CODE, year: '2018/19', amount: '2000000', recurrence: 'one_off' },
};
const facts = (extra: AllianceEvent[]) => foldWithRefs(allianceDecider, BCH_STREAM, [...bchEvents, ...collab, ...extra]);
const report = (extra: AllianceEvent[]) => benefitsRealisationToJson(benefitsRealisation(facts(extra), { nre: bchNre }));
const YEARS = ['2017/18', '2018/19', '2019/20'];
const hertsLines = (extra: AllianceEvent[]) =>
  allianceSavingsLines(facts(extra), 'herts', YEARS, bchNre).filter((l) => l.code.endsWith(CODE));

describe('a one-off year in a recurring programme: benefits realisation', () => {
  it('says each year’s recurrence and whose it is, and takes the one-off year off its own year only', () => {
    const years = report([oneOff1819]).programmes[0].years;
    expect(years.map((y) => [y.year, y.recurrence, y.recurrenceBasis])).toEqual([
      ['2017/18', 'recurring', 'programme'],
      ['2018/19', 'one_off', 'year'],
      ['2019/20', 'recurring', 'programme'],
    ]);
    // In-year £1.75m, £1.8m, £1.8m; cumulative (every saving delivered so far) £1.75m, £3.55m, £5.35m;
    // budget effect: 2018/19 £1.75m carried + £1.8m one-off = £3.55m; 2019/20 £1.75m carried + £1.8m = £3.55m
    // (2018/19's £1.8m does not carry).
    expect(years.map((y) => [y.bestEstimate, y.cumulative.bestEstimate, y.budgetEffect])).toEqual([
      ['1750000.00', '1750000.00', '1750000.00'],
      ['1800000.00', '3550000.00', '3550000.00'],
      ['1800000.00', '5350000.00', '3550000.00'],
    ]);
    // Herts: 40 % × £1.75m = £700,000; 38 % × £1.8m = £684,000 in 2018/19 and in 2019/20.
    expect(years.map((y) => y.members.find((m) => m.force === 'herts')?.budgetEffect)).toEqual(['700000.00', '1384000.00', '1384000.00']);
  });

  it("keeps the year's own recurrence when the programme's is set again, and drops it when the year is planned again without one", () => {
    const programmeOneOff: AllianceEvent = {
      type: 'SavingsRecurrenceSet.v1',
      data: { programmeCode: CODE, recurrence: 'one_off', reason: 'Board review' },
    };
    const recurring1819: AllianceEvent = { ...oneOff1819, data: { ...oneOff1819.data, recurrence: 'recurring' } } as AllianceEvent;
    // Programme one-off now, 2018/19 recurring by its own plan: effects £1.75m; £1.8m; £1.8m carried + £1.8m = £3.6m.
    const mixed = report([recurring1819, programmeOneOff]).programmes[0].years;
    expect(mixed.map((y) => [y.recurrence, y.budgetEffect])).toEqual([
      ['one_off', '1750000.00'],
      ['recurring', '1800000.00'],
      ['one_off', '3600000.00'],
    ]);
    const replanned: AllianceEvent = { type: 'SavingsPlanned.v1', data: { programmeCode: CODE, year: '2018/19', amount: '2000000' } };
    expect(report([oneOff1819, replanned]).programmes[0].years.map((y) => y.recurrence)).toEqual(['recurring', 'recurring', 'recurring']);
  });
});

describe("a one-off year in a recurring programme: the member's MTFP reconciles", () => {
  it('puts in no 2018/19 increment for later years, and the MTFP carries only the recurring ones', () => {
    expect(hertsLines([oneOff1819]).map((l) => [l.year, l.amount, l.recurring ?? false])).toEqual([
      ['2017/18', '700000', true],
      ['2018/19', '684000', false],
      ['2019/20', '684000', true],
    ]);
    // Base budget 2016/17 (pay £100m, non-pay £30m): before savings 2017/18 £131.6m, 2018/19 £134.232m, 2019/20 £136.91664m.
    const mtfp = projectMtfp({ facts: factsFrom(baseEvents), from: '2017/18', years: 3, externalSavings: hertsLines([oneOff1819]) });
    const line = (i: number) => mtfp.years[i].expenditure.externalSavings[0];
    // 2017/18 £700,000 (recurring, in-year); 2018/19 £684,000 one-off in-year + £700,000 carried = £1,384,000;
    // 2019/20 £684,000 recurring in-year + £700,000 carried (not 2018/19's) = £1,384,000.
    expect([0, 1, 2].map((i) => [line(i).amount.value.toPence(), line(i).yearRecurrence])).toEqual([
      ['700000.00', 'recurring'],
      ['1384000.00', 'one_off'],
      ['1384000.00', 'recurring'],
    ]);
    expect([line(1).recurring?.inYear.value.toPence(), line(1).recurring?.carried.value.toPence()]).toEqual(['684000.00', '700000.00']);
    expect(line(2).recurring?.fromYears).toEqual(['2017/18', '2019/20']);
    // £131.6m − £0.7m; £134.232m − £1.384m; £136.91664m − £1.384m.
    expect(mtfp.years.map((y) => y.expenditure.total.value.toPence())).toEqual(['130900000.00', '132848000.00', '135532640.00']);
    // Each year's MTFP line is Hertfordshire's budget effect in benefits realisation.
    const herts = report([oneOff1819]).programmes[0].years.map((y) => y.members.find((m) => m.force === 'herts')?.budgetEffect);
    expect(mtfp.years.map((y) => y.expenditure.externalSavings[0].amount.value.toPence())).toEqual(herts);
    expect(Money.sum(hertsLines([oneOff1819]).map((l) => Money.of(l.amount))).toPence()).toBe('2068000.00');
  });
});
