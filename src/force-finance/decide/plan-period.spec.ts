import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';

describe('force finance decider: plan period', () => {
  it('records the MTFP horizon', () => {
    spec(decider).given([]).when({ type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2019/20' }).then([planPeriod]);
  });

  it('refuses a plan that ends before it starts', () => {
    spec(decider)
      .given([])
      .when({ type: 'SetPlanPeriod', firstYear: '2019/20', lastYear: '2016/17' })
      .thenThrows(RuleViolationError, /cannot end \(2016\/17\) before it starts \(2019\/20\)/);
  });

  it('may be extended, but must still cover every year already recorded', () => {
    const given: ForceFinanceEvent[] = [planPeriod, { type: 'TaxBaseRecorded.v1', data: { year: '2015/16', bandDEquivalents: '420000' } }];
    spec(decider)
      .given(given)
      .when({ type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2020/21' })
      .then([{ type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2020/21' } }]);
    spec(decider)
      .given(given)
      .when({ type: 'SetPlanPeriod', firstYear: '2016/17', lastYear: '2020/21' })
      .thenThrows(RuleViolationError, /would leave out figures already recorded for Hertfordshire \(tax base 2015\/16\)/);
  });

  it('refuses figures before a plan period is set, saying to set one first', () => {
    spec(decider)
      .given([])
      .when({ type: 'RecordTaxBase', year: '2016/17', bandDEquivalents: '420000' })
      .thenThrows(
        RuleViolationError,
        /^Hertfordshire has no plan period yet: set its plan period .* before recording figures for 2016\/17$/,
      );
  });
});
