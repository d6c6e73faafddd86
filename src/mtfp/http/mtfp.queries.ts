import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import type { FinancialYear } from '../../common/financial-year';
import type { AuditEntry } from '../../event-sourcing/audit-entry';
import { ForceLookup } from '../../forces/force-lookup';
import { inForce, Plans } from '../../planning/plans.service';
import { scenarioNote, type ScenarioNote } from '../../planning/scenario-param';
import { REFERENDUM_PRINCIPLES_STREAM } from '../../reference-data/referendum-principles.events';
import type { AsAt } from '../../projections/projection';
import { mtfpToJson, type MtfpJson } from '../mtfp-to-json';
import { mtfpLines, type MtfpLine } from './mtfp-lines';
import { mtfpRange, type MtfpRangeRequest } from '../mtfp-range';
import { SourceEvents } from './source-events';

/** Which force, and the global position the plan was worked out at (the last event it includes). */
interface AnswerHead {
  force: string;
  asAt: { position: string | null };
  /** Only under a scenario. */
  scenario?: ScenarioNote;
}

export type MtfpAnswer = AnswerHead & MtfpJson;

export type MtfpExplanation = AnswerHead & { year: string } & (
    | { lines: Array<{ line: string; value: string; sourceCount: number }> }
    | { line: string; figure: MtfpLine['figure']; events: AuditEntry[]; missingSources?: string[] }
  );

export class GetMtfpQuery extends Query<MtfpAnswer> {
  constructor(
    readonly force: string,
    readonly range: MtfpRangeRequest,
    readonly asAt: AsAt,
    readonly scenarioId?: string,
  ) {
    super();
  }
}

/** Without a line: every line of the year with its value. With one: that figure and the recorded events behind it. */
export class ExplainMtfpQuery extends Query<MtfpExplanation> {
  constructor(
    readonly force: string,
    readonly year: FinancialYear,
    readonly line: string | undefined,
    readonly asAt: AsAt,
    readonly scenarioId?: string,
  ) {
    super();
  }
}

@QueryHandler(GetMtfpQuery)
export class GetMtfpHandler implements IQueryHandler<GetMtfpQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  async execute({ force, range, asAt, scenarioId }: GetMtfpQuery): Promise<MtfpAnswer> {
    await this.forces.require(force);
    const { reader, position, scenario } = await this.plans.at(asAt, inForce(force, scenarioId));
    const { from, years } = mtfpRange(range, reader.forceFinance(force).planPeriod);
    return { force, asAt: { position }, ...scenarioNote(scenario), ...mtfpToJson(reader.mtfp(force, from, years)) };
  }
}

@QueryHandler(ExplainMtfpQuery)
export class ExplainMtfpHandler implements IQueryHandler<ExplainMtfpQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
    private readonly sources: SourceEvents,
  ) {}

  async execute({ force, year, line, asAt, scenarioId }: ExplainMtfpQuery): Promise<MtfpExplanation> {
    await this.forces.require(force);
    const { reader, position, scenario } = await this.plans.at(asAt, inForce(force, scenarioId));
    const head = { force, asAt: { position }, ...scenarioNote(scenario), year: year.toString() };
    // Each year's figures are the same whichever year the plan is shown from, so one year is enough.
    const lines = mtfpLines(mtfpToJson(reader.mtfp(force, year, 1)).years[0]);
    if (line === undefined)
      return { ...head, lines: lines.map((l) => ({ line: l.line, value: l.figure.value, sourceCount: l.figure.sources.length })) };

    const found = lines.find((l) => l.line === line);
    if (!found) {
      throw new NotFoundError(
        `The ${year} MTFP of force "${force}" has no line "${line}". GET /forces/${force}/mtfp/explain?year=${year} lists its lines.`,
      );
    }
    // Figures cite the force's own decisions and, for alliance savings, the alliance's and its members' (shares from their NRE).
    const streams = [
      ...reader.mtfpSourceStreams(force),
      // Under a scenario, figures cite its overrides too (and a "most without a referendum" Band D, the principles).
      ...(scenario ? [...scenario.streams, REFERENDUM_PRINCIPLES_STREAM] : []),
    ];
    const { events, missing } = await this.sources.find(found.figure.sources, streams);
    return { ...head, line, figure: found.figure, events, ...(missing.length > 0 ? { missingSources: missing } : {}) };
  }
}
