import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

/** As a caller sends it; malformed ones too, which the one mapping (to-command.ts) refuses. */
const request = (body: object) => body as ForceFinanceRequest;
const rates19: ForceFinanceEvent = {
  type: 'InflationCategoryRatesSet.v1',
  data: {
    year: '2019/20',
    rates: [
      { category: 'energy', rate: '0.08' },
      { category: 'fuel', rate: '0.03' },
    ],
  },
};
const setRates = (rates: object[]) => request({ type: 'SetInflationCategoryRates', year: '2019/20', rates });

describe('force finance decider: inflation rates by named category', () => {
  it("records a year's rates by category, and nothing when the same rates are set again", () => {
    spec(decider)
      .given([planPeriod])
      .when(
        setRates([
          { category: 'energy', rate: '0.080' },
          { category: 'fuel', rate: '0.03' },
        ]),
      )
      .then([rates19]);
    spec(decider)
      .given([planPeriod, rates19])
      .when(
        setRates([
          { category: 'fuel', rate: '0.03' },
          { category: 'energy', rate: '0.08' },
        ]),
      )
      .thenNothingHappened();
  });

  it('replaces all of the year’s rates when they differ (a category left out then has none)', () => {
    spec(decider)
      .given([planPeriod, rates19])
      .when(setRates([{ category: 'energy', rate: '0.1' }]))
      .then([{ type: 'InflationCategoryRatesSet.v1', data: { year: '2019/20', rates: [{ category: 'energy', rate: '0.1' }] } }]);
  });

  it('refuses a category not on the list, a category twice, or a malformed rate (400); −100 % or less, or a year outside the plan (422)', () => {
    spec(decider)
      .given([planPeriod])
      .when(setRates([{ category: 'water', rate: '0.02' }]))
      .thenThrows(InvalidInputError, /energy/);
    spec(decider)
      .given([planPeriod])
      .when(
        setRates([
          { category: 'fuel', rate: '0.02' },
          { category: 'fuel', rate: '0.03' },
        ]),
      )
      .thenThrows(InvalidInputError, /fuel twice/);
    spec(decider)
      .given([planPeriod])
      .when(setRates([{ category: 'fuel', rate: 0.02 }]))
      .thenThrows(InvalidInputError);
    spec(decider)
      .given([planPeriod])
      .when(setRates([{ category: 'fuel', rate: '-1' }]))
      .thenThrows(RuleViolationError, /more than −100 %/);
    spec(decider)
      .given([planPeriod])
      .when(request({ type: 'SetInflationCategoryRates', year: '2030/31', rates: [{ category: 'fuel', rate: '0.02' }] }))
      .thenThrows(RuleViolationError);
  });

  it('lets a non-pay base-budget line and a non-pay item name a category; refuses one on a pay line or a flat-cash item (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when(
        request({
          type: 'SetBaseBudget',
          year: '2016/17',
          lines: [{ code: 'energy', name: 'Energy', kind: 'non_pay', amount: '1000000', inflationCategory: 'energy' }],
        }),
      )
      .then([
        {
          type: 'BaseBudgetSet.v1',
          data: {
            year: '2016/17',
            lines: [{ code: 'energy', name: 'Energy', kind: 'non_pay', amount: '1000000', inflationCategory: 'energy' }],
          },
        },
      ]);
    spec(decider)
      .given([planPeriod])
      .when(
        request({
          type: 'SetBaseBudget',
          year: '2016/17',
          lines: [{ code: 'pay', name: 'Pay', kind: 'pay', amount: '1000000', inflationCategory: 'energy' }],
        }),
      )
      .thenThrows(InvalidInputError, /only for a non_pay line/);
    const item = {
      type: 'AddBudgetItem',
      itemId: 'fleet',
      kind: 'cost_pressure',
      fromYear: '2017/18',
      amount: '200000',
      recurrence: 'recurring',
      description: 'Fleet fuel',
    };
    spec(decider)
      .given([planPeriod])
      .when(request({ ...item, inflation: 'non_pay', inflationCategory: 'fuel' }))
      .then([
        {
          type: 'BudgetItemAdded.v1',
          data: {
            itemId: 'fleet',
            kind: 'cost_pressure',
            fromYear: '2017/18',
            amount: '200000',
            recurrence: 'recurring',
            description: 'Fleet fuel',
            inflation: 'non_pay',
            inflationCategory: 'fuel',
          },
        },
      ]);
    spec(decider)
      .given([planPeriod])
      .when(request({ ...item, inflationCategory: 'fuel' }))
      .thenThrows(InvalidInputError, /only for an item with inflation non_pay/);
  });

  it("revises an item's category when it is inflated as non-pay (also with the revision that makes it so); 422 for a flat-cash item", () => {
    const added = (inflation: 'non_pay' | 'none'): ForceFinanceEvent => ({
      type: 'BudgetItemAdded.v1',
      data: {
        itemId: 'ict',
        kind: 'cost_pressure',
        fromYear: '2017/18',
        amount: '500000',
        recurrence: 'recurring',
        description: 'ICT',
        inflation,
      },
    });
    const revise = (body: object) => request({ type: 'ReviseBudgetItem', itemId: 'ict', ...body });
    spec(decider)
      .given([planPeriod, added('non_pay')])
      .when(revise({ inflationCategory: 'ict_contracts' }))
      .then([{ type: 'BudgetItemRevised.v1', data: { itemId: 'ict', inflationCategory: 'ict_contracts' } }]);
    spec(decider)
      .given([planPeriod, added('none')])
      .when(revise({ inflation: 'non_pay', inflationCategory: 'ict_contracts' }))
      .then([{ type: 'BudgetItemRevised.v1', data: { itemId: 'ict', inflation: 'non_pay', inflationCategory: 'ict_contracts' } }]);
    spec(decider)
      .given([planPeriod, added('none')])
      .when(revise({ inflationCategory: 'ict_contracts' }))
      .thenThrows(RuleViolationError, /flat cash.*revise its inflation to non_pay/);
    spec(decider)
      .given([planPeriod, added('non_pay')])
      .when(revise({ inflation: 'pay', inflationCategory: 'ict_contracts' }))
      .thenThrows(InvalidInputError, /only for an item with inflation non_pay/);
  });
});
