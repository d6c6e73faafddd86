import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod, fold } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';

describe('force finance decider: base budget', () => {
  const lines = [
    { code: 'officer-pay', name: 'Police officer pay', kind: 'pay', amount: '100000000.00' },
    { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '31200000.50' },
    { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '7500000' },
  ];

  it('records the whole base budget of a year with exact amounts', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2016/17', lines })
      .then([
        {
          type: 'BaseBudgetSet.v1',
          data: {
            year: '2016/17',
            lines: [
              { code: 'officer-pay', name: 'Police officer pay', kind: 'pay', amount: '100000000' },
              { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '31200000.5' },
              { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '7500000' },
            ],
          },
        },
      ]);
  });

  it('re-recording a year replaces its base budget', () => {
    const first: ForceFinanceEvent = {
      type: 'BaseBudgetSet.v1',
      data: { year: '2016/17', lines: [{ code: 'a', name: 'A', kind: 'pay', amount: '1' }] },
    };
    const second: ForceFinanceEvent = {
      type: 'BaseBudgetSet.v1',
      data: { year: '2016/17', lines: [{ code: 'b', name: 'B', kind: 'pay', amount: '2' }] },
    };
    expect(fold([planPeriod, first, second]).baseBudgets['2016/17'].lines).toEqual([{ code: 'b', name: 'B', kind: 'pay', amount: '2' }]);
  });

  it('refuses a budget for a year outside the plan period, naming the period', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2031/32', lines })
      .thenThrows(RuleViolationError, /^2031\/32 is outside Hertfordshire's plan period \(2015\/16 to 2019\/20\)$/);
  });

  it('refuses duplicate line codes', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'SetBaseBudget',
        year: '2016/17',
        lines: [...lines, { code: 'Supplies', name: 'Again', kind: 'non_pay', amount: '1' }],
      })
      .thenThrows(RuleViolationError, /Budget line code Supplies appears more than once in the 2016\/17 base budget \(lines 2 and 4\)/);
  });

  it('refuses a negative amount (422) and a JSON number or unknown kind (400)', () => {
    const withLine = (line: { code: string; name: string; kind: string; amount: unknown }) => ({
      type: 'SetBaseBudget' as const,
      year: '2016/17',
      lines: [line as { code: string; name: string; kind: string; amount: string }],
    });
    spec(decider)
      .given([planPeriod])
      .when(withLine({ code: 'x', name: 'Overtime', kind: 'pay', amount: '-5.00' }))
      .thenThrows(RuleViolationError, /Budget line x \(Overtime\) cannot be negative \(-£5\.00 given\)/);
    spec(decider)
      .given([planPeriod])
      .when(withLine({ code: 'x', name: 'Overtime', kind: 'pay', amount: 5 }))
      .thenThrows(InvalidInputError, /lines\[0\]\.amount: must be a decimal string/);
    spec(decider)
      .given([planPeriod])
      .when(withLine({ code: 'x', name: 'Overtime', kind: 'capital', amount: '5' }))
      .thenThrows(InvalidInputError, /lines\[0\]\.kind: must be one of "pay", "non_pay", "income"/);
  });

  it('refuses an empty budget', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2016/17', lines: [] })
      .thenThrows(InvalidInputError, /at least one budget line/);
  });
});

describe('force finance decider: plan assumptions', () => {
  it('records rates as exact fraction strings', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'SetPlanAssumptions',
        year: '2017/18',
        payAward: '0.010',
        nonPayInflation: '0.02',
        incomeInflation: '0',
        grantChange: '-0.013',
        taxBaseGrowth: '0.0125',
      })
      .then([
        {
          type: 'PlanAssumptionsSet.v1',
          data: {
            year: '2017/18',
            payAward: '0.01',
            nonPayInflation: '0.02',
            incomeInflation: '0',
            grantChange: '-0.013',
            taxBaseGrowth: '0.0125',
          },
        },
      ]);
  });

  it('refuses a rate given as a percentage or a number, naming the field', () => {
    const base = {
      type: 'SetPlanAssumptions' as const,
      year: '2017/18',
      payAward: '0.01',
      nonPayInflation: '0.02',
      incomeInflation: '0',
      grantChange: '0',
      taxBaseGrowth: '0',
    };
    spec(decider)
      .given([planPeriod])
      .when({ ...base, nonPayInflation: '2' })
      .thenThrows(InvalidInputError, /^nonPayInflation: must be at most 1/);
    spec(decider)
      .given([planPeriod])
      .when({ ...base, payAward: 0.01 as unknown as string })
      .thenThrows(InvalidInputError, /^payAward: .*not a JSON number/);
  });
});
