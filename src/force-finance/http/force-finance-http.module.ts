import { Module } from '@nestjs/common';
import { ExplainMtfpHandler, GetMtfpHandler } from '../../mtfp/http/mtfp.queries';
import { MtfpController } from '../../mtfp/http/mtfp.controller';
import { SourceEvents } from '../../mtfp/http/source-events';
import { PreceptOptionsController } from '../../precept/http/precept-options.controller';
import { GetPreceptOptionsHandler } from '../../precept/http/precept-options.query';
import { ReferendumPrinciplesCommandHandler } from '../../reference-data/http/referendum-principles-command.handler';
import { ReferendumPrinciplesController } from '../../reference-data/http/referendum-principles.controller';
import { ListReferendumPrinciplesHandler } from '../../reference-data/http/referendum-principles.query';
import { ReferendumPrinciplesSeeder } from '../../reference-data/http/referendum-principles-seeder';
import { BudgetItemsController } from './budget-items.controller';
import { ForceFinanceBatchHandler } from './force-finance-batch.handler';
import { ForceFinanceCommandHandler } from './force-finance-command.handler';
import { ForceFinanceController } from './force-finance.controller';
import { GetBudgetItemHandler, GetForceFinanceHandler, GetReserveHandler } from './force-finance.queries';
import { FundingController } from './funding.controller';
import { PlanController } from './plan.controller';
import { ReservesController } from './reserves.controller';

/**
 * HTTP shell of force finance: budgets, assumptions, items, funding, precept, reserves (stream
 * force-finance-{force}); the MTFP and precept options read from them; and the referendum
 * principles reference data (stream reference-referendum-principles), seeded on first start.
 */
@Module({
  controllers: [
    PlanController,
    BudgetItemsController,
    FundingController,
    ReservesController,
    ForceFinanceController,
    MtfpController,
    PreceptOptionsController,
    ReferendumPrinciplesController,
  ],
  providers: [
    ForceFinanceCommandHandler,
    ForceFinanceBatchHandler,
    GetForceFinanceHandler,
    GetBudgetItemHandler,
    GetReserveHandler,
    GetMtfpHandler,
    ExplainMtfpHandler,
    SourceEvents,
    GetPreceptOptionsHandler,
    ReferendumPrinciplesCommandHandler,
    ListReferendumPrinciplesHandler,
    ReferendumPrinciplesSeeder,
  ],
})
export class ForceFinanceHttpModule {}
