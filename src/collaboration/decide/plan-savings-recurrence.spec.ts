import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError } from '../../common/errors';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { bchFormed } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);

describe("alliance decider: a year's planned saving says whether it recurs", () => {
  const started: AllianceEvent = {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'jps-savings', name: 'JPS savings', cashable: true, startYear: '2012/13', recurrence: 'recurring' },
  };
  const plan = { type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'jps-savings', year: '2017/18', amount: '300000.00' } as const;

  it("records the year's own recurrence with its plan: a one-off year in a recurring programme", () => {
    alliance
      .given([bchFormed, started])
      .when({ ...plan, recurrence: 'one_off' })
      .then([
        { type: 'SavingsPlanned.v1', data: { programmeCode: 'jps-savings', year: '2017/18', amount: '300000', recurrence: 'one_off' } },
      ]);
  });

  it("records a plan without one as before: the year follows the programme's recurrence", () => {
    alliance
      .given([bchFormed, started])
      .when(plan)
      .then([{ type: 'SavingsPlanned.v1', data: { programmeCode: 'jps-savings', year: '2017/18', amount: '300000' } }]);
  });

  it('refuses a recurrence it does not know (400), recording nothing', () => {
    alliance
      .given([bchFormed, started])
      .when({ ...plan, recurrence: 'sometimes' as 'one_off' })
      .thenThrows(InvalidInputError, /recurring, one_off/);
  });
});
