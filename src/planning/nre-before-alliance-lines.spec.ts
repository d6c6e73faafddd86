import { FinancialYear } from '../common/financial-year';
import type { ForceFinanceEvent } from '../force-finance';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { nreBeforeAllianceLines } from './nre-before-alliance-lines';

const ITEM = { itemId: 'pensions', kind: 'cost_pressure', fromYear: '2016/17', recurrence: 'recurring', description: 'Pensions' } as const;

describe('a force’s NRE before alliance lines, kept per facts object', () => {
  const from = FinancialYear.parse('2016/17');

  it('is worked out once for the same facts, and afresh for the facts a new event makes', () => {
    const before = factsFrom(baseEvents);
    // 2016/17: pay 100,000,000 + supplies 30,000,000 − fees 5,000,000 = 125,000,000.
    const first = nreBeforeAllianceLines(before, from, 1);
    expect(first.map((y) => [y.year, y.nre.toPence()])).toEqual([['2016/17', '125000000.00']]);
    expect(nreBeforeAllianceLines(before, from, 1)).toBe(first);

    const pensions: ForceFinanceEvent = { type: 'BudgetItemAdded.v1', data: { ...ITEM, amount: '1000000' } };
    const after = factsFrom({ ...baseEvents, pensions });
    // The new item adds its 1,000,000: 126,000,000; the old facts still read as they did.
    expect(nreBeforeAllianceLines(after, from, 1).map((y) => y.nre.toPence())).toEqual(['126000000.00']);
    expect(nreBeforeAllianceLines(before, from, 1)).toBe(first);
  });

  it('keeps each span asked for apart', () => {
    const facts = factsFrom(baseEvents);
    expect(nreBeforeAllianceLines(facts, from, 2).map((y) => y.year)).toEqual(['2016/17', '2017/18']);
    expect(nreBeforeAllianceLines(facts, from, 1).map((y) => y.year)).toEqual(['2016/17']);
  });
});
