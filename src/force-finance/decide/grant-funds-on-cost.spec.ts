import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

const budget19: ForceFinanceEvent = {
  type: 'BaseBudgetSet.v1',
  data: {
    year: '2019/20',
    lines: [
      { code: 'officer-pay', name: 'Police officers', kind: 'pay', amount: '60000000', payGroup: 'officers' },
      { code: 'staff-pay', name: 'Police staff', kind: 'pay', amount: '25000000' },
    ],
  },
};
const record = (fields: Record<string, unknown>) =>
  ({
    type: 'RecordSpecificGrant',
    grantId: 'pensions-grant',
    name: 'Police pensions grant',
    kind: 'specific',
    year: '2019/20',
    amount: '2000000.00',
    ...fields,
  }) as ForceFinanceRequest;
const officersPension = { group: 'officers', onCost: 'pension' };

describe('force finance decider: a specific grant funding a pay group’s on-cost', () => {
  it('records the tie to the group’s employer pension', () => {
    spec(decider)
      .given([planPeriod, budget19])
      .when(record({ fundsOnCost: officersPension, kind: 'ring_fenced' }))
      .then([
        {
          type: 'SpecificGrantRecorded.v1',
          data: {
            grantId: 'pensions-grant',
            name: 'Police pensions grant',
            kind: 'ring_fenced',
            year: '2019/20',
            amount: '2000000',
            fundsOnCost: { group: 'officers', onCost: 'pension' },
          },
        },
      ]);
  });

  it('supersedes an earlier record of the grant tied to a budget line, and records nothing when it is the same', () => {
    const tiedToLine: ForceFinanceEvent = {
      type: 'SpecificGrantRecorded.v1',
      data: {
        grantId: 'pensions-grant',
        name: 'Police pensions grant',
        kind: 'specific',
        year: '2019/20',
        amount: '2000',
        fundsBudgetLine: 'officer-pay',
      },
    };
    const tiedToOnCost: ForceFinanceEvent = {
      type: 'SpecificGrantRecorded.v1',
      data: {
        grantId: 'pensions-grant',
        name: 'Police pensions grant',
        kind: 'specific',
        year: '2019/20',
        amount: '2000',
        fundsOnCost: { group: 'officers', onCost: 'pension' },
      },
    };
    spec(decider)
      .given([planPeriod, budget19, tiedToLine])
      .when(record({ amount: '2000.00', fundsOnCost: officersPension }))
      .then([tiedToOnCost]);
    spec(decider)
      .given([planPeriod, budget19, tiedToOnCost])
      .when(record({ amount: '2000.00', fundsOnCost: officersPension }))
      .thenNothingHappened();
  });

  it('refuses a group with no pay line of its own in the base budget the year rolls forward from (422)', () => {
    spec(decider)
      .given([planPeriod, budget19])
      .when(record({ fundsOnCost: { group: 'staff', onCost: 'pension' } }))
      .thenThrows(RuleViolationError, /2019\/20 base budget \(which 2019\/20 rolls forward from\) has no pay line of the staff pay group/);
    spec(decider)
      .given([planPeriod])
      .when(record({ fundsOnCost: officersPension }))
      .thenThrows(RuleViolationError, /has no base budget for 2019\/20 or earlier/);
  });

  it('refuses a tie to two spends, and a malformed tie, naming the field (400)', () => {
    const refused = (fields: Record<string, unknown>, field: RegExp) =>
      spec(decider).given([planPeriod, budget19]).when(record(fields)).thenThrows(InvalidInputError, field);
    refused({ fundsOnCost: officersPension, fundsBudgetLine: 'officer-pay' }, /fundsOnCost/);
    refused({ fundsOnCost: { group: 'officers', onCost: 'overtime' } }, /fundsOnCost\.onCost/);
    refused({ fundsOnCost: { group: 'chiefs', onCost: 'pension' } }, /fundsOnCost\.group/);
    refused({ fundsOnCost: 'officers' }, /fundsOnCost/);
  });
});
