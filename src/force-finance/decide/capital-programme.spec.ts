import { spec } from '../../../test/support/decider-spec';
import { budgetSupportOpened, decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceRequest } from '../http/to-command';

/** As a caller sends it (the one mapping, to-command.ts, parses it). */
const record = (fields: Record<string, unknown> = {}, funding: Record<string, unknown> = {}) =>
  ({
    type: 'RecordCapitalScheme',
    schemeId: 'fleet',
    name: 'Fleet replacement',
    year: '2017/18',
    cost: '1500000.00',
    funding: {
      capitalGrant: '0',
      capitalReceipts: '300000.00',
      revenueContribution: '0',
      reserves: '200000.00',
      reserveId: 'budget-support',
      borrowing: '1000000.00',
      ...funding,
    },
    assetLifeYears: 5,
    ...fields,
  }) as ForceFinanceRequest;
const fleetRecorded: ForceFinanceEvent = {
  type: 'CapitalSchemeRecorded.v1',
  data: {
    schemeId: 'fleet',
    name: 'Fleet replacement',
    year: '2017/18',
    cost: '1500000',
    funding: {
      capitalGrant: '0',
      capitalReceipts: '300000',
      revenueContribution: '0',
      reserves: '200000',
      reserveId: 'budget-support',
      borrowing: '1000000',
    },
    assetLifeYears: 5,
  },
};

describe('force finance decider: the capital programme', () => {
  it('records a year of a scheme with its funding by source (300,000 + 200,000 + 1,000,000 = its 1,500,000 cost)', () => {
    spec(decider).given([planPeriod, budgetSupportOpened]).when(record()).then([fleetRecorded]);
  });

  it('records a scheme without borrowing or reserves, with no asset life', () => {
    spec(decider)
      .given([planPeriod])
      .when(
        record(
          { schemeId: 'ict', name: 'ICT', cost: '250000', assetLifeYears: undefined },
          {
            capitalGrant: '200000',
            capitalReceipts: '0',
            revenueContribution: '50000',
            reserves: '0',
            reserveId: undefined,
            borrowing: '0',
          },
        ),
      )
      .then([
        {
          type: 'CapitalSchemeRecorded.v1',
          data: {
            schemeId: 'ict',
            name: 'ICT',
            year: '2017/18',
            cost: '250000',
            funding: { capitalGrant: '200000', capitalReceipts: '0', revenueContribution: '50000', reserves: '0', borrowing: '0' },
          },
        },
      ]);
  });

  it('a later record for the scheme and year revises it; the same again records nothing; withdrawing removes the year', () => {
    spec(decider).given([planPeriod, budgetSupportOpened, fleetRecorded]).when(record()).thenNothingHappened();
    spec(decider)
      .given([planPeriod, budgetSupportOpened, fleetRecorded])
      .when(record({ cost: '1600000' }, { borrowing: '1100000' }))
      .then([
        {
          type: 'CapitalSchemeRecorded.v1',
          data: { ...fleetRecorded.data, cost: '1600000', funding: { ...fleetRecorded.data.funding, borrowing: '1100000' } },
        } as ForceFinanceEvent,
      ]);
    spec(decider)
      .given([planPeriod, budgetSupportOpened, fleetRecorded])
      .when({ type: 'WithdrawCapitalScheme', schemeId: 'fleet', year: '2017/18' } as ForceFinanceRequest)
      .then([{ type: 'CapitalSchemeWithdrawn.v1', data: { schemeId: 'fleet', year: '2017/18' } }]);
    spec(decider)
      .given([planPeriod, budgetSupportOpened, fleetRecorded])
      .when({ type: 'WithdrawCapitalScheme', schemeId: 'fleet', year: '2018/19' } as ForceFinanceRequest)
      .thenThrows(NotFoundError, /^Hertfordshire has no capital scheme fleet recorded for 2018\/19$/);
  });

  it('refuses funding that does not add up to the cost, to the penny (422)', () => {
    // 300,000 + 200,000 + 999,999.99 = 1,499,999.99, a penny short of 1,500,000
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({}, { borrowing: '999999.99' }))
      .thenThrows(RuleViolationError, /^Fleet replacement's funding adds up to £1,499,999\.99, not its cost of £1,500,000\.00/);
  });

  it('refuses borrowing without an asset life, a life under one year, a reserve not named or not held, a year outside the plan, a negative source (422)', () => {
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({ assetLifeYears: undefined }))
      .thenThrows(RuleViolationError, /give the asset's life in years/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({ assetLifeYears: 0 }))
      .thenThrows(RuleViolationError, /^An asset's life is at least one year \(0 given\)$/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({}, { reserveId: undefined }))
      .thenThrows(RuleViolationError, /name the reserve/);
    spec(decider)
      .given([planPeriod])
      .when(record())
      .thenThrows(RuleViolationError, /^Hertfordshire has no reserve with id budget-support$/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({ year: '2020/21' }))
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({}, { capitalReceipts: '-100000', borrowing: '1400000' }))
      .thenThrows(RuleViolationError, /cannot be negative/);
  });

  it('refuses a scheme that would take its reserve below zero; a revision does not count its own earlier draw (422)', () => {
    // budget support £25.3m from 2016/17; £30.0m from it in 2017/18 leaves −£4.7m
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({ cost: '30000000', assetLifeYears: undefined }, { capitalReceipts: '0', reserves: '30000000', borrowing: '0' }))
      .thenThrows(
        RuleViolationError,
        /^Fleet replacement would take £30,000,000\.00 from Budget support reserve, leaving it at -£4,700,000\.00 at the end of 2017\/18/,
      );
    // revising the fleet to take all £25.3m: its earlier £200,000 is replaced, not added, so the reserve ends at £0
    spec(decider)
      .given([planPeriod, budgetSupportOpened, fleetRecorded])
      .when(record({ cost: '26300000' }, { capitalReceipts: '0', reserves: '25300000' }))
      .then([
        {
          type: 'CapitalSchemeRecorded.v1',
          data: {
            ...fleetRecorded.data,
            cost: '26300000',
            funding: { ...fleetRecorded.data.funding, capitalReceipts: '0', reserves: '25300000' },
          },
        } as ForceFinanceEvent,
      ]);
  });

  it("counts the capital programme's draw on a reserve when a revenue drawdown is recorded from it (422)", () => {
    // budget support £25.3m from 2016/17; the fleet takes £200,000 of it in 2017/18, so £25.1m is left for revenue
    const drawdown = (amount: string) =>
      ({
        type: 'RecordReserveMovement',
        reserveId: 'budget-support',
        year: '2017/18',
        direction: 'drawdown',
        basis: 'planned',
        amount,
        supportsRevenueBudget: true,
        description: 'Support for the 2017/18 budget',
      }) as ForceFinanceRequest;
    spec(decider)
      .given([planPeriod, budgetSupportOpened, fleetRecorded])
      .when(drawdown('25200000.00'))
      .thenThrows(
        RuleViolationError,
        /^Drawdown of £25,200,000\.00 from Budget support reserve would take it below zero: its balance in 2017\/18 is £25,100,000\.00/,
      );
    spec(decider)
      .given([planPeriod, budgetSupportOpened, fleetRecorded])
      .when(drawdown('25100000.00'))
      .then([
        {
          type: 'ReserveMovementRecorded.v1',
          data: {
            reserveId: 'budget-support',
            year: '2017/18',
            direction: 'drawdown',
            basis: 'planned',
            amount: '25100000',
            supportsRevenueBudget: true,
            description: 'Support for the 2017/18 budget',
          },
        } as ForceFinanceEvent,
      ]);
  });

  it('refuses malformed fields, naming the field (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when(record({ cost: '1,500,000' }))
      .thenThrows(InvalidInputError, /cost/);
    spec(decider)
      .given([planPeriod])
      .when(record({}, { borrowing: 'lots' }))
      .thenThrows(InvalidInputError, /funding\.borrowing/);
    spec(decider)
      .given([planPeriod])
      .when(record({ assetLifeYears: 2.5 }))
      .thenThrows(InvalidInputError, /assetLifeYears/);
    spec(decider)
      .given([planPeriod])
      .when(record({ funding: 'all borrowed' }))
      .thenThrows(InvalidInputError, /funding/);
    spec(decider)
      .given([planPeriod])
      .when(record({ schemeId: 'a b' }))
      .thenThrows(InvalidInputError, /schemeId/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(record({}, { reserves: '0', reserveId: 'budget-support', borrowing: '1200000' }))
      .thenThrows(InvalidInputError, /funding\.reserveId/);
  });

  it('sets the interest rate on a year’s new borrowing and the MRP method; the same again records nothing', () => {
    const set = {
      type: 'SetCapitalFinancingAssumptions',
      year: '2016/17',
      interestRate: '0.03',
      mrpMethod: 'straight_line',
    } as ForceFinanceRequest;
    const recorded: ForceFinanceEvent = {
      type: 'CapitalFinancingAssumptionsSet.v1',
      data: { year: '2016/17', interestRate: '0.03', mrpMethod: 'straight_line' },
    };
    spec(decider).given([planPeriod]).when(set).then([recorded]);
    spec(decider).given([planPeriod, recorded]).when(set).thenNothingHappened();
    spec(decider)
      .given([planPeriod])
      .when({ ...set, interestRate: '-0.01' } as ForceFinanceRequest)
      .thenThrows(RuleViolationError, /cannot be negative/);
    spec(decider)
      .given([planPeriod])
      .when({ ...set, mrpMethod: 'annuity' } as ForceFinanceRequest)
      .thenThrows(InvalidInputError, /mrpMethod/);
    spec(decider)
      .given([planPeriod])
      .when({ ...set, year: '2021/22' } as ForceFinanceRequest)
      .thenThrows(RuleViolationError, /outside Hertfordshire's plan period/);
  });
});
