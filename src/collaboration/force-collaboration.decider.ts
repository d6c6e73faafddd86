import { InvalidInputError } from '../common/errors';
import { unreachable, type Decider } from '../event-sourcing/decider';
import { forceCode, nonNegativeAmount, text, year } from './collaboration-input';
import type { ForceCollaborationCommand } from './force-collaboration.commands';
import { COLLABORATION_PARTNERS, type ForceCollaborationEvent } from './force-collaboration.events';
import { evolveForceCollaboration, initialForceCollaborationFacts, type ForceCollaborationFacts } from './force-collaboration.state';

export const forceCollaborationDecider: Decider<ForceCollaborationCommand, ForceCollaborationFacts, ForceCollaborationEvent> = {
  initialState: initialForceCollaborationFacts,
  evolve: evolveForceCollaboration,
  decide(command) {
    switch (command.type) {
      case 'RecordCollaborationSpend':
        return decideRecordCollaborationSpend(command);
      default:
        return unreachable(command.type, 'force collaboration command');
    }
  },
};

function decideRecordCollaborationSpend(command: ForceCollaborationCommand): ForceCollaborationEvent[] {
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
