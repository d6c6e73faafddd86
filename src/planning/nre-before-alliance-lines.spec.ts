import { FinancialYear } from '../common/financial-year';
import { forceFinanceDecider, type ForceFinanceEvent, type ForceFinanceState } from '../force-finance';
import { toDomainEvent } from '../event-sourcing/recorded-event';
import { projectMtfp } from '../mtfp';
import { recordedExample } from '../../test/fixtures/worked-example';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { nreBeforeAllianceLines } from './nre-before-alliance-lines';

const ITEM = { itemId: 'pensions', kind: 'cost_pressure', fromYear: '2016/17', recurrence: 'recurring', description: 'Pensions' } as const;

describe('a force’s NRE before alliance lines, kept per facts object', () => {
  const from = FinancialYear.parse('2016/17');

  it('is worked out once for the same facts, and afresh for the facts a new event makes', () => {
    const before = factsFrom(baseEvents);
    // 2016/17: pay 100,000,000 + supplies 30,000,000 − fees 5,000,000 = 125,000,000.
    const first = nreBeforeAllianceLines(before, [from]);
    expect(first.map((y) => [y.year, y.nre.toPence()])).toEqual([['2016/17', '125000000.00']]);
    expect(nreBeforeAllianceLines(before, [from])[0].nre).toBe(first[0].nre);

    const pensions: ForceFinanceEvent = { type: 'BudgetItemAdded.v1', data: { ...ITEM, amount: '1000000' } };
    const after = factsFrom({ ...baseEvents, pensions });
    // The new item adds its 1,000,000: 126,000,000; the old facts still read as they did.
    expect(nreBeforeAllianceLines(after, [from]).map((y) => y.nre.toPence())).toEqual(['126000000.00']);
    expect(nreBeforeAllianceLines(before, [from])[0].nre).toBe(first[0].nre);
  });

  it('works out only the years asked for, each once per facts object', () => {
    const facts = factsFrom(baseEvents);
    const later = FinancialYear.parse('2018/19');
    const apart = nreBeforeAllianceLines(facts, [from, later]);
    expect(apart.map((y) => y.year)).toEqual(['2016/17', '2018/19']);
    // The same years alone, or among others, are the very figures kept the first time.
    expect(nreBeforeAllianceLines(facts, [later])[0].nre).toBe(apart[1].nre);
    const between = nreBeforeAllianceLines(facts, FinancialYear.range(from, 3));
    expect(between.map((y) => y.year)).toEqual(['2016/17', '2017/18', '2018/19']);
    expect(between[0].nre).toBe(apart[0].nre);
    expect(between[2].nre).toBe(apart[1].nre);
  });
});

describe('a force’s NRE before alliance lines, against the whole MTFP', () => {
  it('is, for every force of the worked example, the NRE its MTFP without alliance lines shows, at every event and year', async () => {
    const { events } = await recordedExample();
    const byStream = new Map<string, ForceFinanceState>();
    let compared = 0;
    for (const recorded of events) {
      const { event, ref } = toDomainEvent(recorded);
      if (!ref.streamId.startsWith('force-finance-')) continue;
      const facts = forceFinanceDecider.evolve(
        byStream.get(ref.streamId) ?? forceFinanceDecider.initialState(),
        event as ForceFinanceEvent,
        ref,
      );
      byStream.set(ref.streamId, facts);
      if (!facts.planPeriod) continue;
      const from = FinancialYear.parse(facts.planPeriod.firstYear).previous().previous();
      const mtfp = projectMtfp({ facts, from, years: 10 }).years.map((y) => [y.year, y.nre.value.toExact()]);
      expect(nreBeforeAllianceLines(facts, FinancialYear.range(from, 10)).map((y) => [y.year, y.nre.toExact()])).toEqual(mtfp);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
