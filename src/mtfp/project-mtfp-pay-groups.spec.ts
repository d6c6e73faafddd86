import type { ForceFinanceEvent, PayGroup } from '../force-finance/force-finance.events';
import { factsFrom, assumptions, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';
import { mtfpToJson } from './mtfp-to-json';
import { monthsInFinancialYear } from './pay-award-growth';
import { projectMtfp } from './project-mtfp';

const award = (year: string, group: PayGroup, rate: string, effectiveMonth = 9, incrementalDrift?: string): ForceFinanceEvent => ({
  type: 'PayAwardSet.v1',
  data: { year, group, rate, effectiveMonth, ...(incrementalDrift ? { incrementalDrift } : {}) },
});

/** Officers £10m and staff £4m in the 2016/17 base budget; the plan's pay award is 1 %, 0 %, 2 % in 2017/18 to 2019/20. */
const events: Record<string, ForceFinanceEvent> = {
  plan: { type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2019/20' } },
  budget16: {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'officers', name: 'Police officer pay', kind: 'pay', amount: '10000000', payGroup: 'officers' },
        { code: 'staff', name: 'Police staff pay', kind: 'pay', amount: '4000000', payGroup: 'staff' },
        { code: 'overtime', name: 'Overtime', kind: 'pay', amount: '500000' },
        { code: 'supplies', name: 'Supplies', kind: 'non_pay', amount: '1000000' },
      ],
    },
  },
  assume17: assumptions('2017/18', { payAward: '0.01' }),
  assume18: assumptions('2018/19', { payAward: '0' }),
  assume19: assumptions('2019/20', { payAward: '0.02' }),
  officers17: award('2017/18', 'officers', '0.02'),
  staff18: award('2018/19', 'staff', '0.015', 4),
  officers19: award('2019/20', 'officers', '0.025', 9, '0.01'),
};

describe('projectMtfp: pay groups with their own awards, part-year effect and drift', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 4 });
  const line = (code: string) => mtfp.years.map((y) => y.expenditure.lines.find((l) => l.code === code)!.amount.value.toPence());
  const group = (year: number, g: PayGroup) => mtfp.years[year].expenditure.payGroups.find((p) => p.group === g)!;

  it('counts a September award 7/12 in its year and in full from the next', () => {
    // 2017/18: £10,000,000 × (1 + 0.02 × 7/12) = £10,000,000 + £116,666.666… = £10,116,666.67.
    // 2018/19: no officers' award, the plan's 0 %: £10,000,000 × 1.02 = £10,200,000.00 (the full-year effect).
    // 2019/20: 2.5 % from September with 1 % drift: drift £10,200,000 × 0.01 = £102,000; full-year award
    // (£10,200,000 + £102,000) × 0.025 = £257,550; 7/12 of it £150,237.50; total £10,452,237.50.
    expect(line('officers')).toEqual(['10000000.00', '10116666.67', '10200000.00', '10452237.50']);
  });

  it('moves a group with no award for a year by the plan pay award, and an April award in full', () => {
    // 2017/18 plan 1 %: £4,040,000; 2018/19 staff 1.5 % from April (12 months): £4,040,000 × 1.015 = £4,100,600;
    // 2019/20 plan 2 %: £4,100,600 × 1.02 = £4,182,612.
    expect(line('staff')).toEqual(['4000000.00', '4040000.00', '4100600.00', '4182612.00']);
    // A line without a group: the plan's pay award as before (£500,000 × 1.01 × 1 × 1.02 = £515,100).
    expect(line('overtime')).toEqual(['500000.00', '505000.00', '505000.00', '515100.00']);
    // pay 2019/20 = £10,452,237.50 + £4,182,612 + £515,100 = £15,149,949.50.
    expect(mtfp.years[3].expenditure.pay.value.toPence()).toBe('15149949.50');
  });

  it('shows each group worked out: opening, drift, full-year award and the part the year bears', () => {
    const officers19 = group(3, 'officers');
    expect(officers19.lineCodes).toEqual(['officers']);
    expect(officers19.base.value.toPence()).toBe('10000000.00');
    expect(officers19.opening.value.toPence()).toBe('10200000.00');
    expect(officers19.drift.value.toPence()).toBe('102000.00');
    expect(officers19.awardFullYear.value.toPence()).toBe('257550.00');
    expect(officers19.awardInYear.value.toPence()).toBe('150237.50');
    expect(officers19.total.value.toPence()).toBe('10452237.50');
    expect(officers19.award).toMatchObject({ basis: 'recorded', effectiveMonth: 9, monthsInYear: 7 });
    expect(officers19.award!.rate.value.toExact()).toBe('0.025');
    expect(officers19.award!.incrementalDrift.value.toExact()).toBe('0.01');
    // The base year holds its own pay: no award, nothing added.
    expect(group(0, 'officers').award).toBeNull();
    expect(group(0, 'officers').total.value.toPence()).toBe('10000000.00');
    // Staff 2019/20 by the plan: opening £4,100,600, award £82,012 in full (12 months).
    const staff19 = group(3, 'staff');
    expect(staff19.award).toMatchObject({ basis: 'plan', effectiveMonth: null, monthsInYear: 12 });
    expect(staff19.awardInYear.value.toPence()).toBe('82012.00');
    // No PCSO lines, so no PCSO group.
    expect(mtfp.years[3].expenditure.payGroups.map((p) => p.group)).toEqual(['officers', 'staff']);
  });

  it('cites the awards each figure uses', () => {
    expect(group(1, 'officers').total.sources).toEqual(['budget16', 'officers17']);
    expect(group(3, 'officers').awardInYear.sources).toEqual(['budget16', 'officers17', 'assume18', 'officers19']);
    expect(group(3, 'staff').total.sources).toEqual(['budget16', 'assume17', 'staff18', 'assume19']);
    const json = mtfpToJson(mtfp).years[1].expenditure;
    expect(json.lines.find((l) => l.code === 'officers')).toMatchObject({ payGroup: 'officers', amount: { value: '10116666.67' } });
    expect(json.payGroups[0]).toMatchObject({ group: 'officers', awardInYear: { value: '116666.67' }, award: { rate: { value: '0.02' } } });
  });

  it('counts the months from the effective month to March', () => {
    // April 12, September 7, December 4, January 3, March 1.
    expect([4, 9, 12, 1, 3].map(monthsInFinancialYear)).toEqual([12, 7, 4, 3, 1]);
  });
});

describe('projectMtfp: pay groups without awards keep the figures of a plan without groups', () => {
  it('gives every pay figure to the penny (exactly) as before', () => {
    const budget = baseEvents.budget16 as Extract<ForceFinanceEvent, { type: 'BaseBudgetSet.v1' }>;
    const grouped: Record<string, ForceFinanceEvent> = {
      ...baseEvents,
      budget16: {
        type: 'BaseBudgetSet.v1',
        data: { ...budget.data, lines: budget.data.lines.map((l) => (l.kind === 'pay' ? { ...l, payGroup: 'officers' as const } : l)) },
      },
    };
    const before = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 4 });
    const after = projectMtfp({ facts: factsFrom(grouped), from: '2016/17', years: 4 });
    // The fixture's pay £100m moves by 1 % then 2 %: £101,000,000 in 2017/18, £103,020,000 in 2018/19 and 2019/20 (carried 2 %: £105,080,400).
    expect(after.years.map((y) => y.expenditure.pay.value.toPence())).toEqual([
      '100000000.00',
      '101000000.00',
      '103020000.00',
      '105080400.00',
    ]);
    after.years.forEach((year, i) => {
      expect(year.expenditure.pay.value.toExact()).toBe(before.years[i].expenditure.pay.value.toExact());
      expect(year.gap.value.toExact()).toBe(before.years[i].gap.value.toExact());
    });
    expect(before.years[1].expenditure.payGroups).toEqual([]);
  });
});
