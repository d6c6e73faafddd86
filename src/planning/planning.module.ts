import { Global, Module } from '@nestjs/common';
import { Plans } from './plans.service';

@Global()
@Module({ providers: [Plans], exports: [Plans] })
export class PlanningModule {}
