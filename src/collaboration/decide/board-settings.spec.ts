import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { bchFormed } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);

describe('alliance decider: the board’s settings', () => {
  const started: AllianceEvent = {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'jps-savings', name: 'JPS savings', cashable: true, startYear: '2012/13' },
  };
  const recurring: AllianceEvent = {
    type: 'SavingsRecurrenceSet.v1',
    data: { programmeCode: 'jps-savings', recurrence: 'recurring', reason: 'Plan 2019: savings taken out of budgets' },
  };

  describe('savings recurrence', () => {
    it('records that a programme’s yearly figures recur, with why', () => {
      alliance
        .given([bchFormed, started])
        .when({
          type: 'SetSavingsRecurrence',
          allianceCode: 'bch',
          programmeCode: 'jps-savings',
          recurrence: 'recurring',
          reason: 'Plan 2019: savings taken out of budgets',
        })
        .then([recurring]);
    });

    it('records nothing when the recurrence already holds (unrecorded means one-off), and a change back to one-off', () => {
      const oneOff = {
        type: 'SetSavingsRecurrence',
        allianceCode: 'bch',
        programmeCode: 'jps-savings',
        recurrence: 'one_off',
        reason: 'Business case',
      } as const;
      alliance.given([bchFormed, started]).when(oneOff).thenNothingHappened();
      alliance
        .given([bchFormed, started, recurring])
        .when({ ...oneOff, recurrence: 'recurring' })
        .thenNothingHappened();
      alliance
        .given([bchFormed, started, recurring])
        .when(oneOff)
        .then([
          { type: 'SavingsRecurrenceSet.v1', data: { programmeCode: 'jps-savings', recurrence: 'one_off', reason: 'Business case' } },
        ]);
    });

    it('starts a programme as recurring when asked', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'p',
          name: 'P',
          cashable: true,
          startYear: '2017/18',
          recurrence: 'recurring',
        })
        .then([
          {
            type: 'SavingsProgrammeStarted.v1',
            data: { programmeCode: 'p', name: 'P', cashable: true, startYear: '2017/18', recurrence: 'recurring' },
          },
        ]);
    });

    it('refuses an unknown programme (404) and a recurrence it does not know (400)', () => {
      const set = {
        type: 'SetSavingsRecurrence',
        allianceCode: 'bch',
        programmeCode: 'nope',
        recurrence: 'recurring',
        reason: 'x',
      } as const;
      alliance
        .given([bchFormed])
        .when(set)
        .thenThrows(NotFoundError, /no savings programme "nope"/);
      alliance
        .given([bchFormed, started])
        .when({ ...set, programmeCode: 'jps-savings', recurrence: 'sometimes' as 'recurring' })
        .thenThrows(InvalidInputError, /recurring, one_off/);
      alliance
        .given([bchFormed, started])
        .when({ ...set, programmeCode: 'jps-savings', reason: ' ' })
        .thenThrows(InvalidInputError);
    });
  });

  describe('RAG thresholds', () => {
    const set = { type: 'SetRagThresholds', allianceCode: 'bch', green: '0.9', amber: '0.75', reason: 'Board minute 4/2017' } as const;

    it('records the board’s thresholds with its reason, and nothing when they are already in force', () => {
      const recorded: AllianceEvent = { type: 'RagThresholdsSet.v1', data: { green: '0.9', amber: '0.75', reason: 'Board minute 4/2017' } };
      alliance.given([bchFormed]).when(set).then([recorded]);
      alliance
        .given([bchFormed, recorded])
        .when({ ...set, green: '0.90', reason: 'again' })
        .thenNothingHappened();
      alliance
        .given([bchFormed, recorded])
        .when({ ...set, amber: '0.8', reason: 'Board minute 9/2018' })
        .then([{ type: 'RagThresholdsSet.v1', data: { green: '0.9', amber: '0.8', reason: 'Board minute 9/2018' } }]);
    });

    it('refuses amber above green and green above 100 % (422), a malformed figure (400) and an alliance not formed (404)', () => {
      alliance
        .given([bchFormed])
        .when({ ...set, amber: '0.95' })
        .thenThrows(RuleViolationError, /amber threshold \(95 % of plan\) must not be above the green one \(90 %\)/);
      alliance
        .given([bchFormed])
        .when({ ...set, green: '1.2' })
        .thenThrows(RuleViolationError, /at most 100 %/);
      alliance
        .given([bchFormed])
        .when({ ...set, green: 0.9 as unknown as string })
        .thenThrows(InvalidInputError, /green/);
      alliance.given([]).when(set).thenThrows(NotFoundError);
    });
  });
});
