import type { DomainEvent } from '../event-sourcing/decider';
import type { ReferendumPrincipleData } from './referendum-principle';

/** Recording a principle again for the same year and `appliesTo` supersedes the earlier one. */
export type ReferendumPrincipleSet = DomainEvent<'ReferendumPrincipleSet.v1', ReferendumPrincipleData>;

/** A principle recorded in error (e.g. under the wrong `appliesTo`) no longer applies. */
export type ReferendumPrincipleWithdrawn = DomainEvent<'ReferendumPrincipleWithdrawn.v1', { year: string; appliesTo: string }>;

export type ReferendumPrinciplesEvent = ReferendumPrincipleSet | ReferendumPrincipleWithdrawn;

/** Referendum principles are national reference data: one stream for all of them. */
export const REFERENDUM_PRINCIPLES_STREAM = 'reference-referendum-principles';
