import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { forceCollaborationFrom } from '../../collaboration/http/force-collaboration.query';
import { DomainError, RuleViolationError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { mtfpRange, type MtfpRangeRequest } from '../../mtfp/mtfp-range';
import type { PlanReader } from '../../planning/plan-reader';
import { Plans, type PlanView } from '../../planning/plans.service';
import { preceptOptionsFrom } from '../../precept/http/precept-options.query';
import type { AsAt } from '../../projections/projection';
import { compareFigures, type FigureDifference } from '../compare-figures';
import { compareMtfp, type MtfpComparison } from '../compare-mtfp';
import { inForce, type ScenarioLookup } from '../scenario-lookup';
import type { ScenarioNote } from '../../planning/scenario-param';

export class CompareScenarioQuery {
  constructor(
    readonly scenario: ScenarioLookup,
    /** "baseline" or the id of another scenario of the same force. */
    readonly compareWith: string,
    readonly range: MtfpRangeRequest,
    readonly asAt: AsAt,
  ) {}
}

type Side = { kind: 'baseline'; position: string | null } | ({ kind: 'scenario'; name: string; position: string | null } & ScenarioNote);

export interface ScenarioComparisonJson {
  force: string;
  from: string;
  to: string;
  /** `b` in every comparison: this scenario. */
  scenario: Extract<Side, { kind: 'scenario' }>;
  /** `a` in every comparison: the baseline or the other scenario. */
  with: Side;
  /** The force's MTFP line by line, year by year: a, b and b − a. */
  mtfp: MtfpComparison;
  /** Each year's precept options (a freeze, the plan's Band D, the most without a referendum): the figures that differ. */
  precept: Array<{ year: string; differences: FigureDifference[] } | { year: string; unavailable: string }>;
  /** The force's collaboration figures (spend and shares of NRE by year): the figures that differ. */
  collaboration: { differences: FigureDifference[] };
}

/**
 * A scenario side by side with the baseline or another scenario, for the scenario's force over
 * the years asked (by default its plan period): the MTFP line by line (compareMtfp), and the
 * precept options of each year and the force's collaboration figures figure by figure
 * (compareFigures), each with both values and the difference.
 */
@QueryHandler(CompareScenarioQuery)
export class CompareScenarioHandler implements IQueryHandler<CompareScenarioQuery, ScenarioComparisonJson> {
  constructor(private readonly plans: Plans) {}

  async execute({ scenario, compareWith, range, asAt }: CompareScenarioQuery): Promise<ScenarioComparisonJson> {
    const b = await this.plans.at(asAt, scenario);
    const self = b.scenario?.chain[b.scenario.chain.length - 1];
    const force = self?.force;
    if (!self || !force)
      throw new RuleViolationError(`Scenario "${self?.name ?? scenario.id}" names no force, so there is no plan to compare`);
    // The other scenario is one of the same force: ids are unique within a force only.
    const a = compareWith === 'baseline' ? await this.plans.at(asAt) : await this.plans.at(asAt, inForce(force, compareWith));
    const { from, years } = mtfpRange(range, b.reader.forceFinance(force).planPeriod);
    const yearList = FinancialYear.range(from, years).map(String);
    return {
      force,
      from: yearList[0],
      to: yearList[yearList.length - 1],
      scenario: side(b) as Extract<Side, { kind: 'scenario' }>,
      with: side(a),
      mtfp: compareMtfp(a.reader.mtfp(force, from, years), b.reader.mtfp(force, from, years)),
      precept: yearList.map((year) => comparePrecept(a.reader, b.reader, force, year)),
      collaboration: {
        differences: compareFigures(forceCollaborationFrom(a.reader, force, yearList), forceCollaborationFrom(b.reader, force, yearList)),
      },
    };
  }
}

function side(view: PlanView): Side {
  if (!view.scenario) return { kind: 'baseline', position: view.position };
  const { id, scenarios, warnings, chain } = view.scenario;
  return { kind: 'scenario', id, name: chain[chain.length - 1].name as string, position: view.position, chain: scenarios, warnings };
}

/** A year with no Band D to build options on (on either side) says why instead. */
function comparePrecept(a: PlanReader, b: PlanReader, force: string, year: string): ScenarioComparisonJson['precept'][number] {
  try {
    const request = { year: FinancialYear.parse(year), groups: [] };
    return { year, differences: compareFigures(preceptOptionsFrom(a, force, request), preceptOptionsFrom(b, force, request)) };
  } catch (error) {
    if (error instanceof DomainError) return { year, unavailable: error.message };
    throw error;
  }
}
