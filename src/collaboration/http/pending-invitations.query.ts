import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import type { AsAt } from '../../projections/projection';
import { formedAlliances, requireAlliance, type FormedAlliance } from './require-alliance';

/** Unanswered invitations, for one alliance or for one force across every alliance. */
export interface PendingInvitationsJson {
  alliance?: string;
  force?: string;
  /** The position of the newest event the answer includes. */
  asAt: string | null;
  invitations: {
    alliance: string;
    allianceName: string;
    force: string;
    /** The first year the force would be a member. */
    fromYear: string;
    invitedAt: string | null;
    /** The MemberInvited event; its actor and reason are in the audit trail. */
    source: string | null;
  }[];
}

export class PendingInvitationsQuery {
  constructor(
    readonly of: { alliance: string } | { force: string },
    readonly asAt: AsAt,
  ) {}
}

@QueryHandler(PendingInvitationsQuery)
export class PendingInvitationsHandler implements IQueryHandler<PendingInvitationsQuery, PendingInvitationsJson> {
  constructor(
    private readonly plans: Plans,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ of, asAt }: PendingInvitationsQuery): Promise<PendingInvitationsJson> {
    const view = await this.plans.at(asAt);
    const entries = (a: FormedAlliance, force?: string) =>
      a.invitations
        .filter((i) => force === undefined || i.force === force)
        .map((i) => ({
          alliance: a.allianceCode,
          allianceName: a.name,
          force: i.force,
          fromYear: i.fromYear,
          invitedAt: i.invitedAt,
          source: i.source,
        }));
    if ('alliance' in of) {
      return { alliance: of.alliance, asAt: view.position, invitations: entries(requireAlliance(view.reader, of.alliance)) };
    }
    await this.forces.require(of.force);
    return { force: of.force, asAt: view.position, invitations: formedAlliances(view.reader).flatMap((a) => entries(a, of.force)) };
  }
}
