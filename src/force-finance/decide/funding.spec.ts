import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod, fold } from '../../../test/fixtures/force-finance';
import { RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';

describe('force finance decider: funding', () => {
  it('records a grant settlement, a tax base and a collection fund deficit', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'RecordGrantSettlement',
        year: '2016/17',
        coreGrant: '67000000.00',
        formulaGrant: '41000000',
        legacyCouncilTaxGrants: '10500000',
        otherGeneralGrants: '0',
      })
      .then([
        {
          type: 'GrantSettlementRecorded.v1',
          data: {
            year: '2016/17',
            coreGrant: '67000000',
            formulaGrant: '41000000',
            legacyCouncilTaxGrants: '10500000',
            otherGeneralGrants: '0',
          },
        },
      ]);
    spec(decider)
      .given([planPeriod])
      .when({ type: 'RecordTaxBase', year: '2016/17', bandDEquivalents: '420000.50' })
      .then([{ type: 'TaxBaseRecorded.v1', data: { year: '2016/17', bandDEquivalents: '420000.5' } }]);
    spec(decider)
      .given([planPeriod])
      .when({ type: 'RecordCollectionFund', year: '2016/17', amount: '-120000.00' })
      .then([{ type: 'CollectionFundRecorded.v1', data: { year: '2016/17', amount: '-120000' } }]);
  });

  it('refuses a negative grant and a tax base that is not positive', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'RecordGrantSettlement',
        year: '2016/17',
        coreGrant: '-1',
        formulaGrant: '0',
        legacyCouncilTaxGrants: '0',
        otherGeneralGrants: '0',
      })
      .thenThrows(RuleViolationError, /Core grant cannot be negative/);
    spec(decider)
      .given([planPeriod])
      .when({ type: 'RecordTaxBase', year: '2016/17', bandDEquivalents: '0' })
      .thenThrows(RuleViolationError, /tax base .* must be more than zero/);
  });
});

describe('force finance decider: precept', () => {
  const proposed: ForceFinanceEvent = { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '152', status: 'proposed' } };
  const approved: ForceFinanceEvent = { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '152', status: 'approved' } };

  it('records a proposal and its approval', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'RecordPrecept', year: '2017/18', bandD: '152.00', status: 'proposed' })
      .then([proposed]);
    spec(decider)
      .given([planPeriod, proposed])
      .when({ type: 'RecordPrecept', year: '2017/18', bandD: '152.00', status: 'approved' })
      .then([approved]);
  });

  it('refuses a proposal after approval, a veto of a different amount, and fractions of a penny', () => {
    spec(decider)
      .given([planPeriod, approved])
      .when({ type: 'RecordPrecept', year: '2017/18', bandD: '155.00', status: 'proposed' })
      .thenThrows(RuleViolationError, /Hertfordshire's 2017\/18 precept is already approved at £152\.00 Band D/);
    spec(decider)
      .given([planPeriod, proposed])
      .when({ type: 'RecordPrecept', year: '2017/18', bandD: '160.00', status: 'vetoed' })
      .thenThrows(RuleViolationError, /proposal standing is £152\.00 Band D; a veto of £160\.00 does not match it/);
    spec(decider)
      .given([planPeriod])
      .when({ type: 'RecordPrecept', year: '2017/18', bandD: '152.005', status: 'proposed' })
      .thenThrows(RuleViolationError, /pounds and pence/);
  });

  it('a veto clears the standing proposal but keeps it in the history', () => {
    const vetoed: ForceFinanceEvent = { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '152.00', status: 'vetoed' } };
    const state = fold([planPeriod, proposed, vetoed]);
    expect(state.precepts['2017/18'].proposed).toBeNull();
    expect(state.precepts['2017/18'].history.map((h) => h.status)).toEqual(['proposed', 'vetoed']);
  });
});
