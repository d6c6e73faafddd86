import type { EventToAppend } from '../event-store/event-store.port';
import type { Decider, DomainEvent } from './decider';
import type { WriteContext, WriteResult } from './write-context';

/** A plain write waiting for its stream's turn, and how to answer it. */
export interface BatchJob<S, E extends DomainEvent> {
  /** The fold its state is made with: only jobs of one fold are decided together. */
  evolve: unknown;
  decide: (state: S) => E[];
  ctx: WriteContext;
  /** Settled once the job is recorded or refused; awaited by the job's own turn. */
  answer: Promise<WriteResult>;
  succeed: (result: WriteResult) => void;
  fail: (error: unknown) => void;
  taken: boolean;
  lane: BatchJob<S, E>[];
}

/** A job decided on the state the jobs before it leave: its events, and the stream's revision after them. */
export interface DecidedJob<S, E extends DomainEvent> {
  job: BatchJob<S, E>;
  events: E[];
  revision: bigint;
}

/**
 * Per stream, the plain writes that queued up behind each other (a lane). The first of them to
 * get its turn takes the run of jobs from itself on; the rest find themselves answered when their
 * turn comes. A write that cannot join (it has a key, an If-Match, or is a dry run) closes the
 * lane, so no later write is recorded before it.
 */
export class BatchLanes {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly open = new Map<string, BatchJob<any, any>[]>();

  join<C, S, E extends DomainEvent>(
    streamId: string,
    decider: Decider<C, S, E>,
    decide: (state: S) => E[],
    ctx: WriteContext,
  ): BatchJob<S, E> {
    let lane = this.open.get(streamId) as BatchJob<S, E>[] | undefined;
    if (!lane) this.open.set(streamId, (lane = []));
    let succeed!: (result: WriteResult) => void;
    let fail!: (error: unknown) => void;
    const answer = new Promise<WriteResult>((resolve, reject) => ((succeed = resolve), (fail = reject)));
    answer.catch(() => undefined); // a refusal is heard by the job's own turn, which may come after the batch settled it
    const job: BatchJob<S, E> = { evolve: decider.evolve, decide, ctx, answer, succeed, fail, taken: false, lane };
    lane.push(job);
    return job;
  }

  close(streamId: string): void {
    this.open.delete(streamId);
  }

  /** The jobs `job`'s turn records: none if an earlier turn took it, else it and the jobs of its fold queued after it. */
  take<S, E extends DomainEvent>(streamId: string, job: BatchJob<S, E>): BatchJob<S, E>[] {
    if (job.taken) return [];
    const { lane } = job;
    const start = lane.indexOf(job);
    let end = start;
    while (end < lane.length && lane[end].evolve === job.evolve) end++;
    const batch = lane.splice(start, end - start);
    for (const j of batch) j.taken = true;
    if (lane.length === 0 && this.open.get(streamId) === lane) this.open.delete(streamId);
    return batch;
  }
}

/**
 * Decides each job in arrival order on the state the ones before it leave (as decideAll does for
 * one request's commands). A refusal answers that job alone, on the state it was decided on –
 * exactly what it would have met running alone in its turn.
 */
export function decideInTurn<C, S, E extends DomainEvent>(
  decider: Decider<C, S, E>,
  start: S,
  current: bigint | null,
  jobs: BatchJob<S, E>[],
): DecidedJob<S, E>[] {
  const decided: DecidedJob<S, E>[] = [];
  let state = start;
  let revision = current ?? -1n;
  for (const job of jobs) {
    let events: E[];
    try {
      events = job.decide(state);
    } catch (error) {
      job.fail(error);
      continue;
    }
    for (const event of events) state = decider.evolve(state, event);
    revision += BigInt(events.length);
    decided.push({ job, events, revision });
  }
  return decided;
}

/**
 * Answers every job of an append: its own events, the stream's revision after them, and the
 * position of its last event. The events of one append have consecutive positions (the stores
 * that batch say so: `consecutivePositions`), so each is counted back from the last.
 */
export function answerBatch<S, E extends DomainEvent>(
  streamId: string,
  decided: DecidedJob<S, E>[],
  envelopes: EventToAppend[][],
  lastPosition: bigint | null,
): void {
  const total = envelopes.reduce((n, e) => n + e.length, 0);
  let written = 0;
  decided.forEach((d, i) => {
    const own = envelopes[i];
    written += own.length;
    const position = own.length === 0 || lastPosition === null ? null : (lastPosition - BigInt(total - written)).toString();
    d.job.succeed({
      stream: streamId,
      revision: d.revision.toString(),
      position,
      events: own.map((e) => ({ id: e.id, type: e.type })),
      replayed: false,
    });
  });
}
