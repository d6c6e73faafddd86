import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { Access } from '../auth/access.decorator';
import { Exportable } from '../exports/http/exportable';
import { auditExport } from '../exports/tables/audit-export';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { formedAlliances, requireAlliance } from '../collaboration/http/require-alliance';
import { concernsMembershipOf } from '../collaboration/membership-events';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { ForceLookup } from '../forces/force-lookup';
import { Plans } from '../planning/plans.service';
import { auditTrail, parseAuditFilter } from './audit-query';

const FILTERS = [
  { name: 'from', required: false, description: 'ISO time: recorded at or after' },
  { name: 'to', required: false, description: 'ISO time: recorded before' },
  { name: 'actor', required: false, description: 'token subject who made the change' },
  { name: 'type', required: false, description: 'stored event type, e.g. ReserveMovementRecorded.v1' },
  { name: 'limit', required: false, description: 'at most 1000 (default 200)' },
  { name: 'asOf', required: false, description: 'the trail as it stood then: a global position ("1234") or an ISO time' },
];

/** Who changed what, and why, across every stream of one force or one alliance. */
@ApiTags('audit')
@Controller()
export class AuditQueryController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  @Get('forces/:force/audit')
  @Access('force.read')
  @Exportable(auditExport)
  @ApiOperation({
    summary:
      "Every change to a force's records (registration, finance, collaboration spend) and every step of its alliance memberships, newest first",
  })
  @ApiQuery(FILTERS[0])
  @ApiQuery(FILTERS[1])
  @ApiQuery(FILTERS[2])
  @ApiQuery(FILTERS[3])
  @ApiQuery(FILTERS[4])
  @ApiQuery(FILTERS[5])
  async force(@Param('force') force: string, @Query() query: Record<string, unknown>) {
    const filter = parseAuditFilter(query);
    await this.forces.require(force);
    // The force's membership steps (invitations, its answers, joining and leaving) live on the
    // alliances' streams; they are the force's records too.
    const alliances = formedAlliances((await this.plans.at()).reader).map((a) => `alliance-${a.allianceCode}`);
    const streams = [`force-${force}`, `force-finance-${force}`, `force-collaboration-${force}`];
    return { force, ...(await auditTrail(this.store, streams, filter, alliances, (e) => concernsMembershipOf(e, force))) };
  }

  @Get('alliances/:alliance/audit')
  @Access('alliance.read')
  @Exportable(auditExport)
  @ApiOperation({ summary: "Every change to an alliance's members, units, shares, budgets and programmes, newest first" })
  @ApiQuery(FILTERS[0])
  @ApiQuery(FILTERS[1])
  @ApiQuery(FILTERS[2])
  @ApiQuery(FILTERS[3])
  @ApiQuery(FILTERS[4])
  @ApiQuery(FILTERS[5])
  async alliance(@Param('alliance') alliance: string, @Query() query: Record<string, unknown>) {
    const filter = parseAuditFilter(query);
    requireAlliance((await this.plans.at()).reader, alliance);
    return { alliance, ...(await auditTrail(this.store, [`alliance-${alliance}`], filter)) };
  }
}
