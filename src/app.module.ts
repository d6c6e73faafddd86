import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerModule } from '@nestjs/throttler';
import { AnswerCacheModule } from './http/answer-cache/answer-cache.module';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import type { AuthenticatedRequest } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { AllianceMembershipReader } from './collaboration/http/alliance-membership.reader';
import { ScenarioAccessResolver } from './scenarios/http/scenario-resolver';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventSourcingModule } from './event-sourcing/event-sourcing.module';
import { EventStoreModule } from './event-store/event-store.module';
import { BenefitsRealisationHttpModule } from './benefits-realisation/http/benefits-realisation-http.module';
import { CollaborationHttpModule } from './collaboration/http/collaboration-http.module';
import { ForceFinanceHttpModule } from './force-finance/http/force-finance-http.module';
import { PlanWorkbookModule } from './exports/plan-workbook/plan-workbook.module';
import { ForcesModule } from './forces/forces.module';
import { MtfpHttpModule } from './mtfp/http/mtfp-http.module';
import { PreceptHttpModule } from './precept/http/precept-http.module';
import { ReferenceDataHttpModule } from './reference-data/http/reference-data-http.module';
import { HealthModule } from './health/health.module';
import { RATE_LIMIT_WINDOW_MS, RateLimitGuard, rateLimitKeyOf } from './http/rate-limit.guard';
import { RateLimitCounter } from './http/rate-limit-counter';
import { setActorResolver } from './http/write-context.decorator';
import { PlanningModule } from './planning/planning.module';
import { ProjectionsModule } from './projections/projections.module';
import { READ_SIDE } from './app/stream-folds';
import { ReportsHttpModule } from './reports/http/reports-http.module';
import { ScenariosHttpModule } from './scenarios/http/scenarios-http.module';
import { StressTestsHttpModule } from './stress-test/http/stress-tests-http.module';
import { WorkedExampleModule } from './worked-example/worked-example.module';

// The actor recorded on every event is the token's subject.
setActorResolver((request) => (request as AuthenticatedRequest).principal?.subject ?? 'anonymous');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        CqrsModule.forRoot(),
        // Rate limiting: a runaway script cannot starve the finance teams. One allowance per
        // token subject, another per address for requests without a valid token (RateLimitGuard
        // picks the bucket and its limit), each across all endpoints: the throttler's default key
        // is per endpoint, which would multiply the limit by the number of routes.
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: RATE_LIMIT_WINDOW_MS, limit: config.rateLimitPerMinute }],
          generateKey: (_context, tracker, throttler) => rateLimitKeyOf(tracker, throttler),
          storage: new RateLimitCounter(),
        }),
        EventStoreModule,
        EventSourcingModule,
        ProjectionsModule.forRoot(READ_SIDE),
        HealthModule,
        AuditTrailModule,
        PlanningModule,
        AuthModule.forRoot({ membership: AllianceMembershipReader, scenarios: ScenarioAccessResolver }),
        ForcesModule,
        // Order kept as when these four were one module: the routes register in this order.
        ForceFinanceHttpModule,
        MtfpHttpModule,
        PreceptHttpModule,
        ReferenceDataHttpModule,
        PlanWorkbookModule,
        CollaborationHttpModule,
        BenefitsRealisationHttpModule,
        ScenariosHttpModule,
        StressTestsHttpModule,
        WorkedExampleModule,
        ReportsHttpModule,
        AnswerCacheModule,
      ],
      // Registered before the access guard's module, so it runs first: a flood of bad tokens is
      // answered 429, not 401, once its address's allowance is spent.
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}

/** Makes the configuration injectable everywhere. */
@Module({})
class ConfigHolder {}
