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

/** Which base-budget lines the force's contribution to an alliance's units replaces (ContributionReplacesBudgetLines.v1). */
export interface ContributionReplacementFact {
  allianceCode: string;
  lineCodes: string[];
  reason: string;
  source: string | null;
  recordedAt: string | null;
}

/** The spend recorded for a force: at most one figure per year and kind of partner, earliest year first. */
export interface ForceCollaborationFacts {
  spend: CollaborationSpendFact[];
  /** One per alliance, latest marking; absent on facts folded before markings existed. */
  replacements?: ContributionReplacementFact[];
}

export const initialForceCollaborationFacts = (): ForceCollaborationFacts => ({ spend: [], replacements: [] });

/** The force's marking for the alliance, if it has one that replaces any line. */
export function replacementFor(facts: ForceCollaborationFacts | undefined, allianceCode: string): ContributionReplacementFact | undefined {
  return (facts?.replacements ?? []).find((r) => r.allianceCode === allianceCode && r.lineCodes.length > 0);
}

export function evolveForceCollaboration(
  state: ForceCollaborationFacts,
  event: ForceCollaborationEvent,
  ref?: EventRef,
): ForceCollaborationFacts {
  const provenance = { source: ref?.id ?? null, recordedAt: ref?.recordedAt ?? null };
  switch (event.type) {
    case 'CollaborationSpendRecorded.v1': {
      const { year: y, partner, amount, description } = event.data;
      const fact: CollaborationSpendFact = { year: y, partner, amount, description, ...provenance };
      const others = state.spend.filter((s) => !(s.year === y && s.partner === partner));
      return {
        ...state,
        spend: [...others, fact].sort(
          (a, b) => compareYears(a.year, b.year) || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0),
        ),
      };
    }
    case 'ContributionReplacesBudgetLines.v1': {
      const { allianceCode, lineCodes, reason } = event.data;
      const others = (state.replacements ?? []).filter((r) => r.allianceCode !== allianceCode);
      const fact: ContributionReplacementFact = { allianceCode, lineCodes: [...lineCodes], reason, ...provenance };
      return { ...state, replacements: [...others, fact].sort((a, b) => (a.allianceCode < b.allianceCode ? -1 : 1)) };
    }
    default:
      return state;
  }
}
