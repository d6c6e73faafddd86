import { Module } from '@nestjs/common';
import { BenefitsRealisationController } from './benefits-realisation.controller';
import { BenefitsRealisationHandler } from './benefits-realisation.query';

/** HTTP shell of benefits realisation: the alliance board's report. Imported by the collaboration shell. */
@Module({
  controllers: [BenefitsRealisationController],
  providers: [BenefitsRealisationHandler],
})
export class BenefitsRealisationHttpModule {}
