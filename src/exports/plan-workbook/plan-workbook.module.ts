import { Module } from '@nestjs/common';
import { PlanWorkbookController } from './plan-workbook.controller';

/** GET and POST /forces/{force}/plan-workbook: a force's plan inputs out to a workbook and an edited copy back. */
@Module({ controllers: [PlanWorkbookController] })
export class PlanWorkbookModule {}
