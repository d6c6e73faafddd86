import { Module } from '@nestjs/common';
import { StreamEventsController } from './stream-events.controller';

@Module({ controllers: [StreamEventsController] })
export class AuditTrailModule {}
