import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { principlesApplyingTo, principlesForYear } from '../../reference-data/principles-for-year';
import { preceptOptionsForForce } from '../precept-options-for-force';
import { preceptOptionsToJson, type PreceptOptionsJson } from '../precept-options-to-json';
import type { PreceptOptionsRequest } from './precept-options-request';

export type PreceptOptionsAnswer = { force: string; asAt: { position: string | null }; groups: string[] } & PreceptOptionsJson;

export class GetPreceptOptionsQuery extends Query<PreceptOptionsAnswer> {
  constructor(
    readonly force: string,
    readonly request: PreceptOptionsRequest,
    readonly asAt: AsAt,
  ) {
    super();
  }
}

/**
 * Precept options for a force and year, from the facts as they stand (or stood): the year's
 * referendum principles that apply to this PCC (all PCCs, plus the groups it belongs to) and the
 * force's alliance savings, so each option's gap is the MTFP's gap with that Band D.
 */
@QueryHandler(GetPreceptOptionsQuery)
export class GetPreceptOptionsHandler implements IQueryHandler<GetPreceptOptionsQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  async execute({ force, request, asAt }: GetPreceptOptionsQuery): Promise<PreceptOptionsAnswer> {
    await this.forces.require(force);
    const { reader, position } = await this.plans.at(asAt);
    const year = request.year.toString();
    const options = preceptOptionsForForce({
      facts: reader.forceFinance(force),
      year,
      principles: principlesApplyingTo(principlesForYear(reader.referendumPrinciples(), year), request.groups),
      percentageRise: request.percentageRise,
      poundRise: request.poundRise,
      externalSavings: reader.allianceSavings(force, [year]),
    });
    return { force, asAt: { position }, groups: request.groups, ...preceptOptionsToJson(options) };
  }
}
