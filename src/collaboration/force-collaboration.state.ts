import type { EventRef } from '../event-sourcing/decider';
import { compareYears } from './collaboration-input';
import type { CollaborationPartner, ForceCollaborationEvent } from './force-collaboration.events';

export interface CollaborationSpendFact {
  year: string;
  partner: CollaborationPartner;
  amount: string;
  description: string;
  source: string | null;
  recordedAt: string | null;
}

/** The spend recorded for a force: at most one figure per year and kind of partner, earliest year first. */
export interface ForceCollaborationFacts {
  spend: CollaborationSpendFact[];
}

export const initialForceCollaborationFacts = (): ForceCollaborationFacts => ({ spend: [] });

export function evolveForceCollaboration(
  state: ForceCollaborationFacts,
  event: ForceCollaborationEvent,
  ref?: EventRef,
): ForceCollaborationFacts {
  switch (event.type) {
    case 'CollaborationSpendRecorded.v1': {
      const { year: y, partner, amount, description } = event.data;
      const fact: CollaborationSpendFact = {
        year: y,
        partner,
        amount,
        description,
        source: ref?.id ?? null,
        recordedAt: ref?.recordedAt ?? null,
      };
      const others = state.spend.filter((s) => !(s.year === y && s.partner === partner));
      return {
        spend: [...others, fact].sort(
          (a, b) => compareYears(a.year, b.year) || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0),
        ),
      };
    }
    default:
      return state;
  }
}
