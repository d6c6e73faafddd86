import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError } from '../../common/errors';
import type { ForceFinanceEvent } from '../force-finance.events';

const add = {
  type: 'AddBudgetItem' as const,
  itemId: 'daisu',
  kind: 'growth',
  fromYear: '2016/17',
  amount: '2400000.00',
  recurrence: 'recurring',
  description: 'DAISU',
};
const added: ForceFinanceEvent = {
  type: 'BudgetItemAdded.v1',
  data: { itemId: 'daisu', kind: 'growth', fromYear: '2016/17', amount: '2400000', recurrence: 'recurring', description: 'DAISU' },
};

describe('force finance decider: the inflation category of a budget item', () => {
  it('records a category with the item; an item without one reads as flat cash, as before', () => {
    spec(decider)
      .given([planPeriod])
      .when({ ...add, inflation: 'pay' })
      .then([{ type: 'BudgetItemAdded.v1', data: { ...added.data, inflation: 'pay' } as never }]);
    spec(decider).given([planPeriod]).when(add).then([added]);
  });

  it('revises an item’s category; "none" on an item without one changes nothing', () => {
    spec(decider)
      .given([planPeriod, added])
      .when({ type: 'ReviseBudgetItem', itemId: 'daisu', inflation: 'pay' })
      .then([{ type: 'BudgetItemRevised.v1', data: { itemId: 'daisu', inflation: 'pay' } }]);
    spec(decider).given([planPeriod, added]).when({ type: 'ReviseBudgetItem', itemId: 'daisu', inflation: 'none' }).thenNothingHappened();
  });

  it('refuses an unknown category, naming the field (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when({ ...add, inflation: 'energy' })
      .thenThrows(InvalidInputError, /inflation/);
  });
});
