import type { DomainEvent } from '../event-sourcing/decider';

export type CollaborationPartner = 'police' | 'non_police';
export const COLLABORATION_PARTNERS: readonly CollaborationPartner[] = ['police', 'non_police'];

/**
 * A force's spend in a year on collaboration outside its alliances' joint units (a regional
 * procurement consortium, a joint arson protocol with fire). Recording again for the same year
 * and kind of partner replaces the figure. Stream `force-collaboration-{forceCode}`.
 */
export type CollaborationSpendRecorded = DomainEvent<
  'CollaborationSpendRecorded.v1',
  { year: string; partner: CollaborationPartner; amount: string; description: string }
>;

export type ForceCollaborationEvent = CollaborationSpendRecorded;
