import type { DomainEvent } from '../event-sourcing/decider';

/**
 * Events of an alliance's stream that record the board's figures beside the savings: what a
 * programme costs to achieve, what a unit actually spent, and why a programme's savings differ
 * from plan. Money is an exact decimal string of pounds; why a figure was recorded is the
 * write's `reason` (in the event's metadata).
 */

/**
 * A programme's one-off costs to achieve in a year (implementation: contract staff,
 * consultancy, redundancy). Recording the same year again replaces the figure.
 */
export type ProgrammeCostsToAchieveSet = DomainEvent<
  'ProgrammeCostsToAchieveSet.v1',
  { programmeCode: string; year: string; amount: string }
>;

/** What a unit actually spent in a year (its outturn), compared with the year's budget. Recording again replaces it. */
export type UnitOutturnRecorded = DomainEvent<'UnitOutturnRecorded.v1', { unitCode: string; year: string; amount: string }>;

/** Why a programme's savings for a year differ from plan. A later explanation supersedes; the earlier ones stay in the stream. */
export type SavingsVarianceExplained = DomainEvent<
  'SavingsVarianceExplained.v1',
  { programmeCode: string; year: string; explanation: string }
>;

export type BoardFiguresEvent = ProgrammeCostsToAchieveSet | UnitOutturnRecorded | SavingsVarianceExplained;
