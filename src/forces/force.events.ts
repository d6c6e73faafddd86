import type { DomainEvent } from '../event-sourcing/decider';

/** A police force (or its PCC) became known to the service. */
export type ForceRegistered = DomainEvent<'ForceRegistered.v1', { code: string; name: string }>;

/** A force's display name was corrected or changed. */
export type ForceRenamed = DomainEvent<'ForceRenamed.v1', { name: string }>;

export type ForceEvent = ForceRegistered | ForceRenamed;
