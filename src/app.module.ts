import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventStoreModule } from './event-store/event-store.module';
import { CollaborationHttpModule } from './collaboration/http/collaboration-http.module';
import { ForceFinanceHttpModule } from './force-finance/http/force-finance-http.module';
import { ForcesModule } from './forces/forces.module';
import { HealthModule } from './health/health.module';
import { PlanningModule } from './planning/planning.module';
import { ProjectionsModule } from './projections/projections.module';
import { WorkedExampleModule } from './worked-example/worked-example.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        CqrsModule.forRoot(),
        EventStoreModule,
        ProjectionsModule,
        HealthModule,
        AuditTrailModule,
        PlanningModule,
        ForcesModule,
        ForceFinanceHttpModule,
        CollaborationHttpModule,
        WorkedExampleModule,
      ],
    };
  }
}

/** Makes the configuration injectable everywhere. */
@Module({})
class ConfigHolder {}
