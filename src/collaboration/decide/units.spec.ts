import { spec } from '../../../test/support/decider-spec';
import { ConflictError, InvalidInputError, RuleViolationError } from '../../common/errors';
import { allianceDecider } from '../alliance.decider';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { budgetFor, findUnit } from '../alliance.readers';
import { bchFormed, bchUnits, BCH_STREAM, foldWithRefs } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);
const jps: AllianceEvent = bchUnits[0];

describe('alliance decider', () => {
  describe('units', () => {
    it('establishes a unit led by a member', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'jps',
          name: 'Joint Protective Services',
          leadForce: 'beds',
          category: 'protective_services',
        })
        .then([jps]);
    });

    it('refuses a unit led by a force outside the alliance (422)', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'procurement',
          name: 'Regional procurement',
          leadForce: 'norfolk',
          category: 'organisational_support',
        })
        .thenThrows(RuleViolationError, /cannot be led by "norfolk": it is not a member of BCH strategic alliance/);
    });

    it('refuses a unit led by a force that has left', () => {
      alliance
        .given([bchFormed, { type: 'MemberLeft.v1', data: { force: 'beds', fromYear: '2020/21' } }])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'dogs',
          name: 'Dogs',
          leadForce: 'beds',
          category: 'protective_services',
        })
        .thenThrows(RuleViolationError, /not a member/);
    });

    it('refuses a unit code already in use, and an unknown category', () => {
      alliance
        .given([bchFormed, jps])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'jps',
          name: 'Again',
          leadForce: 'beds',
          category: 'protective_services',
        })
        .thenThrows(ConflictError);
      alliance
        .given([bchFormed])
        .when({ type: 'EstablishUnit', allianceCode: 'bch', unitCode: 'x', name: 'X', leadForce: 'beds', category: 'catering' as never })
        .thenThrows(InvalidInputError, /category/);
    });
  });

  describe('unit budgets', () => {
    it('records a budget for a year, and a later one for the same year replaces it', () => {
      alliance
        .given([bchFormed, jps])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '30000000.00' })
        .then([{ type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000' } }]);
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, [
        bchFormed,
        jps,
        { type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000' } },
        { type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '31000000' } },
      ]);
      expect(budgetFor(findUnit(facts, 'jps')!, '2016/17')).toEqual({ year: '2016/17', amount: '31000000', source: 'alliance-bch@3' });
    });

    it('refuses a negative budget and a JSON number', () => {
      alliance
        .given([bchFormed, jps])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '-1.00' })
        .thenThrows(RuleViolationError, /cannot be negative/);
      alliance
        .given([bchFormed, jps])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: 30000000 as unknown as string })
        .thenThrows(InvalidInputError, /not a JSON number/);
    });
  });
});
