import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { Access } from '../auth/access.decorator';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { toAuditEntry, type AuditEntry } from '../event-sourcing/audit-entry';

const STREAM_ID = /^[a-z][a-z0-9-]{0,120}$/;
const MAX_PAGE = 1000;

@ApiTags('audit')
@Controller('streams')
export class StreamEventsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get(':stream/events')
  @Access('force.read', 'stream')
  @ApiOperation({ summary: 'The audit trail of one stream: every event with its type, data, metadata, revision and position' })
  @ApiQuery({ name: 'direction', required: false, enum: ['forwards', 'backwards'] })
  @ApiQuery({ name: 'fromRevision', required: false })
  @ApiQuery({ name: 'limit', required: false, description: `at most ${MAX_PAGE}` })
  async events(
    @Param('stream') stream: string,
    @Query('direction') direction = 'forwards',
    @Query('fromRevision') fromRevision?: string,
    @Query('limit') limit = '100',
  ): Promise<{ stream: string; events: AuditEntry[]; nextRevision: string | null }> {
    if (!STREAM_ID.test(stream)) throw new NotFoundError(`No stream "${stream.slice(0, 60)}".`);
    if (direction !== 'forwards' && direction !== 'backwards')
      throw new InvalidInputError('direction', 'must be "forwards" or "backwards"');
    if (fromRevision !== undefined && !/^\d{1,18}$/.test(fromRevision))
      throw new InvalidInputError('fromRevision', 'must be a revision number (0 or more)');
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE)
      throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_PAGE}`);
    const page = await this.store.readStream(stream, {
      direction,
      fromRevision: fromRevision === undefined ? undefined : BigInt(fromRevision),
      maxCount: Number(limit) + 1,
    });
    if (page.length === 0 && fromRevision === undefined) throw new NotFoundError(`No events have been recorded on stream "${stream}".`);
    const more = page.length > Number(limit);
    const events = page.slice(0, Number(limit));
    return { stream, events: events.map(toAuditEntry), nextRevision: more ? page[Number(limit)].revision.toString() : null };
  }
}
