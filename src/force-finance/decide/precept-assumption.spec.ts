import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

const approved17: ForceFinanceEvent = { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '152', status: 'approved' } };
/** As a caller sends it; malformed ones too, which the one mapping (to-command.ts) refuses. */
const set = (year: string, assumption: object) => ({ type: 'SetPreceptAssumption', year, assumption }) as ForceFinanceRequest;

describe('force finance decider: a precept assumption for every future year', () => {
  it('records each kind of assumption for a year whose precept is not approved', () => {
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'percentage', rate: '0.0199' }))
      .then([{ type: 'PreceptAssumptionSet.v1', data: { year: '2018/19', assumption: { kind: 'percentage', rate: '0.0199' } } }]);
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'pound', amount: '-5.00' }))
      .then([{ type: 'PreceptAssumptionSet.v1', data: { year: '2018/19', assumption: { kind: 'pound', amount: '-5' } } }]);
    spec(decider)
      .given([planPeriod])
      .when(set('2019/20', { kind: 'max_without_referendum' }))
      .then([{ type: 'PreceptAssumptionSet.v1', data: { year: '2019/20', assumption: { kind: 'max_without_referendum' } } }]);
  });

  it('replaces a year’s assumption; the same again records nothing', () => {
    const freeze: ForceFinanceEvent = { type: 'PreceptAssumptionSet.v1', data: { year: '2018/19', assumption: { kind: 'freeze' } } };
    spec(decider)
      .given([planPeriod, freeze])
      .when(set('2018/19', { kind: 'freeze' }))
      .thenNothingHappened();
    spec(decider)
      .given([planPeriod, freeze])
      .when(set('2018/19', { kind: 'max_without_referendum' }))
      .then([{ type: 'PreceptAssumptionSet.v1', data: { year: '2018/19', assumption: { kind: 'max_without_referendum' } } }]);
  });

  it('refuses an assumption for a year whose Band D is approved, or outside the plan (422)', () => {
    spec(decider)
      .given([planPeriod, approved17])
      .when(set('2017/18', { kind: 'freeze' }))
      .thenThrows(
        RuleViolationError,
        /^Hertfordshire's 2017\/18 precept is approved at £152\.00 Band D: a precept assumption is for years whose Band D is not yet set$/,
      );
    spec(decider)
      .given([planPeriod])
      .when(set('2020/21', { kind: 'freeze' }))
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period/);
  });

  it('refuses a rate of −100 % or less and fractions of a penny (422)', () => {
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'percentage', rate: '-1' }))
      .thenThrows(RuleViolationError, /would take Band D to zero or less/);
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'pound', amount: '5.001' }))
      .thenThrows(RuleViolationError, /fractions of a penny/);
  });

  it('refuses malformed assumptions, naming the field (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'double' }))
      .thenThrows(InvalidInputError, /kind/);
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'percentage' }))
      .thenThrows(InvalidInputError, /rate/);
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'freeze', amount: '5.00' }))
      .thenThrows(InvalidInputError, /amount/);
    spec(decider)
      .given([planPeriod])
      .when(set('2018/19', { kind: 'pound', amount: 5 }))
      .thenThrows(InvalidInputError, /amount/);
  });
});
