import type { DomainEvent } from '../event-sourcing/decider';

/**
 * Events of an alliance's stream that record how its board reads its savings: whether a
 * programme's yearly figures recur, and the RAG thresholds of its benefits report.
 */

/**
 * Whether a programme's yearly figure is an incremental saving that recurs ("£0.52m in 2016/17":
 * the budget falls by £0.52m from 2016/17, and stays lower) or a one-off that saves in its year
 * only. A programme recorded without one is one-off: what members' MTFPs made of its figures
 * before recurrence was recorded.
 */
export type SavingsRecurrence = 'recurring' | 'one_off';
export const SAVINGS_RECURRENCES: readonly SavingsRecurrence[] = ['recurring', 'one_off'];

/**
 * The board recorded whether a programme's savings recur (every year's figure, from its start, but
 * those of years planned with a recurrence of their own: SavingsPlanned.v1 `recurrence`), and why.
 */
export type SavingsRecurrenceSet = DomainEvent<
  'SavingsRecurrenceSet.v1',
  { programmeCode: string; recurrence: SavingsRecurrence; reason: string }
>;

/**
 * The board's red/amber/green thresholds for benefits realisation, as fractions of plan
 * ("0.95" is 95 %): delivery at or above `green` is green, at or above `amber` amber, below red.
 */
export type RagThresholdsSet = DomainEvent<'RagThresholdsSet.v1', { green: string; amber: string; reason: string }>;

export type BoardSettingsEvent = SavingsRecurrenceSet | RagThresholdsSet;
