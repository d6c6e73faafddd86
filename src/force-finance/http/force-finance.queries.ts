import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { findBudgetItem, type ForceFinanceState } from '../force-finance.state';
import {
  budgetItemSummary,
  forceFinanceSummary,
  reserveSummary,
  type BudgetItemSummary,
  type ForceFinanceSummary,
  type ReserveSummary,
} from './force-finance-summary';

/** Every answer says which force and the global position the facts were read at. */
type Answer<T> = { force: string; asAt: { position: string | null } } & T;

export class GetForceFinanceQuery extends Query<Answer<ForceFinanceSummary>> {
  constructor(
    readonly force: string,
    readonly asAt: AsAt,
  ) {
    super();
  }
}

export class GetBudgetItemQuery extends Query<Answer<BudgetItemSummary>> {
  constructor(
    readonly force: string,
    readonly itemId: string,
    readonly asAt: AsAt,
  ) {
    super();
  }
}

export class GetReserveQuery extends Query<Answer<ReserveSummary>> {
  constructor(
    readonly force: string,
    readonly reserveId: string,
    readonly asAt: AsAt,
  ) {
    super();
  }
}

/** One force's finance facts as they stand (or stood), and where they were read; 404 for an unknown force. */
async function factsOf(
  forces: ForceLookup,
  plans: Plans,
  force: string,
  asAt: AsAt,
): Promise<{ facts: ForceFinanceState; head: Answer<object> }> {
  await forces.require(force);
  const { reader, position } = await plans.at(asAt);
  return { facts: reader.forceFinance(force), head: { force, asAt: { position } } };
}

@QueryHandler(GetForceFinanceQuery)
export class GetForceFinanceHandler implements IQueryHandler<GetForceFinanceQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}
  async execute({ force, asAt }: GetForceFinanceQuery): Promise<Answer<ForceFinanceSummary>> {
    const { facts, head } = await factsOf(this.forces, this.plans, force, asAt);
    return { ...head, ...forceFinanceSummary(facts) };
  }
}

@QueryHandler(GetBudgetItemQuery)
export class GetBudgetItemHandler implements IQueryHandler<GetBudgetItemQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}
  async execute({ force, itemId, asAt }: GetBudgetItemQuery): Promise<Answer<BudgetItemSummary>> {
    const { facts, head } = await factsOf(this.forces, this.plans, force, asAt);
    const item = findBudgetItem(facts, itemId);
    if (!item)
      throw new NotFoundError(
        `Force "${force}" has no budget item with id ${itemId.slice(0, 100)}. GET /forces/${force}/finance lists its items.`,
      );
    return { ...head, ...budgetItemSummary(item) };
  }
}

@QueryHandler(GetReserveQuery)
export class GetReserveHandler implements IQueryHandler<GetReserveQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}
  async execute({ force, reserveId, asAt }: GetReserveQuery): Promise<Answer<ReserveSummary>> {
    const { facts, head } = await factsOf(this.forces, this.plans, force, asAt);
    const reserve = facts.reserves.find((r) => r.reserveId === reserveId);
    if (!reserve)
      throw new NotFoundError(
        `Force "${force}" has no reserve with id ${reserveId.slice(0, 100)}. GET /forces/${force}/finance lists its reserves.`,
      );
    return { ...head, ...reserveSummary(reserve, facts.planPeriod) };
  }
}
