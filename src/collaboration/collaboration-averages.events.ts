import type { DomainEvent } from '../event-sourcing/decider';

/**
 * The England and Wales average share of net revenue expenditure spent on collaboration in a
 * year (HMIC's efficiency inspections publish them), as decimal fractions: "0.119" is 11.9 %.
 * Reference data, stream `reference-collaboration-averages`; recording a year again replaces it.
 */
export type NationalCollaborationAverageRecorded = DomainEvent<
  'NationalCollaborationAverageRecorded.v1',
  { year: string; policeShareOfNre: string; nonPoliceShareOfNre: string }
>;

export type CollaborationAveragesEvent = NationalCollaborationAverageRecorded;
