import type { ExternalSavingsLine } from './external-savings-line';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

/**
 * The base budget is 2016/17's (pay £100m, non-pay £30m). Before savings, expenditure is
 * 2016/17 £130m; 2017/18 £101m + £30.6m = £131.6m; 2018/19 £103.02m + £31.212m = £134.232m;
 * 2019/20 (2018/19's rates carried) £105.0804m + £31.83624m = £136.91664m.
 */
describe('projectMtfp: recurring and one-off external savings', () => {
  const line = (year: string, amount: string, id: string, recurring = true): ExternalSavingsLine => ({
    code: recurring ? 'alliance:bch:programme:jps' : 'alliance:bch:programme:once',
    name: recurring ? 'BCH – JPS savings (herts share)' : 'BCH – one-off savings (herts share)',
    year,
    amount,
    sources: [id],
    ...(recurring ? { recurring: true as const } : {}),
  });
  const externalSavings = [
    line('2015/16', '300000', 'jps15'),
    line('2016/17', '500000', 'jps16'),
    line('2017/18', '400000', 'jps17'),
    line('2018/19', '200000', 'jps18'),
    line('2017/18', '100000', 'once17', false),
  ];
  const years = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 4, externalSavings }).years;
  const pence = (xs: { code: string; amount: { value: { toPence(): string } } }[]) => xs.map((x) => [x.code, x.amount.value.toPence()]);

  it('keeps taking a recurring increment off every later year, a one-off only in its year', () => {
    // Counted: 2017/18 £0.4m + £0.1m one-off; 2018/19 £0.4m + £0.2m; 2019/20 £0.4m + £0.2m (nothing new).
    expect(years.map((y) => y.expenditure.externalSavingsTotal.value.toPence())).toEqual(['0.00', '500000.00', '600000.00', '600000.00']);
    expect(years.map((y) => y.expenditure.total.value.toPence())).toEqual([
      '130000000.00',
      '131100000.00', // 131.6m − 0.5m
      '133632000.00', // 134.232m − 0.6m
      '136316640.00', // 136.91664m − 0.6m
    ]);
    expect(pence(years[1].expenditure.externalSavings)).toEqual([
      ['alliance:bch:programme:jps', '400000.00'],
      ['alliance:bch:programme:once', '100000.00'],
    ]);
  });

  it('shows each recurring line in-year and carried, with the years its increments began and their sources', () => {
    const jps1920 = years[3].expenditure.externalSavings[0];
    expect(jps1920.recurring?.inYear.value.toPence()).toBe('0.00');
    expect(jps1920.recurring?.carried.value.toPence()).toBe('600000.00');
    expect(jps1920.recurring?.fromYears).toEqual(['2017/18', '2018/19']);
    expect(jps1920.amount.sources).toEqual(['jps17', 'jps18']);
    const jps1819 = years[2].expenditure.externalSavings[0];
    expect([jps1819.recurring?.inYear.value.toPence(), jps1819.recurring?.carried.value.toPence()]).toEqual(['200000.00', '400000.00']);
    expect(years[1].expenditure.externalSavings[1].recurring).toBeUndefined();
  });

  it('leaves increments of the base budget year and earlier in the base for good', () => {
    // £0.3m (2015/16) + £0.5m (2016/17) are in the approved 2016/17 budget, in every year of the plan.
    expect(years.map((y) => pence(y.expenditure.externalSavingsInBaseBudget))).toEqual([
      [['alliance:bch:programme:jps', '800000.00']],
      [['alliance:bch:programme:jps', '800000.00']],
      [['alliance:bch:programme:jps', '800000.00']],
      [['alliance:bch:programme:jps', '800000.00']],
    ]);
  });

  it('treats a recurring increment as a recurring budget-item saving of the same year and amount', () => {
    const asItem = factsFrom({
      ...baseEvents,
      jps17: {
        type: 'BudgetItemAdded.v1',
        data: { itemId: 'jps17', kind: 'saving', fromYear: '2017/18', amount: '400000', recurrence: 'recurring', description: 'JPS' },
      },
    });
    const viaItem = projectMtfp({ facts: asItem, from: '2017/18', years: 3 }).years;
    const viaLine = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2017/18',
      years: 3,
      externalSavings: [line('2017/18', '400000', 'jps17')],
    }).years;
    expect(viaItem.map((y) => y.expenditure.total.value.toPence())).toEqual(viaLine.map((y) => y.expenditure.total.value.toPence()));
    expect(viaLine.map((y) => y.expenditure.total.value.toPence())).toEqual(['131200000.00', '133832000.00', '136516640.00']);
  });

  it('still means one-off for a line that does not say it recurs (as every line did before)', () => {
    const once = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2017/18',
      years: 2,
      externalSavings: [line('2017/18', '100000', 'x', false)],
    });
    expect(once.years.map((y) => y.expenditure.externalSavingsTotal.value.toPence())).toEqual(['100000.00', '0.00']);
  });
});
