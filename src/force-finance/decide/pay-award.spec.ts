import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

/** As a caller sends it; malformed ones too, which the one mapping (to-command.ts) refuses. */
const set = (body: object) => ({ type: 'SetPayAward', ...body }) as ForceFinanceRequest;
const officers19: ForceFinanceEvent = {
  type: 'PayAwardSet.v1',
  data: { year: '2019/20', group: 'officers', rate: '0.025', effectiveMonth: 9 },
};

describe('force finance decider: pay awards per pay group', () => {
  it('records a group’s award from September when no month is given', () => {
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2019/20', group: 'officers', rate: '0.025' }))
      .then([officers19]);
  });

  it('records the effective month and incremental drift when given', () => {
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2018/19', group: 'staff', rate: '0.020', effectiveMonth: 4, incrementalDrift: '0.0100' }))
      .then([
        { type: 'PayAwardSet.v1', data: { year: '2018/19', group: 'staff', rate: '0.02', effectiveMonth: 4, incrementalDrift: '0.01' } },
      ]);
  });

  it('records nothing when the same award is set again, and replaces it when it differs', () => {
    spec(decider)
      .given([planPeriod, officers19])
      .when(set({ year: '2019/20', group: 'officers', rate: '0.0250', effectiveMonth: 9 }))
      .thenNothingHappened();
    spec(decider)
      .given([planPeriod, officers19])
      .when(set({ year: '2019/20', group: 'officers', rate: '0.025', incrementalDrift: '0.01' }))
      .then([
        {
          type: 'PayAwardSet.v1',
          data: { year: '2019/20', group: 'officers', rate: '0.025', effectiveMonth: 9, incrementalDrift: '0.01' },
        },
      ]);
  });

  it('refuses a year outside the plan and an award or drift of −100 % (422)', () => {
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2020/21', group: 'officers', rate: '0.02' }))
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period/);
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2019/20', group: 'pcsos', rate: '-1' }))
      .thenThrows(RuleViolationError, /^A pcsos pay award of -100\.00 % would take pay to zero or less/);
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2019/20', group: 'pcsos', rate: '0.02', incrementalDrift: '-1' }))
      .thenThrows(RuleViolationError, /Incremental drift of pcsos/);
  });

  it('refuses malformed fields, naming them (400)', () => {
    const refused = (body: object, field: RegExp) => spec(decider).given([planPeriod]).when(set(body)).thenThrows(InvalidInputError, field);
    refused({ year: '2019/20', group: 'inspectors', rate: '0.02' }, /group/);
    refused({ year: '2019/20', group: 'officers', rate: 0.02 }, /rate/);
    refused({ year: '2019/20', group: 'officers', rate: '0.02', effectiveMonth: 13 }, /effectiveMonth/);
    refused({ year: '2019/20', group: 'officers', rate: '0.02', effectiveMonth: '9' }, /effectiveMonth/);
    refused({ year: '2019/20', group: 'officers', rate: '0.02', incrementalDrift: 'a lot' }, /incrementalDrift/);
  });

  it('lets a base budget pay line name its pay group, and only a pay line', () => {
    const line = { code: 'officers', name: 'Police officer pay', kind: 'pay' as const, amount: '10000000', payGroup: 'officers' as const };
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2019/20', lines: [line] } as ForceFinanceRequest)
      .then([{ type: 'BaseBudgetSet.v1', data: { year: '2019/20', lines: [line] } }]);
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2019/20', lines: [{ ...line, kind: 'non_pay' }] } as ForceFinanceRequest)
      .thenThrows(InvalidInputError, /lines\[0\]\.payGroup/);
  });

  it('records employer on-cost rates from a year; the same again records nothing; a negative rate is refused (422)', () => {
    const rates = { year: '2019/20', officersPension: '0.310', staffPension: '0.18', employerNationalInsurance: '0.1' };
    const recorded: ForceFinanceEvent = {
      type: 'PayOnCostRatesSet.v1',
      data: { year: '2019/20', officersPension: '0.31', staffPension: '0.18', employerNationalInsurance: '0.1' },
    };
    const setRates = (body: object) => ({ type: 'SetPayOnCostRates', ...body }) as ForceFinanceRequest;
    spec(decider).given([planPeriod]).when(setRates(rates)).then([recorded]);
    spec(decider).given([planPeriod, recorded]).when(setRates(rates)).thenNothingHappened();
    spec(decider)
      .given([planPeriod])
      .when(setRates({ ...rates, staffPension: '-0.01' }))
      .thenThrows(RuleViolationError, /^An employer on-cost rate cannot be negative \(-1\.00 % given\)$/);
    spec(decider)
      .given([planPeriod])
      .when(setRates({ ...rates, employerNationalInsurance: undefined }))
      .thenThrows(InvalidInputError, /employerNationalInsurance/);
  });
});
