import { Module } from '@nestjs/common';
import { MtfpController } from './mtfp.controller';
import { ExplainMtfpHandler, GetMtfpHandler } from './mtfp.queries';
import { SourceEvents } from './source-events';

/** HTTP shell of the MTFP: the medium-term financial plan read from a force's finance stream, and the events behind a figure. */
@Module({
  controllers: [MtfpController],
  providers: [GetMtfpHandler, ExplainMtfpHandler, SourceEvents],
})
export class MtfpHttpModule {}
