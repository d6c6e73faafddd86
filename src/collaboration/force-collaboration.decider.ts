import { unreachable, type Decider } from '../event-sourcing/decider';
import { nonNegativeAmount } from './collaboration-input';
import { decideMarkContributionReplaces } from './decide/contribution-replaces';
import type { ForceCollaborationCommand, ForceCollaborationCommandOf } from './force-collaboration.commands';
import type { ForceCollaborationEvent } from './force-collaboration.events';
import { evolveForceCollaboration, initialForceCollaborationFacts, type ForceCollaborationFacts } from './force-collaboration.state';

export const forceCollaborationDecider: Decider<ForceCollaborationCommand, ForceCollaborationFacts, ForceCollaborationEvent> = {
  initialState: initialForceCollaborationFacts,
  evolve: evolveForceCollaboration,
  decide(command, state) {
    switch (command.type) {
      case 'RecordCollaborationSpend':
        return decideRecordCollaborationSpend(command);
      case 'MarkContributionReplaces':
        return decideMarkContributionReplaces(command, state);
      default:
        return unreachable(command, 'force collaboration command');
    }
  },
};

function decideRecordCollaborationSpend(command: ForceCollaborationCommandOf<'RecordCollaborationSpend'>): ForceCollaborationEvent[] {
  const amount = nonNegativeAmount(command.amount, 'amount', 'Collaboration spend');
  return [
    {
      type: 'CollaborationSpendRecorded.v1',
      data: { year: command.year.toString(), partner: command.partner, amount, description: command.description },
    },
  ];
}
