import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';

describe('force finance decider: budget monitoring (forecast outturn and actual)', () => {
  const budget16: ForceFinanceEvent = {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'pay', name: 'Officers and staff', kind: 'pay', amount: '100000000' },
        { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '30000000' },
        { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '5000000' },
      ],
    },
  };
  const daisu: ForceFinanceEvent = {
    type: 'BudgetItemAdded.v1',
    data: { itemId: 'daisu', kind: 'growth', fromYear: '2016/17', amount: '2400000', recurrence: 'recurring', description: 'DAISU' },
  };
  const oneOff18: ForceFinanceEvent = {
    type: 'BudgetItemAdded.v1',
    data: { itemId: 'one-off-18', kind: 'cost_pressure', fromYear: '2018/19', amount: '1', recurrence: 'one_off', description: 'One-off' },
  };
  const given = [planPeriod, budget16, daisu, oneOff18];
  const forecast = {
    type: 'RecordForecastOutturn' as const,
    year: '2016/17',
    asAtMonth: 6,
    lines: [
      { code: 'pay', amount: '101000000.00' },
      { code: 'fees', amount: '5200000' },
    ],
    items: [{ itemId: 'daisu', amount: '2000000' }],
  };
  const actual16: ForceFinanceEvent = {
    type: 'OutturnRecorded.v1',
    data: { year: '2016/17', lines: [{ code: 'pay', amount: '100500000' }] },
  };

  it('records a forecast outturn by line and item, as at its month, with exact amounts', () => {
    spec(decider)
      .given(given)
      .when(forecast)
      .then([
        {
          type: 'ForecastOutturnRecorded.v1',
          data: {
            year: '2016/17',
            asAtMonth: 6,
            lines: [
              { code: 'pay', amount: '101000000' },
              { code: 'fees', amount: '5200000' },
            ],
            items: [{ itemId: 'daisu', amount: '2000000' }],
          },
        },
      ]);
  });

  it('records the year-end actual; a later year rolled from the same base budget may be monitored too', () => {
    spec(decider)
      .given(given)
      .when({ type: 'RecordOutturn', year: '2016/17', lines: [{ code: 'pay', amount: '100500000' }] })
      .then([actual16]);
    // 2017/18 has no base budget of its own: its budget is 2016/17's rolled forward, so its codes count.
    spec(decider)
      .given(given)
      .when({ type: 'RecordForecastOutturn', year: '2017/18', asAtMonth: 3, lines: [{ code: 'supplies', amount: '29000000' }] })
      .then([
        { type: 'ForecastOutturnRecorded.v1', data: { year: '2017/18', asAtMonth: 3, lines: [{ code: 'supplies', amount: '29000000' }] } },
      ]);
  });

  it('refuses a forecast once the year’s actual is recorded (422), but records another year’s', () => {
    spec(decider)
      .given([...given, actual16])
      .when(forecast)
      .thenThrows(RuleViolationError, /2016\/17 actual outturn is already recorded/);
    spec(decider)
      .given([...given, actual16])
      .when({ ...forecast, year: '2017/18', items: [] })
      .then([
        {
          type: 'ForecastOutturnRecorded.v1',
          data: {
            year: '2017/18',
            asAtMonth: 6,
            lines: [
              { code: 'pay', amount: '101000000' },
              { code: 'fees', amount: '5200000' },
            ],
          },
        },
      ]);
  });

  it('refuses a line code not in the year’s budget, an item that does not count in the year, and duplicates (422)', () => {
    spec(decider)
      .given(given)
      .when({ ...forecast, lines: [{ code: 'helicopters', amount: '1' }] })
      .thenThrows(RuleViolationError, /Budget line helicopters is not in Hertfordshire's 2016\/17 budget/);
    spec(decider)
      .given(given)
      .when({ ...forecast, items: [{ itemId: 'one-off-18', amount: '1' }] })
      .thenThrows(RuleViolationError, /Budget item one-off-18 is not in Hertfordshire's 2016\/17 budget/);
    spec(decider)
      .given(given)
      .when({ ...forecast, lines: [...forecast.lines, { code: 'pay', amount: '1' }] })
      .thenThrows(RuleViolationError, /Budget line pay appears more than once/);
    spec(decider)
      .given(given)
      .when({ ...forecast, items: [...forecast.items, { itemId: 'daisu', amount: '1' }] })
      .thenThrows(RuleViolationError, /Budget item daisu appears more than once/);
    spec(decider)
      .given(given)
      .when({ ...forecast, lines: [{ code: 'pay', amount: '-1' }] })
      .thenThrows(RuleViolationError, /cannot be negative/);
  });

  it('refuses a year outside the plan period, or with no budget yet (422)', () => {
    spec(decider)
      .given(given)
      .when({ ...forecast, year: '2020/21' })
      .thenThrows(RuleViolationError, /outside Hertfordshire's plan period/);
    spec(decider)
      .given([planPeriod, budget16])
      .when({ ...forecast, year: '2015/16', items: [] })
      .thenThrows(RuleViolationError, /no base budget for 2015\/16 or an earlier year/);
  });

  it('keeps a monitored year inside the plan period: a new plan period must still cover it', () => {
    const forecast19: ForceFinanceEvent = {
      type: 'ForecastOutturnRecorded.v1',
      data: { year: '2019/20', asAtMonth: 6, lines: [{ code: 'pay', amount: '1' }] },
    };
    spec(decider)
      .given([...given, forecast19])
      .when({ type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2018/19' })
      .thenThrows(RuleViolationError, /budget monitoring 2019\/20/);
  });

  it('refuses a malformed month, amount or list (400)', () => {
    for (const asAtMonth of [0, 13, 6.5, '6']) {
      spec(decider)
        .given(given)
        .when({ ...forecast, asAtMonth } as unknown as typeof forecast)
        .thenThrows(InvalidInputError);
    }
    spec(decider)
      .given(given)
      .when({ ...forecast, lines: [{ code: 'pay', amount: 5 }] } as unknown as typeof forecast)
      .thenThrows(InvalidInputError);
    spec(decider)
      .given(given)
      .when({ ...forecast, lines: [] })
      .thenThrows(InvalidInputError);
  });
});
