import { Module } from '@nestjs/common';
import { BenefitsRealisationController } from './benefits-realisation.controller';
import { BenefitsRealisationHandler } from './benefits-realisation.query';
import { RagThresholdsController } from './rag-thresholds.controller';

/** HTTP shell of benefits realisation: the alliance board's report. Imported by the collaboration shell. */
@Module({
  controllers: [BenefitsRealisationController, RagThresholdsController],
  providers: [BenefitsRealisationHandler],
})
export class BenefitsRealisationHttpModule {}
