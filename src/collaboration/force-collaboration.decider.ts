import { InvalidInputError } from '../common/errors';
import { unreachable, type Decider, type EventRef } from '../event-sourcing/decider';
import { compareYears, forceCode, nonNegativeAmount, text, year } from './collaboration-input';
import { COLLABORATION_PARTNERS, type CollaborationPartner, type ForceCollaborationEvent } from './force-collaboration.events';

export const forceCollaborationStreamId = (forceCode: string) => `force-collaboration-${forceCode}`;

/** The handler checks the force is registered before it runs this (the stream is keyed by it). */
export type ForceCollaborationCommand = {
  type: 'RecordCollaborationSpend';
  force: string;
  year: string;
  partner: CollaborationPartner;
  amount: string;
  description: string;
};

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

export const forceCollaborationDecider: Decider<ForceCollaborationCommand, ForceCollaborationFacts, ForceCollaborationEvent> = {
  initialState: () => ({ spend: [] }),

  decide(command) {
    switch (command.type) {
      case 'RecordCollaborationSpend': {
        forceCode(command.force, 'force');
        if (!COLLABORATION_PARTNERS.includes(command.partner))
          throw new InvalidInputError('partner', `must be one of ${COLLABORATION_PARTNERS.join(', ')}`);
        const amount = nonNegativeAmount(command.amount, 'amount', 'Collaboration spend');
        return [
          {
            type: 'CollaborationSpendRecorded.v1',
            data: { year: year(command.year), partner: command.partner, amount, description: text(command.description, 'description') },
          },
        ];
      }
      default:
        return unreachable(command.type, 'force collaboration command');
    }
  },

  evolve(state, event, ref?: EventRef) {
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
  },
};
