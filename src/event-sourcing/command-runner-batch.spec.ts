import { RuleViolationError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import type { ForceFinanceCommand } from '../force-finance/force-finance.commands';
import { forceFinanceDecider } from '../force-finance/force-finance.decider';
import { CommandRunner } from './command-runner';
import { commandIndexOf, refusalsOf } from './decide-all';
import { randomIds } from './ids';

const STREAM = 'force-finance-herts';
const decider = forceFinanceDecider.for({ forceName: 'Hertfordshire' });
const year = (y: string) => FinancialYear.parse(y, 'year');
const item = (itemId: string, amount: string, fromYear = '2017/18'): ForceFinanceCommand => ({
  type: 'AddBudgetItem',
  itemId,
  kind: 'cost_pressure',
  fromYear: year(fromYear),
  amount: Money.parse(amount, 'amount'),
  recurrence: 'recurring',
  description: `item ${itemId}`,
});

describe('a batch of commands on one stream', () => {
  let store: InMemoryEventStore;
  let runner: CommandRunner;
  const ctx = { actor: 'cfo@herts', correlationId: 'c-1' };
  beforeEach(async () => {
    store = new InMemoryEventStore();
    runner = new CommandRunner(store, () => new Date('2017-02-01T00:00:00Z'), randomIds);
    await runner.run(decider, STREAM, { type: 'SetPlanPeriod', firstYear: year('2016/17'), lastYear: year('2019/20') }, ctx);
  });

  it('records the events of every command in one append, each decided on the state the earlier ones leave', async () => {
    const result = await runner.runAll(decider, STREAM, [item('a', '1.00'), item('b', '2.00'), item('c', '3.00')], ctx);
    expect(result.events.map((e) => e.type)).toEqual(['BudgetItemAdded.v1', 'BudgetItemAdded.v1', 'BudgetItemAdded.v1']);
    expect(result.revision).toBe('3');
    const recorded = await store.readStream(STREAM);
    expect(recorded.slice(1).map((e) => e.data.itemId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses the whole batch when one command is refused, even one refused only because of an earlier command of the batch', async () => {
    const duplicate = runner.runAll(decider, STREAM, [item('a', '1.00'), item('b', '2.00'), item('a', '3.00')], ctx);
    const error = await duplicate.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(commandIndexOf(error)).toBe(2);
    const outside = await runner.runAll(decider, STREAM, [item('x', '1.00'), item('y', '2.00', '2024/25')], ctx).catch((e: unknown) => e);
    expect(commandIndexOf(outside)).toBe(1);
    expect(await store.readStream(STREAM)).toHaveLength(1);
  });

  it('names every command of a batch that is refused (the later ones decided on the state without the refused ones), throwing the first', async () => {
    const batch = [item('a', '1.00'), item('b', '2.00', '2024/25'), item('a', '3.00'), item('c', '4.00'), item('d', '5.00', '2030/31')];
    const error = await runner.runAll(decider, STREAM, batch, ctx).catch((e: unknown) => e);
    expect(commandIndexOf(error)).toBe(1);
    expect(refusalsOf(error).map((r) => [r.index, r.error instanceof RuleViolationError])).toEqual([
      [1, true],
      [2, true],
      [4, true],
    ]);
    expect(refusalsOf(error)[0].error).toBe(error);
    expect(await store.readStream(STREAM)).toHaveLength(1);
  });

  it('a dry run of a batch lists every event it would record and records nothing', async () => {
    const dry = await runner.runAll(decider, STREAM, [item('a', '1.00'), item('b', '2.00')], { ...ctx, dryRun: true });
    expect(dry.wouldRecord?.map((e) => e.data)).toEqual([
      expect.objectContaining({ itemId: 'a', amount: '1' }),
      expect.objectContaining({ itemId: 'b', amount: '2' }),
    ]);
    expect(await store.readStream(STREAM)).toHaveLength(1);
  });
});
