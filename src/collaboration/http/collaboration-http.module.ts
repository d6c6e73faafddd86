import { Module } from '@nestjs/common';
import { AllianceCommandHandler } from './alliance-command.handler';
import { AllianceProgrammesController } from './alliance-programmes.controller';
import { AllianceUnitsController } from './alliance-units.controller';
import { AlliancesController } from './alliances.controller';
import { CollaborationCommandHandler } from './collaboration-command.handler';
import { CollaborationAveragesController } from './collaboration-averages.controller';
import { CollaborationSharesHandler } from './collaboration-shares.query';
import { ForceAllianceInvitationsController } from './force-alliance-invitations.controller';
import { ForceCollaborationController } from './force-collaboration.controller';
import { ForceCollaborationHandler } from './force-collaboration.query';
import { GetAllianceHandler } from './get-alliance.query';
import { ListAlliancesHandler } from './list-alliances.query';
import { PendingInvitationsHandler } from './pending-invitations.query';

/** HTTP shell of collaboration: alliances, units, cost shares, programmes; shares, a force's collaboration (benefits realisation has its own module). */
@Module({
  controllers: [
    AlliancesController,
    AllianceUnitsController,
    AllianceProgrammesController,
    ForceCollaborationController,
    CollaborationAveragesController,
    ForceAllianceInvitationsController,
  ],
  providers: [
    AllianceCommandHandler,
    CollaborationCommandHandler,
    ListAlliancesHandler,
    GetAllianceHandler,
    CollaborationSharesHandler,
    ForceCollaborationHandler,
    PendingInvitationsHandler,
  ],
})
export class CollaborationHttpModule {}
