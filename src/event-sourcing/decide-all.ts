import type { Decider, DomainEvent } from './decider';

/** Which command of a batch a refusal came from (0-based), when it came from one. */
const commandIndexes = new WeakMap<object, number>();

/**
 * Decides a batch of commands on one stream as one decision: each command is decided on the
 * state the earlier ones leave (their events folded in), and the events of all of them are
 * returned together, so they can be appended at once – all or nothing. A refusal of any
 * command refuses the batch; `commandIndexOf` says which command it was.
 */
export function decideAll<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, commands: readonly C[], state: S): E[] {
  const all: E[] = [];
  let current = state;
  commands.forEach((command, index) => {
    let events: E[];
    try {
      events = decider.decide(command, current);
    } catch (error) {
      throw markCommandIndex(error, index);
    }
    for (const event of events) current = decider.evolve(current, event);
    all.push(...events);
  });
  return all;
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
