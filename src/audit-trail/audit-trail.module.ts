import { Module } from '@nestjs/common';
import { AuditQueryController } from './audit-query.controller';
import { StreamEventsController } from './stream-events.controller';

@Module({ controllers: [StreamEventsController, AuditQueryController] })
export class AuditTrailModule {}
