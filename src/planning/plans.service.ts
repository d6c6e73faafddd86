import { Inject, Injectable } from '@nestjs/common';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import type { AsAt } from '../projections/projection';
import { FACTS, type FactsRunner } from '../projections/projections.module';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { isBranchStream, STREAM_FOLD_REGISTRY, type StreamFolds } from '../projections/stream-folds';
import { applyScenario, type AppliedScenario } from '../scenarios/apply-scenario';
import { baselineAsAtOf, scenarioChain } from '../scenarios/scenario-chain';
import { resolveScenario, type CreatedScenario, type FoundScenario, type ScenarioLookup } from '../scenarios/scenario-lookup';

/** Which scenario a question reads, as the slices' queries name it: planning composes the slices, so they ask it here. */
export { inForce, type ScenarioLookup } from '../scenarios/scenario-lookup';
import type { ScenarioAsAt } from '../scenarios/scenario.events';
import { isCreated, type ScenarioFacts } from '../scenarios/scenario.state';
import { PlanReader } from './plan-reader';

/** A plan as a query reads it: the baseline, or a scenario applied over the baseline it branches from. */
export interface PlanView {
  /** What the engines read: the baseline's facts, or the scenario's. */
  reader: PlanReader;
  /** The baseline the scenario reads (the same as `reader` without a scenario). */
  baseline: PlanReader;
  /**
   * The position of the last event the answer includes: for the baseline, the last event on a
   * baseline stream (scenarios and stress-test runs recorded since do not move it, so a
   * baseline answer never changes because a scenario exists); for a scenario, that or the last
   * event of its chain, whichever is later. Asking `asOf` this position gives the same answer.
   */
  position: string | null;
  /** The position of the last event folded into the facts read (what a stress-test run records). */
  factsPosition: string | null;
  /** The scenario applied, or null for the baseline. */
  scenario: (Omit<AppliedScenario, 'facts' | 'bandDOverrides'> & { id: string; chain: ScenarioFacts[]; streams: string[] }) | null;
}

/** How many answers of "where does the baseline stand at this position" are remembered. */
const POSITION_MEMO = 256;
const READ_BACK_PAGE = 20;

/** Hands query handlers a PlanReader over the facts as they stand now, or as they stood at a past moment, of the baseline or a scenario. */
@Injectable()
export class Plans {
  private readonly baselinePositions = new Map<string, bigint | null>();

  constructor(
    @Inject(FACTS) private readonly facts: FactsRunner,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(STREAM_FOLD_REGISTRY) private readonly registry: StreamFolds,
  ) {}

  /**
   * The plan as at `asAt`; with a scenario (an id and the force it is looked for in), that
   * scenario (and the scenarios it branches from) applied over the baseline it reads: the
   * baseline as at the moment its root branched from, if it gave one, else the baseline as at
   * `asAt`. 404 when there is no such scenario then, in the same words whatever other forces have.
   */
  async at(asAt: AsAt = { kind: 'latest' }, lookup?: ScenarioLookup): Promise<PlanView> {
    if (asAt.kind === 'position') await this.refuseUnreached(asAt.position);
    const view = await this.facts.view(asAt);
    // The latest state is folded into in place as events arrive: take this moment's streams.
    const facts: StreamFacts = { streams: { ...view.state.streams } };
    const factsPosition = view.position?.toString() ?? null;
    if (lookup === undefined) {
      const reader = new PlanReader(facts);
      const position = await this.baselinePosition(facts, view.position);
      return { reader, baseline: reader, position: position?.toString() ?? null, factsPosition, scenario: null };
    }

    const found = scenarioChain(facts, resolveScenario(facts, lookup));
    const chain = found.map((s) => s.facts);
    const streams = found.map((s) => s.streamId);
    const branchedAt = baselineAsAtOf(chain);
    let baseline = facts;
    let baselinePosition: bigint | null;
    if (branchedAt) {
      const then = await this.facts.view(toAsAt(branchedAt));
      baseline = { streams: { ...then.state.streams } };
      baselinePosition = await this.baselinePosition(baseline, then.position);
    } else {
      baselinePosition = await this.baselinePosition(facts, view.position);
    }
    const { facts: applied, bandDOverrides, ...rest } = applyScenario(baseline, chain);
    let position = baselinePosition;
    for (const stream of streams) {
      const last = await this.lastPositionOf(stream, view.position);
      if (last !== null && (position === null || last > position)) position = last;
    }
    return {
      reader: new PlanReader(applied, bandDOverrides),
      baseline: new PlanReader(baseline),
      position: position?.toString() ?? null,
      factsPosition,
      scenario: { ...rest, id: lookup.id, chain, streams },
    };
  }

  /** A position not yet reached would answer as the latest now and differently later: like a time in the future, it is refused. */
  private async refuseUnreached(position: bigint): Promise<void> {
    const head = await this.events.headPosition();
    if (head === null || position > head) {
      throw new InvalidInputError(
        'asOf',
        `position ${position} has not been reached yet: the newest event is at ${head ?? 'no position (nothing is recorded)'}`,
      );
    }
  }

  /**
   * A scenario as it stands now (its stream folded, and which stream that is), if the lookup
   * finds one; an admin's id that several forces use is refused (400), asking whose.
   */
  async scenario(lookup: ScenarioLookup): Promise<FoundScenario | undefined> {
    try {
      return resolveScenario((await this.facts.view()).state, lookup);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** The scenario folded from this stream as it stands now, if one was created there. */
  async scenarioOnStream(streamId: string): Promise<CreatedScenario | undefined> {
    const state = (await this.facts.view()).state.streams[streamId] as ScenarioFacts | undefined;
    return state && isCreated(state) ? state : undefined;
  }

  /**
   * The position of the newest event on a baseline stream at or before `position`. When the
   * newest event folded is itself on a baseline stream that is `position`; only when branches
   * were recorded since is the store asked where each baseline stream stood.
   */
  private async baselinePosition(facts: StreamFacts, position: bigint | null): Promise<bigint | null> {
    if (position === null) return null;
    const streams = Object.keys(facts.streams);
    const branches = streams.filter((s) => isBranchStream(this.registry.folds, s));
    if (branches.length === 0) return position;
    const key = position.toString();
    if (this.baselinePositions.has(key)) return this.baselinePositions.get(key) as bigint | null;

    const newestOf = async (ids: string[]) => {
      let newest: bigint | null = null;
      for (const id of ids) {
        const last = await this.lastPositionOf(id, position);
        if (last !== null && (newest === null || last > newest)) newest = last;
      }
      return newest;
    };
    const newestBranch = await newestOf(branches);
    const answer =
      newestBranch === null || newestBranch < position
        ? position
        : await newestOf(streams.filter((s) => !isBranchStream(this.registry.folds, s)));
    if (this.baselinePositions.size >= POSITION_MEMO) this.baselinePositions.delete(this.baselinePositions.keys().next().value as string);
    this.baselinePositions.set(key, answer);
    return answer;
  }

  /** The position of the stream's newest event at or before `position`, or null. */
  private async lastPositionOf(streamId: string, position: bigint | null): Promise<bigint | null> {
    if (position === null) return null;
    let fromRevision: bigint | undefined;
    for (;;) {
      const page = await this.events.readStream(streamId, { direction: 'backwards', fromRevision, maxCount: READ_BACK_PAGE });
      const found = page.find((e) => e.position <= position);
      if (found) return found.position;
      if (page.length < READ_BACK_PAGE) return null;
      const oldest = page[page.length - 1].revision;
      if (oldest === 0n) return null;
      fromRevision = oldest - 1n;
    }
  }
}

function toAsAt(at: ScenarioAsAt): AsAt {
  return 'position' in at ? { kind: 'position', position: BigInt(at.position) } : { kind: 'time', time: new Date(at.time) };
}
