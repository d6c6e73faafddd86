import { spec } from '../../test/support/decider-spec';
import { FinancialYear } from '../common/financial-year';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import type { EventRef } from '../event-sourcing/decider';
import type { Decider } from '../event-sourcing/decider';
import { decideForceFinance, forceFinanceDecider } from './force-finance.decider';
import { toForceFinanceCommand, type ForceFinanceRequest } from './http/to-command';
import { budgetItemList, type ForceFinanceState } from './force-finance.state';
import type { ForceFinanceEvent, PlanPeriodSet, ReserveMovementRecorded, ReserveOpened } from './force-finance.events';
import { reserveBalances } from './reserve-balances';

const names = { forceName: 'Hertfordshire' };
/** The decider as a caller meets it: requests mapped by the one mapping, decided with the force's name. */
const decider: Decider<ForceFinanceRequest, ForceFinanceState, ForceFinanceEvent> = {
  ...forceFinanceDecider,
  decide: (request, state) => decideForceFinance(toForceFinanceCommand(request), state, names),
};
const planPeriod: PlanPeriodSet = { type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2019/20' } };
const budgetSupportOpened: ReserveOpened = {
  type: 'ReserveOpened.v1',
  data: {
    reserveId: 'budget-support',
    name: 'Budget support reserve',
    kind: 'earmarked',
    purpose: 'Smooths the MTFP savings requirement',
    openingBalance: '25300000',
    asAtYear: '2016/17',
  },
};
const plannedDrawdown = (year: string, amount = '4450000'): ReserveMovementRecorded => ({
  type: 'ReserveMovementRecorded.v1',
  data: {
    reserveId: 'budget-support',
    year,
    direction: 'drawdown',
    basis: 'planned',
    amount,
    supportsRevenueBudget: true,
    description: 'Planned use to support the revenue budget',
  },
});
const fourPlannedDrawdowns = ['2016/17', '2017/18', '2018/19', '2019/20'].map((year) => plannedDrawdown(year));

function fold(events: ForceFinanceEvent[]) {
  return events.reduce((state, event) => forceFinanceDecider.evolve(state, event), forceFinanceDecider.initialState());
}

describe('force finance decider: plan period', () => {
  it('records the MTFP horizon', () => {
    spec(decider).given([]).when({ type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2019/20' }).then([planPeriod]);
  });

  it('refuses a plan that ends before it starts', () => {
    spec(decider)
      .given([])
      .when({ type: 'SetPlanPeriod', firstYear: '2019/20', lastYear: '2016/17' })
      .thenThrows(RuleViolationError, /cannot end \(2016\/17\) before it starts \(2019\/20\)/);
  });

  it('may be extended, but must still cover every year already recorded', () => {
    const given: ForceFinanceEvent[] = [planPeriod, { type: 'TaxBaseRecorded.v1', data: { year: '2015/16', bandDEquivalents: '420000' } }];
    spec(decider)
      .given(given)
      .when({ type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2020/21' })
      .then([{ type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2020/21' } }]);
    spec(decider)
      .given(given)
      .when({ type: 'SetPlanPeriod', firstYear: '2016/17', lastYear: '2020/21' })
      .thenThrows(RuleViolationError, /would leave out figures already recorded for Hertfordshire \(tax base 2015\/16\)/);
  });

  it('refuses figures before a plan period is set, saying to set one first', () => {
    spec(decider)
      .given([])
      .when({ type: 'RecordTaxBase', year: '2016/17', bandDEquivalents: '420000' })
      .thenThrows(
        RuleViolationError,
        /^Hertfordshire has no plan period yet: set its plan period .* before recording figures for 2016\/17$/,
      );
  });
});

describe('force finance decider: base budget', () => {
  const lines = [
    { code: 'officer-pay', name: 'Police officer pay', kind: 'pay', amount: '100000000.00' },
    { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '31200000.50' },
    { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '7500000' },
  ];

  it('records the whole base budget of a year with exact amounts', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2016/17', lines })
      .then([
        {
          type: 'BaseBudgetSet.v1',
          data: {
            year: '2016/17',
            lines: [
              { code: 'officer-pay', name: 'Police officer pay', kind: 'pay', amount: '100000000' },
              { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '31200000.5' },
              { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '7500000' },
            ],
          },
        },
      ]);
  });

  it('re-recording a year replaces its base budget', () => {
    const first: ForceFinanceEvent = {
      type: 'BaseBudgetSet.v1',
      data: { year: '2016/17', lines: [{ code: 'a', name: 'A', kind: 'pay', amount: '1' }] },
    };
    const second: ForceFinanceEvent = {
      type: 'BaseBudgetSet.v1',
      data: { year: '2016/17', lines: [{ code: 'b', name: 'B', kind: 'pay', amount: '2' }] },
    };
    expect(fold([planPeriod, first, second]).baseBudgets['2016/17'].lines).toEqual([{ code: 'b', name: 'B', kind: 'pay', amount: '2' }]);
  });

  it('refuses a budget for a year outside the plan period, naming the period', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2031/32', lines })
      .thenThrows(RuleViolationError, /^2031\/32 is outside Hertfordshire's plan period \(2015\/16 to 2019\/20\)$/);
  });

  it('refuses duplicate line codes', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'SetBaseBudget',
        year: '2016/17',
        lines: [...lines, { code: 'Supplies', name: 'Again', kind: 'non_pay', amount: '1' }],
      })
      .thenThrows(RuleViolationError, /Budget line code Supplies appears more than once in the 2016\/17 base budget \(lines 2 and 4\)/);
  });

  it('refuses a negative amount (422) and a JSON number or unknown kind (400)', () => {
    const withLine = (line: { code: string; name: string; kind: string; amount: unknown }) => ({
      type: 'SetBaseBudget' as const,
      year: '2016/17',
      lines: [line as { code: string; name: string; kind: string; amount: string }],
    });
    spec(decider)
      .given([planPeriod])
      .when(withLine({ code: 'x', name: 'Overtime', kind: 'pay', amount: '-5.00' }))
      .thenThrows(RuleViolationError, /Budget line x \(Overtime\) cannot be negative \(-£5\.00 given\)/);
    spec(decider)
      .given([planPeriod])
      .when(withLine({ code: 'x', name: 'Overtime', kind: 'pay', amount: 5 }))
      .thenThrows(InvalidInputError, /lines\[0\]\.amount: must be a decimal string/);
    spec(decider)
      .given([planPeriod])
      .when(withLine({ code: 'x', name: 'Overtime', kind: 'capital', amount: '5' }))
      .thenThrows(InvalidInputError, /lines\[0\]\.kind: must be one of "pay", "non_pay", "income"/);
  });

  it('refuses an empty budget', () => {
    spec(decider)
      .given([planPeriod])
      .when({ type: 'SetBaseBudget', year: '2016/17', lines: [] })
      .thenThrows(InvalidInputError, /at least one budget line/);
  });
});

describe('force finance decider: plan assumptions', () => {
  it('records rates as exact fraction strings', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'SetPlanAssumptions',
        year: '2017/18',
        payAward: '0.010',
        nonPayInflation: '0.02',
        incomeInflation: '0',
        grantChange: '-0.013',
        taxBaseGrowth: '0.0125',
      })
      .then([
        {
          type: 'PlanAssumptionsSet.v1',
          data: {
            year: '2017/18',
            payAward: '0.01',
            nonPayInflation: '0.02',
            incomeInflation: '0',
            grantChange: '-0.013',
            taxBaseGrowth: '0.0125',
          },
        },
      ]);
  });

  it('refuses a rate given as a percentage or a number, naming the field', () => {
    const base = {
      type: 'SetPlanAssumptions' as const,
      year: '2017/18',
      payAward: '0.01',
      nonPayInflation: '0.02',
      incomeInflation: '0',
      grantChange: '0',
      taxBaseGrowth: '0',
    };
    spec(decider)
      .given([planPeriod])
      .when({ ...base, nonPayInflation: '2' })
      .thenThrows(InvalidInputError, /^nonPayInflation: must be at most 1/);
    spec(decider)
      .given([planPeriod])
      .when({ ...base, payAward: 0.01 as unknown as string })
      .thenThrows(InvalidInputError, /^payAward: .*not a JSON number/);
  });
});

describe('force finance decider: budget items', () => {
  const added: ForceFinanceEvent = {
    type: 'BudgetItemAdded.v1',
    data: {
      itemId: 'daisu',
      kind: 'growth',
      fromYear: '2016/17',
      amount: '2400000',
      recurrence: 'recurring',
      description: 'Domestic abuse investigation unit',
    },
  };

  it('adds an item with the id the command brings', () => {
    spec(decider)
      .given([planPeriod])
      .when({
        type: 'AddBudgetItem',
        itemId: 'daisu',
        kind: 'growth',
        fromYear: '2016/17',
        amount: '2400000.00',
        recurrence: 'recurring',
        description: 'Domestic abuse investigation unit',
      })
      .then([added]);
  });

  it('refuses a second item with the same id, a zero amount and a year outside the plan', () => {
    const command = {
      type: 'AddBudgetItem' as const,
      itemId: 'daisu',
      kind: 'growth',
      fromYear: '2016/17',
      amount: '1',
      recurrence: 'one_off',
      description: 'Again',
    };
    spec(decider)
      .given([planPeriod, added])
      .when(command)
      .thenThrows(RuleViolationError, /already has a budget item with id daisu/);
    spec(decider)
      .given([planPeriod])
      .when({ ...command, amount: '0' })
      .thenThrows(RuleViolationError, /must be more than zero/);
    spec(decider)
      .given([planPeriod])
      .when({ ...command, fromYear: '2020/21' })
      .thenThrows(RuleViolationError, /2020\/21 is outside/);
  });

  it('records only what a revision changes, and nothing when it changes nothing', () => {
    spec(decider)
      .given([planPeriod, added])
      .when({
        type: 'ReviseBudgetItem',
        itemId: 'daisu',
        amount: '2500000',
        recurrence: 'recurring',
        description: 'Domestic abuse investigation unit',
      })
      .then([{ type: 'BudgetItemRevised.v1', data: { itemId: 'daisu', amount: '2500000' } }]);
    spec(decider).given([planPeriod, added]).when({ type: 'ReviseBudgetItem', itemId: 'daisu', amount: '2400000.00' }).then([]);
  });

  it('folds revisions and withdrawal into the item, keeping its sources', () => {
    const revised: ForceFinanceEvent = {
      type: 'BudgetItemRevised.v1',
      data: { itemId: 'daisu', fromYear: '2017/18', recurrence: 'one_off' },
    };
    const withdrawn: ForceFinanceEvent = { type: 'BudgetItemWithdrawn.v1', data: { itemId: 'daisu' } };
    const ref = (id: string): EventRef => ({
      id,
      streamId: 'force-finance-herts',
      revision: '0',
      position: '0',
      recordedAt: '2016-02-01T00:00:00Z',
      type: 'x',
    });
    let state = forceFinanceDecider.initialState();
    state = forceFinanceDecider.evolve(state, planPeriod, ref('e0'));
    state = forceFinanceDecider.evolve(state, added, ref('e1'));
    state = forceFinanceDecider.evolve(state, revised, ref('e2'));
    expect(budgetItemList(state)[0]).toMatchObject({
      fromYear: '2017/18',
      recurrence: 'one_off',
      amount: '2400000',
      withdrawn: false,
      sources: ['e1', 'e2'],
    });
    state = forceFinanceDecider.evolve(state, withdrawn, ref('e3'));
    expect(budgetItemList(state)[0]).toMatchObject({ withdrawn: true, sources: ['e1', 'e2', 'e3'] });
  });

  it('withdraws an item once; an unknown item is not found', () => {
    spec(decider)
      .given([planPeriod, added])
      .when({ type: 'WithdrawBudgetItem', itemId: 'daisu' })
      .then([{ type: 'BudgetItemWithdrawn.v1', data: { itemId: 'daisu' } }]);
    spec(decider)
      .given([planPeriod, added, { type: 'BudgetItemWithdrawn.v1', data: { itemId: 'daisu' } }])
      .when({ type: 'WithdrawBudgetItem', itemId: 'daisu' })
      .thenThrows(RuleViolationError, /was withdrawn/);
    spec(decider)
      .given([planPeriod])
      .when({ type: 'WithdrawBudgetItem', itemId: 'nope' })
      .thenThrows(NotFoundError, /has no budget item with id nope/);
  });
});

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

describe('force finance state', () => {
  it('is plain JSON data that survives a snapshot round trip', () => {
    const state = fold([planPeriod, budgetSupportOpened, ...fourPlannedDrawdowns]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('leaves the facts as they are for an event type this version does not know', () => {
    const state = fold([planPeriod, budgetSupportOpened]);
    expect(forceFinanceDecider.evolve(state, { type: 'ReserveRenamed.v9', data: { reserveId: 'budget-support' } } as never)).toBe(state);
  });
});
