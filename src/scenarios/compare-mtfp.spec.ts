import { Dec } from '../common/decimal';
import { PlanReader } from '../planning/plan-reader';
import { applyScenario } from './apply-scenario';
import { compareMtfp, type ComparedLine } from './compare-mtfp';
import { mtfpUnderScenario } from '../planning/mtfp-under-scenario';
import { baselineFacts, scenario } from '../../test/fixtures/scenario-baseline.fixture';

describe('compareMtfp', () => {
  const baseline = baselineFacts();
  const a = new PlanReader(baseline).mtfp('herts', '2016/17', 4);
  const applied = applyScenario(baseline, [
    scenario('what-if', [
      { type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.035' } },
      { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' } } },
      {
        type: 'ExtraBudgetItemAdded.v1',
        data: {
          force: 'herts',
          itemId: 'cyber',
          kind: 'growth',
          fromYear: '2018/19',
          amount: '1500000',
          recurrence: 'one_off',
          description: 'Cyber crime unit',
        },
      },
    ]),
  ]);
  const b = mtfpUnderScenario(applied, 'herts', '2016/17', 4);
  const comparison = compareMtfp(a, b);
  const line = (year: string, key: string): ComparedLine => {
    const found = comparison.years.find((y) => y.year === year)?.lines.find((l) => l.key === key);
    if (!found) throw new Error(`no line ${key} in ${year}`);
    return found;
  };

  it('shows both values and the difference, per year and line, as strings', () => {
    expect(comparison.years.map((y) => y.year)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20']);
    expect(line('2017/18', 'assumptions.payAward')).toEqual({
      key: 'assumptions.payAward',
      section: 'assumptions',
      label: 'Pay award',
      unit: 'rate',
      a: '0.01',
      b: '0.035',
      difference: '0.025',
      changed: true,
    });
    expect(line('2017/18', 'expenditure.lines.pay')).toMatchObject({
      label: 'Officers and staff',
      a: '101000000.00',
      b: '103500000.00',
      difference: '2500000.00',
    });
    expect(line('2017/18', 'funding.precept.bandD')).toMatchObject({ a: '147.00', b: '157.00', difference: '10.00' });
    expect(line('2017/18', 'funding.precept.taxBase')).toMatchObject({
      unit: 'quantity',
      a: '424200.00',
      b: '424200.00',
      difference: '0.00',
      changed: false,
    });
    expect(line('2017/18', 'funding.precept.income')).toMatchObject({ difference: '4242000.00' });
    // Pay +£2.5m, precept income +£4.242m: the gap falls by £1.742m.
    expect(line('2017/18', 'gap')).toMatchObject({
      a: a.years[1].gap.value.toPence(),
      b: b.years[1].gap.value.toPence(),
      difference: '-1742000.00',
    });
  });

  it('shows a line only one plan has with null on the other side, in its place in the table', () => {
    const item = line('2018/19', 'expenditure.items.scenario:what-if:cyber');
    expect(item).toMatchObject({ label: 'Cyber crime unit (growth)', a: null, b: '1500000.00', difference: null, changed: true });
    const keys = comparison.years[2].lines.map((l) => l.key);
    expect(keys.indexOf('expenditure.items.scenario:what-if:cyber')).toBe(keys.indexOf('expenditure.nonPay') + 1);
    expect(comparison.years[3].lines.some((l) => l.key.startsWith('expenditure.items.'))).toBe(false); // one-off
  });

  it('marks what changed, and nothing in a year the scenario leaves alone', () => {
    expect(comparison.years[0].lines.every((l) => !l.changed && (l.difference === null || new Dec(l.difference).isZero()))).toBe(true);
    expect(comparison.changedLines).toEqual(
      expect.arrayContaining([
        'assumptions.payAward',
        'expenditure.pay',
        'funding.precept.bandD',
        'gap',
        'expenditure.items.scenario:what-if:cyber',
      ]),
    );
    expect(comparison.changedLines).not.toContain('expenditure.nonPay');
    expect(comparison.changedLines).not.toContain('reserves.budget-support.closing');
  });

  it('gives differences that add up on the page: a + difference = b for every line', () => {
    for (const year of comparison.years) {
      for (const l of year.lines) {
        if (l.difference !== null) expect(new Dec(l.a as string).plus(l.difference).equals(l.b as string)).toBe(true);
      }
    }
  });

  it('compares a plan with itself as unchanged', () => {
    const same = compareMtfp(a, a);
    expect(same.changedLines).toEqual([]);
    expect(same.years[3].lines.find((l) => l.key === 'reserves.general.closing')).toMatchObject({
      a: '8000000.00',
      b: '8000000.00',
      difference: '0.00',
    });
  });
});
