import { Module } from '@nestjs/common';
import { PreceptOptionsController } from './precept-options.controller';
import { GetPreceptOptionsHandler } from './precept-options.query';

/** HTTP shell of precept options: the council tax choices open to a PCC for a year, against the referendum limit. */
@Module({
  controllers: [PreceptOptionsController],
  providers: [GetPreceptOptionsHandler],
})
export class PreceptHttpModule {}
