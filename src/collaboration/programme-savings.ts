import { allocatePence, moneyOfPence, prepareWeights, type PreparedWeights, type Weight } from '../common/allocation';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { ProgrammeFacts, SavingsEntry } from './alliance.state';
import { compareYears } from './collaboration-input';

/**
 * A savings programme's figures for a year, read from its history:
 *  - planned: the business case (the latest plan recorded for the year), else zero;
 *  - forecast: the latest forecast revision for the year, else the plan;
 *  - realised: the latest realised figure for the year, where one is recorded;
 *  - best estimate: realised where recorded, else the forecast (which falls back to the plan).
 * `steps` keeps each figure as it stood after every event that touched the year, in the order
 * they were recorded: what splitMemberFigure needs to split changes exactly.
 */
export interface SavingsFigures {
  planned: Money;
  forecast: Money;
  realised: Money | null;
  bestEstimate: Money;
}

export interface SavingsStep extends SavingsFigures {
  entry: SavingsEntry;
}

export interface SavingsYear extends SavingsFigures {
  year: string;
  steps: SavingsStep[];
  /** The events behind the year's figures. */
  sources: string[];
}

export function savingsYear(programme: ProgrammeFacts, year: string): SavingsYear {
  let planned = Money.ZERO;
  let forecast: Money | null = null;
  let realised: Money | null = null;
  const steps: SavingsStep[] = [];
  for (const entry of programme.history) {
    if (entry.year !== year) continue;
    const amount = Money.of(entry.amount);
    if (entry.kind === 'planned') planned = amount;
    else if (entry.kind === 'forecast_revised') forecast = amount;
    else realised = amount;
    const current = forecast ?? planned;
    steps.push({ entry, planned, forecast: current, realised, bestEstimate: realised ?? current });
  }
  const last = steps.at(-1);
  return {
    year,
    planned,
    forecast: last?.forecast ?? Money.ZERO,
    realised,
    bestEstimate: last?.bestEstimate ?? Money.ZERO,
    steps,
    sources: steps.flatMap((s) => (s.entry.source ? [s.entry.source] : [])),
  };
}

/** The years a programme has figures for: from its start to the last year anything was recorded. */
export function programmeYears(programme: ProgrammeFacts): string[] {
  const recorded = programme.history.map((e) => e.year);
  const last = recorded.reduce((latest, y) => (compareYears(y, latest) > 0 ? y : latest), programme.startYear);
  const start = FinancialYear.parse(programme.startYear);
  return FinancialYear.range(start, FinancialYear.parse(last).yearsSince(start) + 1).map(String);
}

export function hasFiguresFor(programme: ProgrammeFacts, year: string): boolean {
  return programme.history.some((e) => e.year === year);
}

/**
 * One member's part of a programme figure, split so that every change is shared exactly.
 *
 * The figure is split change by change: its first value, then each later change (a re-plan, a
 * forecast revision, a realisation) is allocated on its own by largest remainder, and a
 * member's part is the sum of its allocations. So:
 *  - the members' parts always sum exactly to the figure (each allocation does);
 *  - when an event moves the figure by Δ, every member's part moves by exactly its allocation
 *    of Δ: a forecast revised from £6.1m to £5.3m takes exactly allocate(£0.8m) off each
 *    member's line, whatever the pence of allocate(£6.1m) and allocate(£5.3m) would have been;
 *  - a member's part is within one penny per change of its exact share of the figure (each
 *    allocation is within a penny of exact), and a figure that returns to an earlier value
 *    returns every part to its earlier value, because allocate(−Δ) = −allocate(Δ).
 * Splitting the current figure afresh instead would give parts within a penny of exact, but a
 * revision could then move a member's line by a penny more or less than its share of the change.
 * The split always uses the shares in force now for the year, applied to every change.
 */
export function splitFigure(values: readonly Money[], weights: readonly Weight[]): Money[] {
  return splitFigureBy(values, weights.length, preparedOnce(weights));
}

/**
 * The weights checked and scaled once, the first time a change is split by them (not at all
 * when nothing changes: a year of zeros splits whatever the weights), for every figure split by them.
 */
function preparedOnce(weights: readonly Weight[]): () => PreparedWeights {
  let prepared: PreparedWeights | null = null;
  return () => (prepared ??= prepareWeights(weights));
}

function splitFigureBy(values: readonly Money[], members: number, prepared: () => PreparedWeights): Money[] {
  // Each allocation is whole pence, so the parts are added up in whole pence and made money once.
  const parts: bigint[] = new Array<bigint>(members).fill(0n);
  let previous = Money.ZERO;
  for (const value of values) {
    const change = value.minus(previous);
    previous = value;
    if (change.isZero()) continue;
    const pence = allocatePence(change, prepared());
    for (let i = 0; i < parts.length; i++) parts[i] += pence[i];
  }
  return parts.map(moneyOfPence);
}

/** Every member's part of each of the year's figures, split change by change (see splitFigure). */
export interface MemberSavingsFigures {
  force: string;
  planned: Money;
  forecast: Money;
  realised: Money | null;
  bestEstimate: Money;
  /** bestEstimate − planned, for this member; the members' variances sum to the programme's. */
  variance: Money;
}

export function splitSavingsYear(year: SavingsYear, weights: readonly Weight[]): MemberSavingsFigures[] {
  // The same weights split all four figures: checked and scaled once.
  const prepared = preparedOnce(weights);
  const split = (valueOf: (step: SavingsStep) => Money) => splitFigureBy(year.steps.map(valueOf), weights.length, prepared);
  const planned = split((s) => s.planned);
  const forecast = split((s) => s.forecast);
  const realised = split((s) => s.realised ?? Money.ZERO);
  const best = split((s) => s.bestEstimate);
  return weights.map((w, i) => ({
    force: w.key,
    planned: planned[i],
    forecast: forecast[i],
    realised: year.realised === null ? null : realised[i],
    bestEstimate: best[i],
    variance: best[i].minus(planned[i]),
  }));
}
