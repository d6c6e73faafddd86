import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { projectMtfp } from './project-mtfp';
import { mtfpToJson } from './mtfp-to-json';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';

/**
 * The fixture's 2016/17 base budget with its £30m non-pay split: supplies £20m (no category: the
 * plan's non-pay inflation, 2 % in 2017/18 and 2018/19), energy £6m and fuel £4m. The force's
 * category rates: 2017/18 energy 10 %, fuel 5 %; 2018/19 energy 5 % and no fuel rate.
 */
const events: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  budget16: {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'pay', name: 'Officers and staff', kind: 'pay', amount: '100000000' },
        { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '20000000' },
        { code: 'energy', name: 'Premises energy', kind: 'non_pay', amount: '6000000', inflationCategory: 'energy' },
        { code: 'fuel', name: 'Vehicle fuel', kind: 'non_pay', amount: '4000000', inflationCategory: 'fuel' },
        { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '5000000' },
      ],
    },
  },
  rates17: {
    type: 'InflationCategoryRatesSet.v1',
    data: {
      year: '2017/18',
      rates: [
        { category: 'energy', rate: '0.10' },
        { category: 'fuel', rate: '0.05' },
      ],
    },
  },
  rates18: { type: 'InflationCategoryRatesSet.v1', data: { year: '2018/19', rates: [{ category: 'energy', rate: '0.05' }] } },
  fleet: {
    type: 'BudgetItemAdded.v1',
    data: {
      itemId: 'fleet',
      kind: 'cost_pressure',
      fromYear: '2017/18',
      amount: '200000',
      recurrence: 'recurring',
      description: 'Larger fleet',
      inflation: 'non_pay',
      inflationCategory: 'fuel',
    },
  },
};

describe('projectMtfp: non-pay inflation by named category', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 3 });
  const json = mtfpToJson(mtfp);
  const line = (y: number, code: string) => json.years[y].expenditure.lines.find((l) => l.code === code);

  it("moves each categorised line by the force's rate for its category, the rest by the plan's non-pay inflation", () => {
    // energy £6m × 1.10 = £6.6m, × 1.05 = £6.93m; fuel £4m × 1.05 = £4.2m, × 1.02 (no fuel rate for 2018/19) = £4.284m;
    // supplies £20m × 1.02 = £20.4m, × 1.02 = £20.808m.
    expect(['energy', 'fuel', 'supplies'].map((code) => [0, 1, 2].map((y) => line(y, code)?.amount.value))).toEqual([
      ['6000000.00', '6600000.00', '6930000.00'],
      ['4000000.00', '4200000.00', '4284000.00'],
      ['20000000.00', '20400000.00', '20808000.00'],
    ]);
    // Non-pay: £30m; £20.4m + £6.6m + £4.2m = £31.2m; £20.808m + £6.93m + £4.284m = £32.022m.
    expect(json.years.map((y) => y.expenditure.nonPay.value)).toEqual(['30000000.00', '31200000.00', '32022000.00']);
    expect(line(0, 'supplies')?.inflationCategory).toBeUndefined();
  });

  it('shows the category and the rate used per line and year, citing the event, and the fallback it used', () => {
    expect(line(0, 'energy')?.inflationCategory).toEqual({ category: 'energy', rate: null, basis: null });
    expect(line(1, 'energy')?.inflationCategory).toEqual({
      category: 'energy',
      rate: { value: '0.1', sources: ['rates17'] },
      basis: 'category',
    });
    expect(line(2, 'fuel')?.inflationCategory).toEqual({
      category: 'fuel',
      rate: { value: '0.02', sources: ['assume18'] },
      basis: 'non_pay_inflation',
    });
    // The rolled amount cites the base budget and every rate it was moved by.
    expect(line(2, 'energy')?.amount.sources).toEqual(['budget16', 'rates17', 'rates18']);
  });

  it("warns, naming the category, year and line, when a category's rate is missing and the plan's non-pay inflation stands in", () => {
    expect(mtfp.warnings).toEqual(
      expect.arrayContaining([
        "No fuel inflation rate is recorded for 2018/19: Vehicle fuel (fuel), in category fuel, moves by the plan's non-pay inflation (2.00 %) instead",
        'No fuel inflation rate is recorded for 2018/19: "Larger fleet" (fleet), in category fuel, moves by the plan\'s non-pay inflation (2.00 %) instead',
      ]),
    );
    expect(mtfp.warnings.filter((w) => w.includes('energy inflation rate'))).toEqual([]);
  });

  it("moves an item of a category by the category's rates from its first year", () => {
    const fleet = (y: number) => json.years[y].expenditure.items.find((i) => i.itemId === 'fleet');
    // £200,000 in 2017/18 (its own prices); × 1.02 (no fuel rate for 2018/19) = £204,000.
    expect([fleet(1)?.amount.value, fleet(2)?.amount.value]).toEqual(['200000.00', '204000.00']);
    expect(fleet(1)?.inflationCategory).toEqual({ category: 'fuel', rate: null, basis: null });
    expect(fleet(2)?.inflationCategory?.basis).toBe('non_pay_inflation');
  });
});
