import { Module } from '@nestjs/common';
import { ReportAnswers } from './report-answers';
import { ReportsController } from './reports.controller';

/** HTTP shell of the printable reports. */
@Module({ controllers: [ReportsController], providers: [ReportAnswers] })
export class ReportsHttpModule {}
