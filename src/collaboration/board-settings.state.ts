import type { BoardSettingsEvent } from './board-settings.events';
import type { ProgrammeFacts } from './programmes.state';

/** The board's RAG thresholds as recorded (fractions of plan as decimal strings), with why and where from. */
export interface RagThresholdsFact {
  green: string;
  amber: string;
  reason: string;
  source: string | null;
  recordedAt: string | null;
}

/** Folds the board's settings: a programme's recurrence, the alliance's RAG thresholds. */
export function evolveBoardSettings<S extends { programmes: ProgrammeFacts[]; ragThresholds: RagThresholdsFact | null }>(
  state: S,
  event: BoardSettingsEvent,
  at: { source: string | null; recordedAt: string | null },
): S {
  switch (event.type) {
    case 'SavingsRecurrenceSet.v1': {
      const { programmeCode, recurrence } = event.data;
      return {
        ...state,
        programmes: state.programmes.map((p) =>
          p.programmeCode === programmeCode ? { ...p, recurrence, recurrenceSource: at.source ?? p.recurrenceSource } : p,
        ),
      };
    }
    case 'RagThresholdsSet.v1': {
      const { green, amber, reason } = event.data;
      return { ...state, ragThresholds: { green, amber, reason, ...at } };
    }
  }
}
