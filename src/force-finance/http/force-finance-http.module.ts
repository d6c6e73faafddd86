import { Module } from '@nestjs/common';

/** HTTP shell of force finance: budgets, assumptions, items, funding, precept, reserves; MTFP and precept options. */
@Module({})
export class ForceFinanceHttpModule {}
