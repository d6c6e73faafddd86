import type { DomainEvent, EventRef } from '../event-sourcing/decider';

/**
 * One stream's facts as a snapshot stored them, not yet read: their JSON text, and the events
 * folded onto them since, not yet folded. A long history's state is tens of megabytes of JSON,
 * and an "as at" answer reads a handful of its streams: parsing all of them, and folding every
 * event since the snapshot into each, would cost more than the answer.
 *
 * To every reader, deferred facts are the facts. Their fields are own, enumerable properties
 * (accessors until first read), so reading a field, Object.keys, a spread, JSON.stringify and
 * structuredClone all see the facts exactly as folding them would have made them. The first
 * read parses the text, folds the pending events with the stream's own evolve, and turns the
 * accessors into plain fields. Deferred facts never change what they say once handed out:
 * deferring more events onto them makes new ones.
 */
export type Evolve = (state: unknown, event: DomainEvent, ref: EventRef) => unknown;

export interface PendingEvent {
  event: DomainEvent;
  ref: EventRef;
}

interface Deferral {
  /** The stored JSON, or how to read it when the facts are first read. */
  json: string | (() => string);
  keys: readonly string[];
  /** Events to fold before `pending`, read only when the facts are first read (a stream's events after its stored facts). */
  earlier: (() => readonly PendingEvent[]) | null;
  pending: readonly PendingEvent[];
  evolve: Evolve;
}

const deferrals = new WeakMap<object, Deferral>();
const descriptorsByKeys = new Map<string, PropertyDescriptorMap>();

/** Facts that read as JSON.parse(json) with `pending` folded in by `evolve`; `keys` must be the top-level keys that gives. */
export function deferredFacts(json: string, keys: readonly string[], evolve: Evolve, pending: readonly PendingEvent[] = []): object {
  return defer({ json, keys, earlier: null, pending, evolve });
}

/**
 * Facts read from stored JSON that is itself read only when the facts are, with the events of
 * `earlier` folded in (also read then): an "as at" answer over many streams reads and folds
 * only those it looks at (stream-snapshots/).
 */
export function lazilyReadFacts(
  json: () => string,
  keys: readonly string[],
  evolve: Evolve,
  earlier: () => readonly PendingEvent[],
): object {
  return defer({ json, keys, earlier, pending: [], evolve });
}

function defer(deferral: Deferral): object {
  const facts = Object.defineProperties({}, descriptorsFor(deferral.keys));
  deferrals.set(facts, deferral);
  return facts;
}

/** Whether these are deferred facts no one has read yet. */
export function isDeferred(facts: unknown): boolean {
  return typeof facts === 'object' && facts !== null && deferrals.has(facts);
}

/** New deferred facts with `events` pending on top of these (which stay as they are); null if these are not deferred (any more). */
export function deferMore(facts: unknown, events: readonly PendingEvent[]): object | null {
  const deferral = typeof facts === 'object' && facts !== null ? deferrals.get(facts) : undefined;
  if (!deferral) return null;
  return defer({ ...deferral, pending: [...deferral.pending, ...events] });
}

/** The JSON the facts were read from, when nothing is pending on them and no one has read them: storing them again needs no serialising. */
export function untouchedJson(facts: unknown): string | null {
  const deferral = typeof facts === 'object' && facts !== null ? deferrals.get(facts) : undefined;
  if (!deferral || deferral.pending.length > 0 || deferral.earlier) return null;
  return typeof deferral.json === 'string' ? deferral.json : deferral.json();
}

function descriptorsFor(keys: readonly string[]): PropertyDescriptorMap {
  const id = keys.join('\u0000');
  let descriptors = descriptorsByKeys.get(id);
  if (!descriptors) {
    descriptors = {};
    for (const key of keys) {
      descriptors[key] = {
        get(this: object) {
          return read(this)[key];
        },
        set(this: object, value: unknown) {
          read(this);
          (this as Record<string, unknown>)[key] = value;
        },
        enumerable: true,
        configurable: true,
      };
    }
    descriptorsByKeys.set(id, descriptors);
  }
  return descriptors;
}

/** Parses and folds the deferred facts, once, and leaves them plain. */
function read(facts: object): Record<string, unknown> {
  const deferral = deferrals.get(facts);
  if (!deferral) throw new Error('These facts were read from a snapshot by another object: read them directly');
  let state = JSON.parse(typeof deferral.json === 'string' ? deferral.json : deferral.json()) as unknown;
  for (const { event, ref } of deferral.earlier?.() ?? []) state = deferral.evolve(state, event, ref);
  for (const { event, ref } of deferral.pending) state = deferral.evolve(state, event, ref);
  const plain = state as Record<string, unknown>;
  deferrals.delete(facts);
  for (const key of Object.keys(plain))
    Object.defineProperty(facts, key, { value: plain[key], writable: true, enumerable: true, configurable: true });
  for (const key of deferral.keys) if (!(key in plain)) delete (facts as Record<string, unknown>)[key];
  return plain;
}
