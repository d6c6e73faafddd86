import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { FinancialYear } from '../../common/financial-year';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { referendumPrinciplesOf } from '../reference-data.reader';
import { referendumPrinciplesJson, type ReferendumPrincipleJson } from './referendum-principles-json';

export type ReferendumPrinciplesAnswer = { asAt: { position: string | null }; principles: ReferendumPrincipleJson[] };

/** The principles in force for one year, or for every year. */
export class ListReferendumPrinciplesQuery extends Query<ReferendumPrinciplesAnswer> {
  constructor(
    readonly year: FinancialYear | undefined,
    readonly asAt: AsAt,
  ) {
    super();
  }
}

@QueryHandler(ListReferendumPrinciplesQuery)
export class ListReferendumPrinciplesHandler implements IQueryHandler<ListReferendumPrinciplesQuery> {
  constructor(private readonly plans: Plans) {}

  async execute({ year, asAt }: ListReferendumPrinciplesQuery): Promise<ReferendumPrinciplesAnswer> {
    const { reader, position } = await this.plans.at(asAt);
    return { asAt: { position }, principles: referendumPrinciplesJson(referendumPrinciplesOf(reader), year?.toString()) };
  }
}
