import { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import { allianceContributionLines } from '../collaboration/alliance-contribution-lines';
import { allianceSavingsLines } from '../collaboration/alliance-savings-lines';
import type { AllianceFacts } from '../collaboration/alliance.state';
import { allianceStreamId } from '../collaboration/alliance.stream';
import { collaborationAveragesDecider } from '../collaboration/collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from '../collaboration/collaboration-averages.stream';
import type { CollaborationAveragesFacts } from '../collaboration/collaboration-averages.state';
import { forceCollaborationStreamId } from '../collaboration/force-collaboration.stream';
import { replacementFor, type ForceCollaborationFacts } from '../collaboration/force-collaboration.state';
import { nreByForceAndYear, type NreByForceAndYear } from '../collaboration/net-revenue-expenditure';
import { forceFinanceDecider, forceFinanceStreamId, type ForceFinanceState } from '../force-finance';
import {
  MAX_MTFP_YEARS,
  projectMtfp,
  type BandDOverride,
  type ContributionLine,
  type ExternalSavingsLine,
  type MtfpProjection,
  type ProjectMtfpInput,
} from '../mtfp';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { nreBeforeAllianceLines } from './nre-before-alliance-lines';
import { principlesForForce, REFERENDUM_PRINCIPLES_STREAM, type ReferendumPrinciplesState } from '../reference-data';
import type { StreamReader } from '../projections/stream-folds';
import { everyScenario } from '../scenarios/scenario-lookup';
import type { ScenarioFacts } from '../scenarios/scenario.state';

/**
 * Reads the plan across capabilities from the folded facts of every stream: a force's MTFP
 * including its share of every alliance's savings, and the NRE figures the collaboration
 * engines take as input. Pure: the same facts always give the same answers.
 *
 * NRE for cost-share bases ("NRE before alliance lines") is each member's MTFP NRE
 * *without* any alliance line (worked out without the rest of the plan: nre-before-alliance-lines.ts) – neither savings nor contributions to joint units, which are
 * themselves split by the shares (using them would be circular) – and so also with the lines a
 * contribution replaces still in: the force's own budget as it recorded it.
 * NRE for "collaboration as a share of NRE" is the full MTFP's.
 *
 * Over a scenario's facts (applyScenario), `bandDOverrides` carries the Band D its precept
 * strategies give, per force and year, so every MTFP the reader projects honours them.
 */
export class PlanReader implements StreamReader {
  constructor(
    private readonly facts: StreamFacts,
    private readonly bandDOverrides: Readonly<Record<string, Readonly<Record<string, BandDOverride>>>> = {},
  ) {}

  /** One stream's folded facts: each slice reads its own streams through this (e.g. stressTestRunsOf). */
  stream<T>(streamId: string): T | undefined {
    return this.facts.streams[streamId] as T | undefined;
  }

  forceFinance(force: string): ForceFinanceState {
    return (this.facts.streams[forceFinanceStreamId(force)] as ForceFinanceState | undefined) ?? forceFinanceDecider.initialState();
  }

  /** Every alliance, in code order. */
  alliances(): AllianceFacts[] {
    return Object.entries(this.facts.streams)
      .filter(([stream, state]) => stream.startsWith('alliance-') && (state as AllianceFacts).allianceCode !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, state]) => state as AllianceFacts);
  }

  alliance(code: string): AllianceFacts | undefined {
    const state = this.facts.streams[`alliance-${code}`] as AllianceFacts | undefined;
    return state?.allianceCode ? state : undefined;
  }

  /**
   * The streams a force's MTFP figures can cite: its own finance stream, its collaboration stream
   * (the lines its contributions replace) and, for alliance savings and contributions, each
   * alliance it has been a member of and those alliances' members (shares come from their NRE).
   */
  mtfpSourceStreams(force: string): string[] {
    return [
      forceFinanceStreamId(force),
      forceCollaborationStreamId(force),
      // A "most without a referendum" precept assumption cites the principles it used.
      REFERENDUM_PRINCIPLES_STREAM,
      ...this.alliancesOf(force).flatMap((a) => [
        allianceStreamId(a.allianceCode as string),
        ...a.members.map((m) => forceFinanceStreamId(m.force)),
      ]),
    ];
  }

  /** Alliances the force has ever been a member of. */
  alliancesOf(force: string): AllianceFacts[] {
    return this.alliances().filter((a) => a.members.some((m) => m.force === force));
  }

  collaborationSpend(force: string): ForceCollaborationFacts | undefined {
    return this.facts.streams[forceCollaborationStreamId(force)] as ForceCollaborationFacts | undefined;
  }

  collaborationAverages(): CollaborationAveragesFacts {
    return (
      (this.facts.streams[COLLABORATION_AVERAGES_STREAM] as CollaborationAveragesFacts | undefined) ??
      collaborationAveragesDecider.initialState()
    );
  }

  /** Every scenario created, in id order (an id several forces use, in force order). */
  scenarios(): ScenarioFacts[] {
    return everyScenario(this.facts).map((s) => s.facts);
  }

  /** The Band D a scenario's precept strategies give the force, by year (none over the baseline). */
  scenarioBandD(force: string): Readonly<Record<string, BandDOverride>> {
    return this.bandDOverrides[force] ?? {};
  }

  /**
   * The force's MTFP with its share of every alliance programme's cashable savings and its
   * contributions to every alliance's joint units (and, over a scenario, its Band D).
   */
  mtfp(force: string, from: string | FinancialYear, years: number, options: Pick<ProjectMtfpInput, 'bandDOverrides'> = {}): MtfpProjection {
    const first = typeof from === 'string' ? FinancialYear.parse(from, 'from') : from;
    const yearList = FinancialYear.range(first, Math.max(1, Math.min(years, MAX_MTFP_YEARS))).map(String);
    const scenarioBandD = this.bandDOverrides[force];
    const bandDOverrides = scenarioBandD ? { ...scenarioBandD, ...options.bandDOverrides } : options.bandDOverrides;
    return projectMtfp({
      facts: this.forceFinance(force),
      from: first,
      years,
      ...this.allianceLines(force, yearList),
      ...(bandDOverrides ? { bandDOverrides } : {}),
      referendumPrinciplesFor: (year) => {
        const principles = this.facts.streams[REFERENDUM_PRINCIPLES_STREAM] as ReferendumPrinciplesState | undefined;
        return principles ? principlesForForce(principles, force, year) : [];
      },
    });
  }

  /**
   * The force's lines from every alliance it belongs to, for the given years: its share of each
   * programme's savings, and its contribution to each alliance's joint units (a line per
   * alliance and year, with the lines it marked as replaced). The members' NRE for the shares is
   * worked out once for both.
   */
  allianceLines(force: string, years: readonly string[]): { externalSavings: ExternalSavingsLine[]; contributions: ContributionLine[] } {
    const alliances = this.alliancesOf(force);
    if (alliances.length === 0) return { externalSavings: [], contributions: [] };
    const bases = this.nreForShareBases(alliances);
    const own = this.collaborationSpend(force);
    return {
      externalSavings: alliances.flatMap((a) => allianceSavingsLines(a, force, years, bases)),
      contributions: alliances.flatMap((a) =>
        allianceContributionLines(a, force, years, bases, replacementFor(own, a.allianceCode as string)),
      ),
    };
  }

  /**
   * Members' NRE before alliance lines (no savings, no contributions), for every year any unit's cost share is based on,
   * and for `extraYears` (so callers can mix in the years they show).
   */
  nreForShareBases(alliances: readonly AllianceFacts[], extraYears: readonly string[] = []): NreByForceAndYear {
    const years = new Set<string>(extraYears);
    const forces = new Set<string>();
    for (const a of alliances) {
      a.members.forEach((m) => forces.add(m.force));
      for (const unit of a.units) for (const b of unit.bases) if (b.basis.kind === 'net_revenue_budget') years.add(b.basis.year);
    }
    return this.nreTable([...forces], [...years], false);
  }

  /** NRE by force and year: each force's MTFP's, with its alliance lines, or before them (the share bases). */
  nreTable(forces: readonly string[], years: readonly string[], withAllianceSavings: boolean): NreByForceAndYear {
    if (years.length === 0 || forces.length === 0) return nreByForceAndYear([]);
    const sorted = years.map((y) => FinancialYear.parse(y, 'year')).sort((a, b) => a.compare(b));
    const first = sorted[0];
    const span = Math.min(sorted[sorted.length - 1].yearsSince(first) + 1, MAX_MTFP_YEARS);
    const wanted = new Set(years);
    // The share bases need only their own years (each year's NRE before alliance lines stands alone), within the same span.
    const inSpan = sorted.filter((y, i) => y.yearsSince(first) < span && (i === 0 || !y.equals(sorted[i - 1])));
    const rows: { force: string; year: string; nre: Money }[] = [];
    for (const force of forces) {
      if (!this.facts.streams[forceFinanceStreamId(force)]) continue;
      const years = withAllianceSavings
        ? this.mtfp(force, first, span).years.map((y) => ({ year: y.year, nre: y.nre.value }))
        : nreBeforeAllianceLines(this.forceFinance(force), inSpan);
      for (const y of years) if (wanted.has(y.year)) rows.push({ force, year: y.year, nre: y.nre });
    }
    return nreByForceAndYear(rows);
  }
}
