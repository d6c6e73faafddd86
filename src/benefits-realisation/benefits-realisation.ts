import type { BenefitsFigures, MemberBenefits } from './benefits-figures';
import type { Dec } from '../common/decimal';
import { NotFoundError } from '../common/errors';
import { KeptPerFacts } from '../common/kept-per-facts';
import { Money } from '../common/money';
import type { AllianceFacts, ProgrammeFacts } from '../collaboration/alliance.state';
import { findUnit } from '../collaboration/alliance.readers';
import { preparedWeightsOf, programmeSharesIn, type SharesInYear } from '../collaboration/cost-shares';
import { nreRead, nreReadByProgramme, nreReadOfProgramme, type NreReadOfYear } from '../collaboration/unit-cost-shares';
import { NO_NRE_FIGURES, type NreByForceAndYear } from '../collaboration/net-revenue-expenditure';
import {
  savingsChanges,
  savingsYear,
  splitSavingsChanges,
  type MemberSavingsFigures,
  type SavingsChanges,
  type SavingsYear,
} from '../collaboration/programme-savings';
import type { SavingsRecurrence } from '../collaboration/board-settings.events';
import { thresholdsInUse, type ThresholdsInUse } from './board-thresholds';
import { withBudgetEffect } from './budget-effect';
import { recurrenceOfYear } from '../collaboration/savings-year-recurrence';
import { figures, figuresWithNet, sumMembers, sumSavings, type RawFigures } from './benefits-sums';
import {
  boardFactsOfYear,
  boardYears,
  varianceExplanationsOf,
  withMemberCosts,
  type NetBenefit,
  type VarianceExplanation,
  type VarianceExplanationRecord,
} from './net-benefit';
import type { RagThresholds } from './rag-thresholds';
import { yearHasEnded } from './year-closure';

/**
 * Benefits realisation for an alliance board: for every savings programme, year by year and in
 * total, what the business case planned, what is forecast now, what has been realised, the
 * variance and delivery against plan with a RAG status, the running totals since the programme
 * began, the history of forecast revisions with their reasons, and each member force's part of
 * every figure.
 *
 * Best estimate = realised where recorded, else the current forecast (else the plan);
 * variance = best estimate − plan; delivery = best estimate / plan (none without a plan).
 * Members' parts use the programme's unit's cost shares for the year – or equal shares for a
 * programme with no unit (see cost-shares.ts) – and are split change by change (see
 * splitChanges in programme-savings.ts), so they sum exactly to the programme's figures and a member's savings here are
 * exactly the savings line its MTFP receives.
 */
export type { BenefitsFigures, MemberBenefits } from './benefits-figures';

export interface ProgrammeYearBenefits extends BenefitsFigures, NetBenefit {
  year: string;
  /** Since the programme began, up to and including this year. */
  cumulative: BenefitsFigures & NetBenefit;
  /** Why the year's savings differ from plan: the latest explanation recorded (earlier ones are in the audit trail). */
  varianceExplanation: VarianceExplanation | null;
  /**
   * What the programme takes off this year's budgets (best estimates): this year's figure plus
   * every earlier year's that recurs (for a wholly recurring programme the cumulative best
   * estimate, for a wholly one-off one this year's figure).
   * Each member's part of it is what its MTFP's line for the programme carries in the year
   * (counted, or already in its base budget).
   */
  budgetEffect: Money;
  /** Whether this year's figure recurs in later years: the year's own recurrence (basis 'year') or the programme's. */
  recurrence: SavingsRecurrence;
  recurrenceBasis: 'year' | 'programme';
  /** Whether the year had ended by the answer's as-at date (null when no date was given). */
  ended: boolean | null;
  sharing: 'unit_basis' | 'equal_shares' | null;
  members: MemberBenefits[];
  notes: string[];
  issues: string[];
  sources: string[];
}

export interface ForecastRevision {
  year: string;
  previous: Money;
  amount: Money;
  change: Money;
  reason: string;
  recordedAt: string | null;
  source: string | null;
}

export interface Realisation {
  year: string;
  amount: Money;
  evidence: string;
  recordedAt: string | null;
  source: string | null;
}

export interface ProgrammeBenefits {
  programmeCode: string;
  name: string;
  unitCode: string | null;
  cashable: boolean;
  startYear: string;
  owner: string | null;
  recurrence: SavingsRecurrence;
  years: ProgrammeYearBenefits[];
  total: BenefitsFigures & NetBenefit;
  /** Each member's parts summed over the years whose shares could be worked out. */
  members: MemberBenefits[];
  revisions: ForecastRevision[];
  realisations: Realisation[];
  /** Every variance explanation recorded, in order; `current` marks the one its year shows. */
  varianceExplanations: VarianceExplanationRecord[];
  issues: string[];
  sources: string[];
}

export interface AllianceBenefits {
  allianceCode: string;
  name: string;
  thresholds: RagThresholds;
  /** Whose thresholds those are: the board's, the default, or a what-if asked for. */
  thresholdsInUse: ThresholdsInUse;
  programmes: ProgrammeBenefits[];
  total: BenefitsFigures & NetBenefit;
  /** Cashable programmes only: what reduces members' MTFPs. */
  cashableTotal: BenefitsFigures & NetBenefit;
  /** Non-cashable programmes only: valued at cash equivalent, kept in the service. */
  nonCashableTotal: BenefitsFigures & NetBenefit;
  members: MemberBenefits[];
}

export interface BenefitsRealisationOptions {
  /** A what-if: thresholds other than the board's, recorded nowhere. Without it the board's apply (else the default). */
  thresholds?: RagThresholds;
  /** The answer's as-at date: a year ended by then with nothing realised shows 'no_outturn'. Without it no year is judged ended. */
  asAt?: Date;
  /** Needed only when a programme's unit is shared by net revenue budgets. */
  nre?: NreByForceAndYear;
}

/**
 * A programme's benefits depend on the alliance's facts, the thresholds, which of its years had
 * ended by the as-at date, and – where its unit shares by net revenue budgets – the members' NRE
 * of each year's basis year: nothing else. So they are kept per alliance facts object with those
 * inputs (kept-per-facts.ts), and worked out again when one moves: a new event on one member's
 * stream leaves the programmes whose shares do not read its NRE as they were.
 */
const kept = new KeptPerFacts<AllianceFacts, ProgrammeBenefits>();

/**
 * Within a programme worked out again, what its members' NRE does not move is kept too, per
 * alliance facts object: its outline (below), with the thresholds and the years ended; and each
 * unit's shares for a year, with the NRE its basis reads. A member's NRE of a basis year moves
 * the shares of every programme on the units that read it: those programmes' members' parts are
 * worked out again, and nothing else of them.
 */
const keptOutlines = new KeptPerFacts<AllianceFacts, ProgrammeOutline>();
const keptShares = new KeptPerFacts<AllianceFacts, SharesInYear>();
const keptReads = new KeptPerFacts<AllianceFacts, { years: string[]; nre: (NreReadOfYear | null)[] }>();

/**
 * A programme's years (boardYears) and whose NRE its shares read in each: what every answer
 * reads to know whether its benefits stand. They follow from the alliance's facts alone.
 */
function readsOf(facts: AllianceFacts, programme: ProgrammeFacts): { years: string[]; nre: (NreReadOfYear | null)[] } {
  return keptReads.get(facts, programme.programmeCode, '', () => {
    const years = boardYears(programme);
    return { years, nre: years.map((year) => nreReadOfProgramme(facts, programme, year)) };
  });
}

/** A programme-year's figures that do not depend on how it is shared between the members. */
type YearOutline = Omit<
  ProgrammeYearBenefits,
  'sharing' | 'members' | 'notes' | 'issues' | 'sources' | 'budgetEffect' | 'recurrence' | 'recurrenceBasis'
>;

/** What a programme's benefits are apart from its members' parts. */
interface ProgrammeOutline {
  years: { outline: YearOutline; figures: SavingsYear; changes: SavingsChanges; board: ReturnType<typeof boardFactsOfYear> }[];
  total: BenefitsFigures & NetBenefit;
  revisions: ForecastRevision[];
  realisations: Realisation[];
  varianceExplanations: VarianceExplanationRecord[];
}

/**
 * The programme's shares for a year, kept with the NRE they read written out: `nreReadText` where
 * the caller has it already (readsOf), else worked out here.
 */
function sharesOfProgramme(
  facts: AllianceFacts,
  programme: ProgrammeFacts,
  year: string,
  nre: NreByForceAndYear,
  nreReadText: string | undefined,
): SharesInYear {
  // Programmes of one unit share by the unit's shares; any other programme's shares (equal, or
  // why there are none) are its own.
  const unit = programme.unitCode === null ? undefined : findUnit(facts, programme.unitCode);
  const key = unit ? `unit:${unit.unitCode}` : `programme:${programme.programmeCode}`;
  const inputs = nreReadText ?? nreReadByProgramme(facts, programme, year, nre);
  return keptShares.get(facts, `${key}\u0000${year}`, inputs, () => programmeSharesIn(facts, programme, year, nre));
}

export function benefitsRealisation(facts: AllianceFacts, options: BenefitsRealisationOptions = {}): AllianceBenefits {
  if (facts.allianceCode === null || facts.name === null) throw new NotFoundError('That alliance has not been formed.');
  const inUse = thresholdsInUse(facts, options.thresholds);
  const thresholds = inUse.thresholds;
  const nre = options.nre ?? NO_NRE_FIGURES;
  const asAt = options.asAt;
  const thresholdsText = `${thresholds.green.toString()}/${thresholds.amber.toString()}`;
  const programmes = facts.programmes.map((p) => {
    const reads = readsOf(facts, p);
    const nreReads = reads.nre.map((read) => nreRead(read, nre));
    const inputs = [
      thresholdsText,
      ...reads.years.map((year, i) => `${year}:${asAt ? yearHasEnded(year, asAt) : '-'}:${nreReads[i]}`),
    ].join('|');
    return kept.get(facts, p.programmeCode, inputs, () => {
      const outline = keptOutlines.get(facts, p.programmeCode, `${thresholdsText}|${ended(reads.years, asAt)}`, () =>
        programmeOutline(p, thresholds, asAt),
      );
      const nreReadOfYear = new Map(reads.years.map((year, i) => [year, nreReads[i]]));
      return programmeBenefits(facts, p, outline, nre, nreReadOfYear);
    });
  });
  const totalOf = (ps: ProgrammeBenefits[]) =>
    figuresWithNet(sumSavings(ps.map((p) => p.total)), Money.sum(ps.map((p) => p.total.costsToAchieve)), thresholds);
  return {
    allianceCode: facts.allianceCode,
    name: facts.name,
    thresholds,
    thresholdsInUse: inUse,
    programmes,
    total: totalOf(programmes),
    cashableTotal: totalOf(programmes.filter((p) => p.cashable)),
    nonCashableTotal: totalOf(programmes.filter((p) => !p.cashable)),
    members: sumMembers(programmes.flatMap((p) => p.members)),
  };
}

/** Which of the programme's years had ended by the as-at date, as text (an input of its outline). */
function ended(years: readonly string[], asAt: Date | undefined): string {
  return asAt ? years.map((year) => (yearHasEnded(year, asAt) ? '1' : '0')).join('') : '-';
}

function programmeOutline(programme: ProgrammeFacts, thresholds: RagThresholds, asAt: Date | undefined): ProgrammeOutline {
  const years: ProgrammeOutline['years'] = [];
  const history: ProgrammeHistory = { revisions: [], realisations: [] };
  let running: RawFigures = { planned: Money.ZERO, forecast: Money.ZERO, realised: null, bestEstimate: Money.ZERO };
  let runningCosts = Money.ZERO;

  for (const year of boardYears(programme)) {
    const figuresOfYear = savingsYear(programme, year);
    running = sumSavings([running, figuresOfYear]);
    const board = boardFactsOfYear(programme, year);
    runningCosts = runningCosts.plus(board.costsToAchieve);
    const ended = asAt ? yearHasEnded(year, asAt) : null;
    const ofYear = figures(figuresOfYear, thresholds);
    const outline: YearOutline = {
      year,
      ...ofYear,
      costsToAchieve: board.costsToAchieve,
      netBenefit: figuresOfYear.bestEstimate.minus(board.costsToAchieve),
      varianceExplanation: board.varianceExplanation,
      // A year that has ended with no outturn is not rated by its forecast.
      rag: ended && figuresOfYear.realised === null && ofYear.rag !== null ? 'no_outturn' : ofYear.rag,
      ended,
      cumulative: figuresWithNet(running, runningCosts, thresholds),
    };
    years.push({ outline, figures: figuresOfYear, changes: savingsChanges(figuresOfYear), board });
    recordHistory(programme, figuresOfYear, history);
  }

  const byOrder = <T extends { order: number }>(xs: T[]) => xs.sort((a, b) => a.order - b.order).map(({ order: _order, ...rest }) => rest);
  return {
    years,
    total: figuresWithNet(running, runningCosts, thresholds),
    revisions: byOrder(history.revisions),
    realisations: byOrder(history.realisations),
    varianceExplanations: varianceExplanationsOf(programme),
  };
}

/**
 * A programme's benefits: its outline, with each year's members' parts by the year's shares.
 * `nreReadOfYear` is the NRE each of its years' shares read, written out (readsOf), by year.
 */
function programmeBenefits(
  facts: AllianceFacts,
  programme: ProgrammeFacts,
  outline: ProgrammeOutline,
  nre: NreByForceAndYear,
  nreReadOfYear: ReadonlyMap<string, string>,
): ProgrammeBenefits {
  const issues: string[] = [];
  const years = outline.years.map(({ outline: ofYear, figures: figuresOfYear, changes, board }) => {
    const year = ofYear.year;
    // The year's shares split both its savings and its costs: worked out once, when either needs them.
    let shares: SharesInYear | undefined;
    const sharesOfYear = () => (shares ??= sharesOfProgramme(facts, programme, year, nre, nreReadOfYear.get(year)));
    const parts = membersParts(figuresOfYear, changes, sharesOfYear);
    const costed = withMemberCosts(board.costsToAchieve, parts.members, sharesOfYear);
    const issue = parts.issue ?? costed.issue;
    if (issue) issues.push(`Members' totals leave out ${year}: ${issue}`);
    return {
      ...ofYear,
      sharing: parts.sharing ?? costed.sharing,
      members: costed.members,
      notes: parts.notes,
      issues: issue ? [`Members' parts of ${year} cannot be worked out: ${issue}`] : [],
      sources: [...new Set([...parts.sources, ...board.sources, ...costed.sources])],
    };
  });

  return {
    programmeCode: programme.programmeCode,
    name: programme.name,
    unitCode: programme.unitCode,
    cashable: programme.cashable,
    startYear: programme.startYear,
    owner: programme.owner,
    recurrence: programme.recurrence,
    years: withBudgetEffect(years, (year) => recurrenceOfYear(programme, year)),
    total: outline.total,
    members: sumMembers(years.flatMap((y) => y.members)),
    revisions: outline.revisions,
    realisations: outline.realisations,
    varianceExplanations: outline.varianceExplanations,
    issues,
    sources: [...new Set([...(programme.source ? [programme.source] : []), ...years.flatMap((y) => y.sources)])],
  };
}

/** Each member's part of a year's figures, by the shares that year; or why they cannot be worked out. */
function membersParts(
  figuresOfYear: SavingsYear,
  changes: SavingsChanges,
  sharesOfYear: () => SharesInYear,
): Pick<ProgrammeYearBenefits, 'sharing' | 'notes' | 'sources'> & { members: (MemberSavingsFigures & { share: Dec })[]; issue?: string } {
  const none = { sharing: null, members: [], notes: [] };
  if (figuresOfYear.steps.length === 0) return { ...none, sources: [...figuresOfYear.sources] };
  const shares = sharesOfYear();
  const sources = [...new Set([...figuresOfYear.sources, ...shares.sources])];
  if (!shares.ok) return { ...none, sources, issue: shares.issue };
  const members = splitSavingsChanges(
    changes,
    shares.members.map((m) => m.force),
    () => preparedWeightsOf(shares.members),
  ).map((m, i) => ({ ...m, share: shares.members[i].share }));
  return { sharing: shares.method, members, notes: shares.notes, sources };
}

type Ordered<T> = T & { order: number };

/** Forecast revisions and realisations, each with its place in the programme's history. */
interface ProgrammeHistory {
  revisions: Ordered<ForecastRevision>[];
  realisations: Ordered<Realisation>[];
}

function recordHistory(programme: ProgrammeFacts, figuresOfYear: SavingsYear, history: ProgrammeHistory): void {
  const year = figuresOfYear.year;
  figuresOfYear.steps.forEach((step, i) => {
    const order = programme.history.indexOf(step.entry);
    const { recordedAt, source } = step.entry;
    if (step.entry.kind === 'forecast_revised') {
      const previous = i > 0 ? figuresOfYear.steps[i - 1].forecast : Money.ZERO;
      const amount = Money.of(step.entry.amount);
      const change = amount.minus(previous);
      history.revisions.push({ year, previous, amount, change, reason: step.entry.reason, recordedAt, source, order });
    } else if (step.entry.kind === 'realised') {
      history.realisations.push({ year, amount: Money.of(step.entry.amount), evidence: step.entry.evidence, recordedAt, source, order });
    }
  });
}
