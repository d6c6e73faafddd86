import { allocateWholePence, moneyOfPence, prepareWeights, type PreparedWeights, type Weight } from '../common/allocation';
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
 * The weights checked and scaled once, the first time a change is split by them (not at all
 * when nothing changes: a year of zeros splits whatever the weights), for every figure split by them.
 */
function preparedOnce(weights: readonly Weight[]): () => PreparedWeights {
  let prepared: PreparedWeights | null = null;
  return () => (prepared ??= prepareWeights(weights));
}

/**
 * A figure's successive values as the changes to split: each change taken to whole pence (as
 * allocation takes an amount), those that come to no pence left out (they split into nothing).
 */
function changesInPence(values: readonly Money[]): bigint[] {
  const changes: bigint[] = [];
  let previous = Money.ZERO;
  for (const value of values) {
    const change = value.minus(previous).wholePence();
    previous = value;
    if (change !== 0n) changes.push(change);
  }
  return changes;
}

/**
 * Each member's part of a programme figure, in whole pence, split so that every change is shared
 * exactly.
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
function splitChanges(changes: readonly bigint[], members: number, prepared: () => PreparedWeights): bigint[] {
  const parts: bigint[] = new Array<bigint>(members).fill(0n);
  for (const change of changes) {
    const pence = allocateWholePence(change, prepared());
    for (let i = 0; i < parts.length; i++) parts[i] += pence[i];
  }
  return parts;
}

/**
 * A year's four figures as the changes to split (changesInPence): they do not depend on the
 * shares, so a caller splitting the same year's figures by shares that move (benefits
 * realisation, when a member's NRE does) can work them out once.
 */
export interface SavingsChanges {
  planned: bigint[];
  forecast: bigint[];
  realised: bigint[];
  bestEstimate: bigint[];
  /** Whether anything has been realised in the year (members' realised parts are null when not). */
  anyRealised: boolean;
}

export function savingsChanges(year: SavingsYear): SavingsChanges {
  const of = (valueOf: (step: SavingsStep) => Money) => changesInPence(year.steps.map(valueOf));
  return {
    planned: of((s) => s.planned),
    forecast: of((s) => s.forecast),
    realised: of((s) => s.realised ?? Money.ZERO),
    bestEstimate: of((s) => s.bestEstimate),
    anyRealised: year.realised !== null,
  };
}

/** Every member's part of each of the year's figures, split change by change (see splitChanges). */
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
  return splitSavingsChanges(
    savingsChanges(year),
    weights.map((w) => w.key),
    preparedOnce(weights),
  );
}

/**
 * splitSavingsYear, for a year's changes already worked out, between the members `forces` names,
 * by weights `prepared` gives (checked and scaled, asked for only if a change is to be split).
 */
export function splitSavingsChanges(
  changes: SavingsChanges,
  forces: readonly string[],
  prepared: () => PreparedWeights,
): MemberSavingsFigures[] {
  const split = (figure: readonly bigint[]) => splitChanges(figure, forces.length, prepared);
  const planned = split(changes.planned);
  const forecast = split(changes.forecast);
  const realised = split(changes.realised);
  const best = split(changes.bestEstimate);
  return forces.map((force, i) => ({
    force,
    planned: moneyOfPence(planned[i]),
    forecast: moneyOfPence(forecast[i]),
    realised: changes.anyRealised ? moneyOfPence(realised[i]) : null,
    bestEstimate: moneyOfPence(best[i]),
    variance: moneyOfPence(best[i] - planned[i]),
  }));
}
