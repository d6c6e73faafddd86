import type { DomainEvent } from './decider';

/**
 * The one point where a stored event becomes the event today's code reads; every event read
 * from the store (write side and read side) passes through here.
 *
 * No event has changed shape yet, so each is read as stored. When one does, its new shape gets
 * a new type name ("X.v2") and a case here lifts the old one, keyed by the old stored type
 * name, e.g. `case 'BudgetLineRecorded.v1': return { type: 'BudgetLineRecorded.v2', data: ... }`
 * (chaining v1 -> v2 -> v3 by calling upcast again). Stored events are never rewritten.
 */
export function upcast(type: string, data: Record<string, unknown>): DomainEvent {
  return { type, data };
}
