import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventStoreModule } from './event-store/event-store.module';
import { CollaborationHttpModule } from './collaboration/http/collaboration-http.module';
import { ForceFinanceHttpModule } from './force-finance/http/force-finance-http.module';
import { ForcesModule } from './forces/forces.module';
import { HealthModule } from './health/health.module';
import { PlanningModule } from './planning/planning.module';
import { ProjectionsModule } from './projections/projections.module';
import { ScenariosHttpModule } from './scenarios/http/scenarios-http.module';
import { StressTestsHttpModule } from './stress-test/http/stress-tests-http.module';
import { WorkedExampleModule } from './worked-example/worked-example.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        CqrsModule.forRoot(),
        // Rate limiting per client: a runaway script cannot starve the finance teams. One allowance
        // per client across all endpoints (the throttler's default key is per endpoint, which
        // would multiply the limit by the number of routes).
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
          generateKey: (_context, tracker, throttler) => `${throttler}:${tracker}`,
          errorMessage: `Too many requests: each client may make ${config.rateLimitPerMinute} requests a minute. Wait a moment and try again.`,
        }),
        EventStoreModule,
        ProjectionsModule,
        HealthModule,
        AuditTrailModule,
        PlanningModule,
        AuthModule,
        ForcesModule,
        ForceFinanceHttpModule,
        CollaborationHttpModule,
        ScenariosHttpModule,
        StressTestsHttpModule,
        WorkedExampleModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}

/** Makes the configuration injectable everywhere. */
@Module({})
class ConfigHolder {}
