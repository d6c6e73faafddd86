import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

const item = (
  itemId: string,
  kind: 'growth' | 'cost_pressure',
  fromYear: string,
  amount: string,
  inflation?: 'pay' | 'non_pay',
): ForceFinanceEvent => ({
  type: 'BudgetItemAdded.v1',
  data: { itemId, kind, fromYear, amount, recurrence: 'recurring', description: itemId, ...(inflation ? { inflation } : {}) },
});

/** Pay award 1 % in 2017/18 and 2 % in 2018/19; non-pay inflation 2 % in both (the base events). */
const events: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  daisu: item('daisu', 'growth', '2016/17', '2400000', 'pay'),
  ict: item('ict', 'cost_pressure', '2017/18', '1000000', 'non_pay'),
  flat: item('flat', 'cost_pressure', '2016/17', '500000'),
};

describe('projectMtfp: cost pressures and growth inflate with their category from their first year', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 3 });
  const amounts = (id: string) => mtfp.years.map((y) => y.expenditure.items.find((i) => i.itemId === id)?.amount.value.toPence() ?? null);

  it('moves a pay item by the pay award after its first year', () => {
    // £2.4m at 2016/17 prices; × 1.01 = £2,424,000 in 2017/18; × 1.02 = £2,472,480 in 2018/19.
    expect(amounts('daisu')).toEqual(['2400000.00', '2424000.00', '2472480.00']);
    const y18 = mtfp.years[2].expenditure.items.find((i) => i.itemId === 'daisu')!;
    expect(y18.inflation).toBe('pay');
    expect(y18.recordedAmount.value.toPence()).toBe('2400000.00');
    expect(y18.amount.sources).toEqual(['daisu', 'assume17', 'assume18']);
  });

  it('moves a non-pay item by non-pay inflation from its own first year, and leaves an item without a category in flat cash', () => {
    // £1m from 2017/18 (its prices): × 1.02 = £1,020,000 in 2018/19.
    expect(amounts('ict')).toEqual([null, '1000000.00', '1020000.00']);
    expect(amounts('flat')).toEqual(['500000.00', '500000.00', '500000.00']);
    expect(mtfp.years[2].expenditure.items.find((i) => i.itemId === 'flat')!.inflation).toBe('none');
    // 2018/19 growth £2,472,480; cost pressures £1,020,000 + £500,000 = £1,520,000.
    expect(mtfp.years[2].expenditure.growth.value.toPence()).toBe('2472480.00');
    expect(mtfp.years[2].expenditure.costPressures.value.toPence()).toBe('1520000.00');
  });

  it('shows the recorded amount beside the inflated one in the JSON', () => {
    const json = mtfpToJson(mtfp).years[1].expenditure.items.find((i) => i.itemId === 'daisu')!;
    expect(json).toMatchObject({
      inflation: 'pay',
      amount: { value: '2424000.00' },
      recordedAmount: { value: '2400000.00', sources: ['daisu'] },
    });
  });
});
