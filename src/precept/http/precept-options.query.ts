import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import { ForceLookup } from '../../forces/force-lookup';
import type { PlanReader } from '../../planning/plan-reader';
import { inForce, Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { InvalidInputError } from '../../common/errors';
import { appliesToKey } from '../../reference-data/referendum-principle';
import { groupsOfForce, principlesForForce, principlesForYear } from '../../reference-data/principles-for-year';
import type { ReferendumPrinciplesState } from '../../reference-data/referendum-principles.state';
import { referendumPrinciplesOf } from '../../reference-data/reference-data.reader';
import { scenarioNote, type ScenarioNote } from '../../planning/scenario-param';
import type { BandDOverride } from '../../mtfp/project-mtfp';
import { preceptOptionsForForce } from '../precept-options-for-force';
import { preceptOptionsToJson, type PreceptOptionsJson } from '../precept-options-to-json';
import type { PreceptOptionsAsked, PreceptOptionsRequest } from './precept-options-request';
import { FinancialYear } from '../../common/financial-year';

export type PreceptOptionsAnswer = {
  force: string;
  asAt: { position: string | null };
  scenario?: ScenarioNote;
  /** Only when no year was asked for: which year was chosen, and why. */
  yearChosen?: string;
} & PreceptOptionsWithGroups;

export class GetPreceptOptionsQuery extends Query<PreceptOptionsAnswer> {
  constructor(
    readonly force: string,
    readonly request: PreceptOptionsAsked,
    readonly asAt: AsAt,
    readonly scenarioId?: string,
  ) {
    super();
  }
}

/**
 * Precept options for a force and year, from the facts as they stand (or stood): the year's
 * referendum principles that apply to this PCC (all PCCs, plus the groups it belongs to) and the
 * force's alliance savings, so each option's gap is the MTFP's gap with that Band D. Under a
 * scenario, the plan's Band D is the one its precept strategies give: last year's is the base of
 * every option, and this year's is shown as the scenario's option.
 */
@QueryHandler(GetPreceptOptionsQuery)
export class GetPreceptOptionsHandler implements IQueryHandler<GetPreceptOptionsQuery> {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  async execute({ force, request, asAt, scenarioId }: GetPreceptOptionsQuery): Promise<PreceptOptionsAnswer> {
    await this.forces.require(force);
    const { reader, position, scenario } = await this.plans.at(asAt, inForce(force, scenarioId));
    if (request.year)
      return {
        force,
        asAt: { position },
        ...scenarioNote(scenario),
        ...preceptOptionsFrom(reader, force, { ...request, year: request.year }),
      };
    const facts = reader.forceFinance(force);
    const year = defaultPreceptYear(facts);
    const yearChosen = facts.precepts[year.toString()]?.approved
      ? `No year was asked for: ${year}, the last year of the plan (every year has an approved precept).`
      : `No year was asked for: ${year}, the first year of the plan with no approved precept.`;
    return { force, asAt: { position }, ...scenarioNote(scenario), yearChosen, ...preceptOptionsFrom(reader, force, { ...request, year }) };
  }
}

/** The first year of the plan period with no approved precept; without a plan period, the year is required. */
export function defaultPreceptYear(facts: ForceFinanceState): FinancialYear {
  const period = facts.planPeriod;
  if (!period) throw new InvalidInputError('year', 'is required: this force has no plan period to choose a year from (e.g. year=2017/18)');
  let year = FinancialYear.parse(period.firstYear);
  const last = FinancialYear.parse(period.lastYear);
  while (facts.precepts[year.toString()]?.approved && year.toString() !== last.toString()) year = year.next();
  return year;
}

/** The options as the plan `reader` reads it (the baseline's or a scenario's): also what a scenario comparison compares. */
export function preceptOptionsFrom(reader: PlanReader, force: string, request: PreceptOptionsRequest): PreceptOptionsWithGroups {
  const year = request.year.toString();
  const scenarioBandD = reader.scenarioBandD(force);
  const recorded = referendumPrinciplesOf(reader);
  const referendumGroups = referendumGroupsOf(recorded, force, year, request.groups);
  const { externalSavings, contributions } = reader.allianceLines(force, [year]);
  const json = preceptOptionsToJson(
    preceptOptionsForForce({
      facts: withBandD(reader.forceFinance(force), scenarioBandD),
      year,
      principles: principlesForForce(recorded, force, year, request.groups),
      percentageRise: request.percentageRise,
      poundRise: request.poundRise,
      externalSavings,
      contributions,
      principlesFor: (y) => principlesForForce(recorded, force, y),
    }),
  );
  if (!scenarioBandD[year]) return { ...json, ...referendumGroups };
  return {
    ...json,
    ...referendumGroups,
    options: json.options.map((o) => (o.kind === 'recorded' ? { ...o, label: "Band D under the scenario's precept strategy" } : o)),
  };
}

/** The groups whose principles apply: those the force is recorded in, and those asked for as a what-if. */
type ReferendumGroups = { groups: string[]; referendumGroups: { appliesTo: string; basis: 'recorded' | 'what-if'; sources: string[] }[] };
export type PreceptOptionsWithGroups = PreceptOptionsJson & ReferendumGroups;

/**
 * A what-if group must be one the year has a principle for, so a typo is refused (400) rather
 * than silently leaving the £5 out; a group the force is already recorded in is not a what-if.
 */
function referendumGroupsOf(state: ReferendumPrinciplesState, force: string, year: string, whatIf: readonly string[]): ReferendumGroups {
  const known = principlesForYear(state, year).map((p) => appliesToKey(p.appliesTo));
  const unknown = whatIf.find((g) => !known.includes(appliesToKey(g)));
  if (unknown !== undefined)
    throw new InvalidInputError(
      'groups',
      `no referendum principle for "${unknown}" is recorded for ${year}; groups with one: ${
        principlesForYear(state, year)
          .map((p) => p.appliesTo)
          .join(', ') || 'none'
      }`,
    );
  const recorded = groupsOfForce(state, force, year).map((g) => ({ ...g, basis: 'recorded' as const }));
  const tried = whatIf
    .filter((g) => !recorded.some((r) => appliesToKey(r.appliesTo) === appliesToKey(g)))
    .map((g) => ({ appliesTo: g, basis: 'what-if' as const, sources: [] }));
  const all = [...recorded, ...tried];
  return { groups: all.map((g) => g.appliesTo), referendumGroups: all };
}

/** The force's facts with a scenario's Band D taking the place of what is recorded for those years (as a proposal). */
function withBandD(facts: ForceFinanceState, bandD: Readonly<Record<string, BandDOverride>>): ForceFinanceState {
  const years = Object.keys(bandD);
  if (years.length === 0) return facts;
  const precepts = { ...facts.precepts };
  for (const year of years) {
    precepts[year] = {
      year,
      approved: null,
      proposed: { bandD: bandD[year].bandD, sources: [...bandD[year].sources] },
      history: precepts[year]?.history ?? [],
    };
  }
  return { ...facts, precepts };
}
