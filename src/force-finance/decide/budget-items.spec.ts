import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { NotFoundError, RuleViolationError } from '../../common/errors';
import type { EventRef } from '../../event-sourcing/decider';
import { budgetItemList } from '../force-finance.state';
import type { ForceFinanceEvent } from '../force-finance.events';

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
    let state = decider.initialState();
    state = decider.evolve(state, planPeriod, ref('e0'));
    state = decider.evolve(state, added, ref('e1'));
    state = decider.evolve(state, revised, ref('e2'));
    expect(budgetItemList(state)[0]).toMatchObject({
      fromYear: '2017/18',
      recurrence: 'one_off',
      amount: '2400000',
      withdrawn: false,
      sources: ['e1', 'e2'],
    });
    state = decider.evolve(state, withdrawn, ref('e3'));
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
