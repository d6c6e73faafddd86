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

/**
 * The force's own base-budget lines that its contribution to an alliance's joint units replaces:
 * from the first year it contributes, its MTFP leaves them out and shows the contribution
 * instead, so the cost is counted once. Recording again for the alliance replaces the marking;
 * an empty list undoes it.
 */
export type ContributionReplacesBudgetLines = DomainEvent<
  'ContributionReplacesBudgetLines.v1',
  { allianceCode: string; lineCodes: string[]; reason: string }
>;

export type ForceCollaborationEvent = CollaborationSpendRecorded | ContributionReplacesBudgetLines;
