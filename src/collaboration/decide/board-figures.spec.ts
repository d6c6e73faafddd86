import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { bchEvents } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);

const programme: AllianceEvent = {
  type: 'SavingsProgrammeStarted.v1',
  data: { programmeCode: 'collab-2016', name: 'Collaboration change programme', unitCode: 'jps', cashable: true, startYear: '2016/17' },
};
const given = [...bchEvents, programme];

describe('alliance decider: the board figures', () => {
  describe('costs to achieve', () => {
    it("records a programme's costs to achieve for a year of its life, at full precision", () => {
      alliance
        .given(given)
        .when({
          type: 'SetProgrammeCostsToAchieve',
          allianceCode: 'bch',
          programmeCode: 'collab-2016',
          year: '2016/17',
          amount: '600000.005',
        })
        .then([{ type: 'ProgrammeCostsToAchieveSet.v1', data: { programmeCode: 'collab-2016', year: '2016/17', amount: '600000.005' } }]);
    });

    it('refuses a year before the programme began, a negative amount, an unknown programme and a malformed amount', () => {
      const costs = (over: Record<string, unknown>) => ({
        type: 'SetProgrammeCostsToAchieve' as const,
        allianceCode: 'bch',
        programmeCode: 'collab-2016',
        year: '2016/17',
        amount: '600000.00',
        ...over,
      });
      alliance
        .given(given)
        .when(costs({ year: '2015/16' }))
        .thenThrows(RuleViolationError, /began in 2016\/17; 2015\/16 is before its life/);
      alliance
        .given(given)
        .when(costs({ amount: '-1.00' }))
        .thenThrows(RuleViolationError, /costs to achieve of Collaboration change programme in 2016\/17 cannot be negative/);
      alliance
        .given(given)
        .when(costs({ programmeCode: 'nope' }))
        .thenThrows(NotFoundError, /no savings programme "nope"/);
      alliance
        .given(given)
        .when(costs({ amount: 600000 }))
        .thenThrows(InvalidInputError);
    });
  });

  describe('unit outturn', () => {
    it("records what a unit spent in a year it has a budget for (a zero outturn is a figure, not 'none')", () => {
      alliance
        .given(given)
        .when({ type: 'RecordUnitOutturn', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '29750000.00' })
        .then([{ type: 'UnitOutturnRecorded.v1', data: { unitCode: 'jps', year: '2016/17', amount: '29750000' } }]);
      alliance
        .given(given)
        .when({ type: 'RecordUnitOutturn', allianceCode: 'bch', unitCode: 'ops', year: '2019/20', amount: '0' })
        .then([{ type: 'UnitOutturnRecorded.v1', data: { unitCode: 'ops', year: '2019/20', amount: '0' } }]);
    });

    it('refuses a year without a budget, a negative outturn and an unknown unit', () => {
      const outturn = (over: Record<string, unknown>) => ({
        type: 'RecordUnitOutturn' as const,
        allianceCode: 'bch',
        unitCode: 'ops',
        year: '2016/17',
        amount: '1.00',
        ...over,
      });
      // Operational Support has budgets for 2016/17 and 2019/20 only.
      alliance
        .given(given)
        .when(outturn({ year: '2017/18' }))
        .thenThrows(RuleViolationError, /Operational Support has no budget for 2017\/18 \(it has budgets for 2016\/17, 2019\/20\)/);
      alliance
        .given(given)
        .when(outturn({ amount: '-0.01' }))
        .thenThrows(RuleViolationError, /Operational Support outturn for 2016\/17 cannot be negative/);
      alliance
        .given(given)
        .when(outturn({ unitCode: 'nope' }))
        .thenThrows(NotFoundError, /no unit "nope"/);
      alliance
        .given(given)
        .when(outturn({ year: '2016-17' }))
        .thenThrows(InvalidInputError);
    });
  });

  describe('variance explanations', () => {
    it('records every explanation (a later one supersedes on the read side; the stream keeps both)', () => {
      const first: AllianceEvent = {
        type: 'SavingsVarianceExplained.v1',
        data: { programmeCode: 'collab-2016', year: '2017/18', explanation: 'Savings released more slowly than expected.' },
      };
      alliance
        .given(given)
        .when({
          type: 'ExplainSavingsVariance',
          allianceCode: 'bch',
          programmeCode: 'collab-2016',
          year: '2017/18',
          explanation: '  Savings released more slowly than expected. ',
        })
        .then([first]);
      alliance
        .given([...given, first])
        .when({
          type: 'ExplainSavingsVariance',
          allianceCode: 'bch',
          programmeCode: 'collab-2016',
          year: '2017/18',
          explanation: 'Restructure delayed to Q3.',
        })
        .then([
          {
            type: 'SavingsVarianceExplained.v1',
            data: { programmeCode: 'collab-2016', year: '2017/18', explanation: 'Restructure delayed to Q3.' },
          },
        ]);
    });

    it('refuses a year before the programme began, an unknown programme and an empty explanation', () => {
      const explain = (over: Record<string, unknown>) => ({
        type: 'ExplainSavingsVariance' as const,
        allianceCode: 'bch',
        programmeCode: 'collab-2016',
        year: '2016/17',
        explanation: 'Why',
        ...over,
      });
      alliance
        .given(given)
        .when(explain({ year: '2012/13' }))
        .thenThrows(RuleViolationError, /before its life/);
      alliance
        .given(given)
        .when(explain({ programmeCode: 'nope' }))
        .thenThrows(NotFoundError);
      alliance
        .given(given)
        .when(explain({ explanation: '  ' }))
        .thenThrows(InvalidInputError);
    });
  });
});
