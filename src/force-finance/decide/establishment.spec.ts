import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

/** As a caller sends it; malformed ones too, which the one mapping (to-command.ts) refuses. */
const set = (body: object) => ({ type: 'SetEstablishment', ...body }) as ForceFinanceRequest;
const officers19: ForceFinanceEvent = { type: 'EstablishmentSet.v1', data: { year: '2019/20', group: 'officers', fte: '1980.73' } };

describe('force finance decider: establishment (FTE) per pay group', () => {
  it('records a group’s establishment for a year of the plan, exactly as given', () => {
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2019/20', group: 'officers', fte: '1980.730' }))
      .then([officers19]);
  });

  it('records nothing when the same establishment is set again, and replaces it when it differs', () => {
    spec(decider)
      .given([planPeriod, officers19])
      .when(set({ year: '2019/20', group: 'officers', fte: '1980.73' }))
      .thenNothingHappened();
    spec(decider)
      .given([planPeriod, officers19])
      .when(set({ year: '2019/20', group: 'officers', fte: '2000' }))
      .then([{ type: 'EstablishmentSet.v1', data: { year: '2019/20', group: 'officers', fte: '2000' } }]);
    spec(decider)
      .given([planPeriod, officers19])
      .when(set({ year: '2019/20', group: 'staff', fte: '1980.73' }))
      .then([{ type: 'EstablishmentSet.v1', data: { year: '2019/20', group: 'staff', fte: '1980.73' } }]);
  });

  it('refuses a year outside the plan and an establishment of zero or less (422)', () => {
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2020/21', group: 'officers', fte: '2000' }))
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period/);
    spec(decider)
      .given([planPeriod])
      .when(set({ year: '2019/20', group: 'pcsos', fte: '0' }))
      .thenThrows(RuleViolationError, /The establishment of pcsos \(FTE\) must be more than zero/);
  });

  it('refuses malformed fields, naming them (400)', () => {
    const refused = (body: object, field: RegExp) => spec(decider).given([planPeriod]).when(set(body)).thenThrows(InvalidInputError, field);
    refused({ year: '2019/20', group: 'sergeants', fte: '10' }, /group/);
    refused({ year: '2019/20', group: 'officers', fte: 10 }, /fte/);
    refused({ year: '2019/20', group: 'officers', fte: 'ten' }, /fte/);
    refused({ year: '2019/2020', group: 'officers', fte: '10' }, /year/);
  });
});
