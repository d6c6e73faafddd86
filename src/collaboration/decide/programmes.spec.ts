import { spec } from '../../../test/support/decider-spec';
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { bchFormed, bchUnits } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);
const jps: AllianceEvent = bchUnits[0];

describe('alliance decider', () => {
  describe('savings programmes', () => {
    const started: AllianceEvent = {
      type: 'SavingsProgrammeStarted.v1',
      data: {
        programmeCode: 'collab-2017',
        name: 'Collaboration savings 2017/18 to 2019/20',
        unitCode: 'jps',
        cashable: true,
        startYear: '2017/18',
      },
    };
    const planned: AllianceEvent = {
      type: 'SavingsPlanned.v1',
      data: { programmeCode: 'collab-2017', year: '2017/18', amount: '6100000' },
    };

    it('starts a programme, optionally for a unit', () => {
      alliance
        .given([bchFormed, jps])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          name: 'Collaboration savings 2017/18 to 2019/20',
          unitCode: 'jps',
          cashable: true,
          startYear: '2017/18',
        })
        .then([started]);
      alliance
        .given([bchFormed])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'estates',
          name: 'Estates',
          cashable: false,
          startYear: '2017/18',
          owner: 'Chief Finance Officer',
        })
        .then([
          {
            type: 'SavingsProgrammeStarted.v1',
            data: { programmeCode: 'estates', name: 'Estates', cashable: false, startYear: '2017/18', owner: 'Chief Finance Officer' },
          },
        ]);
    });

    it('refuses a programme for a unit the alliance does not have, and a code in use', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'p',
          name: 'P',
          unitCode: 'jps',
          cashable: true,
          startYear: '2017/18',
        })
        .thenThrows(NotFoundError);
      alliance
        .given([bchFormed, jps, started])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          name: 'P',
          cashable: true,
          startYear: '2017/18',
        })
        .thenThrows(ConflictError);
    });

    it('plans, revises with a reason and realises with evidence', () => {
      alliance
        .given([bchFormed, jps, started])
        .when({ type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'collab-2017', year: '2017/18', amount: '6100000.00' })
        .then([planned]);
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'ReviseSavingsForecast',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5300000.00',
          reason: 'Savings released more slowly than expected',
        })
        .then([
          {
            type: 'SavingsForecastRevised.v1',
            data: {
              programmeCode: 'collab-2017',
              year: '2017/18',
              amount: '5300000',
              reason: 'Savings released more slowly than expected',
            },
          },
        ]);
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'RecordRealisedSavings',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5250000.00',
          evidence: 'Outturn 2017/18',
        })
        .then([
          {
            type: 'SavingsRealised.v1',
            data: { programmeCode: 'collab-2017', year: '2017/18', amount: '5250000', evidence: 'Outturn 2017/18' },
          },
        ]);
    });

    it('requires a reason for a revision and evidence for a realisation', () => {
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'ReviseSavingsForecast',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5300000.00',
          reason: ' ',
        })
        .thenThrows(InvalidInputError, /reason/);
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'RecordRealisedSavings',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5300000.00',
          evidence: '',
        })
        .thenThrows(InvalidInputError, /evidence/);
    });

    it('refuses savings before the programme began, for an unknown programme, and a forecast for a year already realised', () => {
      alliance
        .given([bchFormed, jps, started])
        .when({ type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'collab-2017', year: '2016/17', amount: '1.00' })
        .thenThrows(RuleViolationError, /began in 2017\/18/);
      alliance
        .given([bchFormed])
        .when({ type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'nope', year: '2016/17', amount: '1.00' })
        .thenThrows(NotFoundError);
      alliance
        .given([
          bchFormed,
          jps,
          started,
          planned,
          { type: 'SavingsRealised.v1', data: { programmeCode: 'collab-2017', year: '2017/18', amount: '5250000', evidence: 'Outturn' } },
        ])
        .when({
          type: 'ReviseSavingsForecast',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5000000.00',
          reason: 'Late',
        })
        .thenThrows(RuleViolationError, /already realised £5,250,000.00 in 2017\/18/);
    });
  });
});
