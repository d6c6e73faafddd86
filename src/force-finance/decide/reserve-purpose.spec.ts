import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod, budgetSupportOpened, fold } from '../../../test/fixtures/force-finance';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { ReserveOpened } from '../force-finance.events';

const generalOpened: ReserveOpened = {
  type: 'ReserveOpened.v1',
  data: {
    reserveId: 'general',
    name: 'General reserve',
    kind: 'general',
    purpose: '',
    openingBalance: '13300000',
    asAtYear: '2016/17',
  },
};

describe('force finance decider: reserves by purpose (Home Office reserves guidance, 2018)', () => {
  const open = {
    type: 'OpenReserve' as const,
    reserveId: 'ict',
    name: 'ICT programme reserve',
    kind: 'earmarked',
    purpose: 'ICT investment beyond the MTFP',
    openingBalance: '2000000.00',
    asAtYear: '2016/17',
  };

  it('opens a reserve with its purpose, and one without reads as before (no purpose recorded)', () => {
    spec(decider)
      .given([planPeriod])
      .when({ ...open, purposeCategory: 'beyond_mtfp' })
      .then([
        {
          type: 'ReserveOpened.v1',
          data: {
            reserveId: 'ict',
            name: 'ICT programme reserve',
            kind: 'earmarked',
            purpose: 'ICT investment beyond the MTFP',
            openingBalance: '2000000',
            asAtYear: '2016/17',
            purposeCategory: 'beyond_mtfp',
          },
        },
      ]);
    expect(fold([planPeriod, budgetSupportOpened]).reserves[0].purposeCategory).toBeNull();
  });

  it('categorises a reserve opened earlier; saying it again records nothing', () => {
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when({ type: 'CategoriseReservePurpose', reserveId: 'budget-support', purposeCategory: 'within_mtfp' })
      .then([{ type: 'ReservePurposeCategorised.v1', data: { reserveId: 'budget-support', purposeCategory: 'within_mtfp' } }]);
    spec(decider)
      .given([
        planPeriod,
        budgetSupportOpened,
        { type: 'ReservePurposeCategorised.v1', data: { reserveId: 'budget-support', purposeCategory: 'within_mtfp' } },
      ])
      .when({ type: 'CategoriseReservePurpose', reserveId: 'budget-support', purposeCategory: 'within_mtfp' })
      .thenNothingHappened();
  });

  it('refuses to earmark a general reserve for anything but contingency, on opening or later', () => {
    spec(decider)
      .given([planPeriod])
      .when({ ...open, reserveId: 'general', name: 'General reserve', kind: 'general', purposeCategory: 'within_mtfp' })
      .thenThrows(
        RuleViolationError,
        /General reserve is a general reserve, which the Home Office reserves guidance \(2018\) counts as general contingency/,
      );
    spec(decider)
      .given([planPeriod, generalOpened])
      .when({ type: 'CategoriseReservePurpose', reserveId: 'general', purposeCategory: 'beyond_mtfp' })
      .thenThrows(RuleViolationError, /cannot be held for "beyond_mtfp"/);
  });

  it('refuses an unknown reserve (404) and an unknown purpose (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'CategoriseReservePurpose', reserveId: 'rainy-day', purposeCategory: 'contingency' })
      .thenThrows(NotFoundError, /has no reserve with id rainy-day/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when({ type: 'CategoriseReservePurpose', reserveId: 'budget-support', purposeCategory: 'rainy_day' })
      .thenThrows(InvalidInputError, /purposeCategory/);
  });
});
