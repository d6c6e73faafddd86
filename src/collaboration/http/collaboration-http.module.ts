import { Module } from '@nestjs/common';

/** HTTP shell of collaboration: alliances, units, cost shares, programmes; shares, a force's collaboration, benefits realisation. */
@Module({})
export class CollaborationHttpModule {}
