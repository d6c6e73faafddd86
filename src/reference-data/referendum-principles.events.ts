import type { DomainEvent } from '../event-sourcing/decider';
import type { ReferendumPrincipleData } from './referendum-principle';

/** Recording a principle again for the same year and `appliesTo` supersedes the earlier one. */
export type ReferendumPrincipleSet = DomainEvent<'ReferendumPrincipleSet.v1', ReferendumPrincipleData>;

/** A principle recorded in error (e.g. under the wrong `appliesTo`) no longer applies. */
export type ReferendumPrincipleWithdrawn = DomainEvent<'ReferendumPrincipleWithdrawn.v1', { year: string; appliesTo: string }>;

/**
 * Which PCCs (by force code) a year's group principle applies to, e.g. 2017/18 "lowest-quartile
 * PCCs": herts – a published fact of the year's settlement; the event's reason cites where.
 * Recording it again for the year and group replaces the list.
 */
export type ReferendumGroupMembersSet = DomainEvent<'ReferendumGroupMembersSet.v1', { year: string; appliesTo: string; forces: string[] }>;

export type ReferendumPrinciplesEvent = ReferendumPrincipleSet | ReferendumPrincipleWithdrawn | ReferendumGroupMembersSet;

/** Referendum principles are national reference data: one stream for all of them. */
export const REFERENDUM_PRINCIPLES_STREAM = 'reference-referendum-principles';
