import { spec } from '../../../test/support/decider-spec';
import {
  decider,
  planPeriod,
  budgetSupportOpened,
  plannedDrawdown,
  fourPlannedDrawdowns,
  fold,
} from '../../../test/fixtures/force-finance';
import { FinancialYear } from '../../common/financial-year';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { ForceFinanceEvent, ReserveMovementRecorded } from '../force-finance.events';
import { reserveBalances } from '../reserve-balances';

describe('force finance decider: reserves', () => {
  it('opens a reserve with its balance at the start of a year', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'OpenReserve',
        reserveId: 'budget-support',
        name: 'Budget support reserve',
        kind: 'earmarked',
        purpose: 'Smooths the MTFP savings requirement',
        openingBalance: '25300000.00',
        asAtYear: '2016/17',
      })
      .then([budgetSupportOpened]);
  });

  it('refuses a duplicate reserve (by id or by name) and a negative opening balance', () => {
    const open = {
      type: 'OpenReserve' as const,
      reserveId: 'budget-support',
      name: 'Another',
      kind: 'general',
      purpose: '',
      openingBalance: '1',
      asAtYear: '2016/17',
    };
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when(open)
      .thenThrows(RuleViolationError, /^Hertfordshire already has a reserve called Budget support reserve with id budget-support$/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when({ ...open, reserveId: 'other', name: 'budget support reserve' })
      .thenThrows(RuleViolationError, /already has a reserve called Budget support reserve \(id budget-support\)/);
    spec(decider)
      .given([planPeriod])
      .when({ ...open, openingBalance: '-0.01' })
      .thenThrows(RuleViolationError, /opening balance of Another cannot be negative/);
  });

  it('published check: £25.3m with planned drawdowns of £4.45m a year 2016/17–2019/20 closes 2019/20 at £7,500,000.00', () => {
    let events: ForceFinanceEvent[] = [planPeriod, budgetSupportOpened];
    for (const year of ['2016/17', '2017/18', '2018/19', '2019/20']) {
      const recorded = decider.decide(
        {
          type: 'RecordReserveMovement',
          reserveId: 'budget-support',
          year,
          direction: 'drawdown',
          basis: 'planned',
          amount: '4450000.00',
          supportsRevenueBudget: true,
          description: 'Planned use to support the revenue budget',
        },
        fold(events),
      );
      expect(recorded).toEqual([plannedDrawdown(year)]);
      events = [...events, ...recorded];
    }
    const balances = reserveBalances(fold(events).reserves[0], FinancialYear.parse('2019/20'));
    expect(balances.map((y) => [y.year, y.opening.value.toPence(), y.closing.value.toPence()])).toEqual([
      ['2016/17', '25300000.00', '20850000.00'],
      ['2017/18', '20850000.00', '16400000.00'],
      ['2018/19', '16400000.00', '11950000.00'],
      ['2019/20', '11950000.00', '7500000.00'],
    ]);
  });

  it('refuses a drawdown beyond the balance, saying what the balance is, and records nothing', () => {
    const given = [planPeriod, budgetSupportOpened, ...fourPlannedDrawdowns];
    const command = {
      type: 'RecordReserveMovement' as const,
      reserveId: 'budget-support',
      year: '2019/20',
      direction: 'drawdown',
      basis: 'planned',
      amount: '7500000.01',
      supportsRevenueBudget: true,
      description: '',
    };
    spec(decider)
      .given(given)
      .when(command)
      .thenThrows(
        RuleViolationError,
        /^Drawdown of £7,500,000\.01 from Budget support reserve would take it below zero: its balance in 2019\/20 is £7,500,000\.00$/,
      );
    const state = fold(given);
    let events: ForceFinanceEvent[] | undefined;
    try {
      events = decider.decide(command, state);
    } catch {
      // refused: nothing to record
    }
    expect(events).toBeUndefined();
    // Exactly the balance is allowed.
    spec(decider)
      .given(given)
      .when({ ...command, amount: '7500000.00' })
      .then([{ type: 'ReserveMovementRecorded.v1', data: { ...plannedDrawdown('2019/20', '7500000').data, description: '' } }]);
  });

  it('refuses an early drawdown that leaves too little for the drawdowns already planned later', () => {
    spec(decider)
      .given([planPeriod, budgetSupportOpened, ...fourPlannedDrawdowns])
      .when({
        type: 'RecordReserveMovement',
        reserveId: 'budget-support',
        year: '2017/18',
        direction: 'drawdown',
        basis: 'planned',
        amount: '8000000',
        supportsRevenueBudget: false,
        description: 'ICT programme',
      })
      .thenThrows(
        RuleViolationError,
        /in 2017\/18 would take it below zero: with the movements already recorded, its balance in 2019\/20 would be -£500,000\.00/,
      );
  });

  it('counts an actual drawdown in place of the planned ones for its year', () => {
    const actual: ReserveMovementRecorded = {
      type: 'ReserveMovementRecorded.v1',
      data: { ...plannedDrawdown('2016/17', '3000000').data, basis: 'actual', movementId: 'outturn-2016-17' },
    };
    const state = fold([planPeriod, budgetSupportOpened, ...fourPlannedDrawdowns, actual]);
    const balances = reserveBalances(state.reserves[0], FinancialYear.parse('2019/20'));
    expect(balances[0].drawdowns.value.toPence()).toBe('3000000.00');
    expect(balances[3].closing.value.toPence()).toBe('8950000.00');
    // An actual drawdown larger than the balance available is refused even though it replaces the plan.
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when({
        type: 'RecordReserveMovement',
        reserveId: 'budget-support',
        year: '2016/17',
        direction: 'drawdown',
        basis: 'actual',
        amount: '25300000.01',
        supportsRevenueBudget: true,
        description: '',
      })
      .thenThrows(RuleViolationError, /its balance in 2016\/17 is £25,300,000\.00/);
  });

  it('refuses a movement on an unknown reserve, before the reserve opened, or reusing a movement id', () => {
    const move = {
      type: 'RecordReserveMovement' as const,
      reserveId: 'budget-support',
      year: '2016/17',
      direction: 'contribution',
      basis: 'planned',
      amount: '100',
      supportsRevenueBudget: false,
      description: '',
    };
    spec(decider)
      .given([planPeriod])
      .when(move)
      .thenThrows(NotFoundError, /has no reserve with id budget-support/);
    spec(decider)
      .given([planPeriod, budgetSupportOpened])
      .when({ ...move, year: '2015/16' })
      .thenThrows(RuleViolationError, /opens in 2016\/17: it can have no movements in 2015\/16/);
    const withId: ForceFinanceEvent = {
      type: 'ReserveMovementRecorded.v1',
      data: { ...plannedDrawdown('2016/17').data, movementId: 'm1' },
    };
    spec(decider)
      .given([planPeriod, budgetSupportOpened, withId])
      .when({ ...move, movementId: 'm1' })
      .thenThrows(RuleViolationError, /already has a reserve movement with id m1/);
  });

  it('sets the minimum general reserve as a share of NRE between 0 and 1', () => {
    spec(decider)
      .given([])
      .when({ type: 'SetMinimumGeneralReserve', shareOfNre: '0.030' })
      .then([{ type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.03' } }]);
    spec(decider)
      .given([])
      .when({ type: 'SetMinimumGeneralReserve', shareOfNre: '-0.01' })
      .thenThrows(InvalidInputError, /shareOfNre/);
  });
});
