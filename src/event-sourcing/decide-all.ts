import type { Decider, DomainEvent } from './decider';

/** Which command of a batch a refusal came from (0-based), when it came from one. */
const commandIndexes = new WeakMap<object, number>();
/** Every refusal of a batch, on the first one's error object (the one thrown). */
const batchRefusals = new WeakMap<object, readonly BatchRefusal[]>();

export interface BatchRefusal {
  readonly index: number;
  readonly error: unknown;
}

/**
 * Decides a batch of commands on one stream as one decision: each command is decided on the
 * state the earlier ones leave (their events folded in), and the events of all of them are
 * returned together, so they can be appended at once – all or nothing. A refusal of any
 * command refuses the batch; `commandIndexOf` says which command it was. The later commands are
 * still decided (on the state without the refused ones), so one answer can name every refusal a
 * batch meets (`refusalsOf`) – as a spreadsheet import reports every bad row, not the first.
 */
export function decideAll<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, commands: readonly C[], state: S): E[] {
  const all: E[] = [];
  const refusals: BatchRefusal[] = [];
  let current = state;
  commands.forEach((command, index) => {
    let events: E[];
    try {
      events = decider.decide(command, current);
    } catch (error) {
      refusals.push({ index, error: markCommandIndex(error, index) });
      return;
    }
    for (const event of events) current = decider.evolve(current, event);
    all.push(...events);
  });
  if (refusals.length > 0) {
    const first = refusals[0].error;
    if (typeof first === 'object' && first !== null) batchRefusals.set(first, refusals);
    throw first;
  }
  return all;
}

/** Every refusal of the batch that `error` (the first) refused, in order; just `error` itself when it was not a batch's. */
export function refusalsOf(error: unknown): readonly BatchRefusal[] {
  const all = typeof error === 'object' && error !== null ? batchRefusals.get(error) : undefined;
  if (all) return all;
  const index = commandIndexOf(error);
  return index === undefined ? [] : [{ index, error }];
}

/** The index in its batch of the command a refusal came from, or undefined. */
export function commandIndexOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? commandIndexes.get(error) : undefined;
}

/** Notes that `error` refused the index-th command of its batch (also for a refusal met before deciding, parsing it). */
export function markCommandIndex(error: unknown, index: number): unknown {
  if (typeof error === 'object' && error !== null && !commandIndexes.has(error)) commandIndexes.set(error, index);
  return error;
}
