import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

const budget16: ForceFinanceEvent = {
  type: 'BaseBudgetSet.v1',
  data: {
    year: '2016/17',
    lines: [
      { code: 'officer-pay', name: 'Police officers', kind: 'pay', amount: '103000000' },
      { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '5500000' },
    ],
  },
};
const uplift: ForceFinanceEvent = {
  type: 'BudgetItemAdded.v1',
  data: {
    itemId: 'uplift',
    kind: 'growth',
    fromYear: '2019/20',
    amount: '2000000',
    recurrence: 'recurring',
    description: 'Officer uplift',
  },
};
const saving: ForceFinanceEvent = {
  type: 'BudgetItemAdded.v1',
  data: { itemId: 'estates', kind: 'saving', fromYear: '2019/20', amount: '500000', recurrence: 'recurring', description: 'Estates' },
};
/** As a caller sends it (the one mapping, to-command.ts, parses it). */
const record = (fields: Record<string, unknown>) =>
  ({
    type: 'RecordSpecificGrant',
    grantId: 'pensions-grant',
    name: 'Police pensions grant',
    kind: 'specific',
    year: '2019/20',
    amount: '1900000.00',
    ...fields,
  }) as ForceFinanceRequest;
const pensionsRecorded: ForceFinanceEvent = {
  type: 'SpecificGrantRecorded.v1',
  data: {
    grantId: 'pensions-grant',
    name: 'Police pensions grant',
    kind: 'specific',
    year: '2019/20',
    amount: '1900000',
    fundsBudgetLine: 'officer-pay',
  },
};

describe('force finance decider: specific and ring-fenced grants', () => {
  it('records a year of a grant, tied to a base-budget line or an item, or untied', () => {
    spec(decider)
      .given([planPeriod, budget16])
      .when(record({ fundsBudgetLine: 'officer-pay', conditions: '  Met part of the 31.0 % employer rate  ' }))
      .then([{ type: 'SpecificGrantRecorded.v1', data: { ...pensionsRecorded.data, conditions: 'Met part of the 31.0 % employer rate' } }]);
    spec(decider)
      .given([planPeriod, uplift])
      .when(record({ grantId: 'uplift-grant', name: 'Officer uplift grant', kind: 'ring_fenced', amount: '2000000', fundsItem: 'uplift' }))
      .then([
        {
          type: 'SpecificGrantRecorded.v1',
          data: {
            grantId: 'uplift-grant',
            name: 'Officer uplift grant',
            kind: 'ring_fenced',
            year: '2019/20',
            amount: '2000000',
            fundsItem: 'uplift',
          },
        },
      ]);
    spec(decider)
      .given([planPeriod])
      .when(record({ grantId: 'victims', name: 'Victim services', amount: '1364070' }))
      .then([
        {
          type: 'SpecificGrantRecorded.v1',
          data: { grantId: 'victims', name: 'Victim services', kind: 'specific', year: '2019/20', amount: '1364070' },
        },
      ]);
  });

  it('a later record for the same grant and year supersedes it; the same again records nothing', () => {
    spec(decider)
      .given([planPeriod, budget16, pensionsRecorded])
      .when(record({ fundsBudgetLine: 'officer-pay', amount: '1900000' }))
      .thenNothingHappened();
    spec(decider)
      .given([planPeriod, budget16, pensionsRecorded])
      .when(record({ fundsBudgetLine: 'officer-pay', amount: '2000000' }))
      .then([{ type: 'SpecificGrantRecorded.v1', data: { ...pensionsRecorded.data, amount: '2000000' } }]);
  });

  it('withdraws a year’s record; a grant not recorded for the year is a 404', () => {
    spec(decider)
      .given([planPeriod, budget16, pensionsRecorded])
      .when({ type: 'WithdrawSpecificGrant', grantId: 'pensions-grant', year: '2019/20' } as ForceFinanceRequest)
      .then([{ type: 'SpecificGrantWithdrawn.v1', data: { grantId: 'pensions-grant', year: '2019/20' } }]);
    spec(decider)
      .given([planPeriod, budget16, pensionsRecorded])
      .when({ type: 'WithdrawSpecificGrant', grantId: 'pensions-grant', year: '2018/19' } as ForceFinanceRequest)
      .thenThrows(NotFoundError, /^Hertfordshire has no specific grant pensions-grant recorded for 2018\/19$/);
  });

  it('refuses a year outside the plan, a negative amount, a line the base budget lacks, an income line, a saving (422)', () => {
    spec(decider)
      .given([planPeriod, budget16])
      .when(record({ year: '2020/21' }))
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period/);
    spec(decider)
      .given([planPeriod])
      .when(record({ amount: '-1.00' }))
      .thenThrows(RuleViolationError, /^Police pensions grant cannot be negative \(-£1\.00 given\)$/);
    spec(decider)
      .given([planPeriod, budget16])
      .when(record({ fundsBudgetLine: 'staff-pay' }))
      .thenThrows(RuleViolationError, /^Hertfordshire's 2016\/17 base budget \(which 2019\/20 rolls forward from\) has no line staff-pay$/);
    spec(decider)
      .given([planPeriod])
      .when(record({ fundsBudgetLine: 'officer-pay' }))
      .thenThrows(RuleViolationError, /has no base budget for 2019\/20 or earlier/);
    spec(decider)
      .given([planPeriod, budget16])
      .when(record({ fundsBudgetLine: 'fees' }))
      .thenThrows(RuleViolationError, /fees \(Fees and charges\) is an income line/);
    spec(decider)
      .given([planPeriod, saving])
      .when(record({ fundsItem: 'estates' }))
      .thenThrows(RuleViolationError, /estates \(Estates\) is a saving/);
    spec(decider)
      .given([planPeriod])
      .when(record({ fundsItem: 'nothing' }))
      .thenThrows(RuleViolationError, /^Hertfordshire has no budget item nothing$/);
  });

  it('refuses a ring-fenced grant without the spend it funds (422)', () => {
    spec(decider)
      .given([planPeriod])
      .when(record({ kind: 'ring_fenced' }))
      .thenThrows(RuleViolationError, /Police pensions grant is ring-fenced: name the spend it funds/);
  });

  it('refuses malformed fields, naming the field (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when(record({ kind: 'general' }))
      .thenThrows(InvalidInputError, /kind/);
    spec(decider)
      .given([planPeriod])
      .when(record({ amount: '1,900,000' }))
      .thenThrows(InvalidInputError, /amount/);
    spec(decider)
      .given([planPeriod])
      .when(record({ grantId: 'a b' }))
      .thenThrows(InvalidInputError, /grantId/);
    spec(decider)
      .given([planPeriod])
      .when(record({ name: '' }))
      .thenThrows(InvalidInputError, /name/);
    spec(decider)
      .given([planPeriod, budget16, uplift])
      .when(record({ fundsBudgetLine: 'officer-pay', fundsItem: 'uplift' }))
      .thenThrows(InvalidInputError, /fundsItem/);
  });
});
