import { Module } from '@nestjs/common';
import { BudgetItemsController } from './budget-items.controller';
import { BudgetMonitoringController } from './budget-monitoring.controller';
import { ForceFinanceBatchHandler } from './force-finance-batch.handler';
import { ForceFinanceCommandHandler } from './force-finance-command.handler';
import { ForceFinanceController } from './force-finance.controller';
import { GetBudgetItemHandler, GetForceFinanceHandler, GetReserveHandler } from './force-finance.queries';
import { FundingController } from './funding.controller';
import { SpecificGrantsController } from './specific-grants.controller';
import { CapitalProgrammeController } from './capital-programme.controller';
import { PayAwardsController } from './pay-awards.controller';
import { InflationCategoriesController } from './inflation-categories.controller';
import { PlanController } from './plan.controller';
import { ReservesController } from './reserves.controller';

/**
 * HTTP shell of force finance: budgets, assumptions, items, funding, precept, reserves (stream
 * force-finance-{force}). The MTFP, precept options and referendum principles that read from it
 * have modules of their own, registered after this one by the app module.
 */
@Module({
  controllers: [
    PlanController,
    BudgetItemsController,
    FundingController,
    ReservesController,
    ForceFinanceController,
    BudgetMonitoringController,
    SpecificGrantsController,
    CapitalProgrammeController,
    PayAwardsController,
    InflationCategoriesController,
  ],
  providers: [ForceFinanceCommandHandler, ForceFinanceBatchHandler, GetForceFinanceHandler, GetBudgetItemHandler, GetReserveHandler],
})
export class ForceFinanceHttpModule {}
