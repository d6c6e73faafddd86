import { Module } from '@nestjs/common';
import { ReferendumPrinciplesCommandHandler } from './referendum-principles-command.handler';
import { ReferendumPrinciplesController } from './referendum-principles.controller';
import { ListReferendumPrinciplesHandler } from './referendum-principles.query';
import { ReferendumPrinciplesSeeder } from './referendum-principles-seeder';

/**
 * HTTP shell of the reference data: the referendum principles for police precepts (stream
 * reference-referendum-principles), seeded on first start.
 */
@Module({
  controllers: [ReferendumPrinciplesController],
  providers: [ReferendumPrinciplesCommandHandler, ListReferendumPrinciplesHandler, ReferendumPrinciplesSeeder],
})
export class ReferenceDataHttpModule {}
