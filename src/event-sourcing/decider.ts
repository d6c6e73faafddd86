/**
 * The decider pattern (Emmett, EventSourcing.NodeJS): all business logic of one stream as
 * pure functions. `decide` says which events a command produces given the state (or throws a
 * DomainError to refuse it); `evolve` folds one event into the state. No I/O, no clock, no
 * ids: whatever a decision needs comes in the command.
 */

/**
 * A domain event. `type` is the stored name: explicit, stable and versioned
 * ("ForceRegistered.v1"), never derived from a class name. A new shape gets a new version and
 * a case in `upcast` (upcasters.ts) lifts old events on read.
 */
export interface DomainEvent<Type extends string = string, Data extends object = Record<string, unknown>> {
  type: Type;
  data: Data;
}

/** Where a recorded event sits, so folded state can say which events a figure came from. */
export interface EventRef {
  id: string;
  streamId: string;
  revision: string;
  position: string;
  recordedAt: string;
  type: string;
}

export interface Decider<Command, State, Event extends DomainEvent> {
  initialState(): State;
  evolve(state: State, event: Event, ref?: EventRef): State;
  decide(command: Command, state: State): Event[];
}

/** The exhaustiveness check: the compiler proves every command or event type is handled. */
export function unreachable(value: never, what = 'case'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
