import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { StressTestPool } from '../pool/stress-test-pool';
import type { StressModel } from '../stress-model';
import type { StressTestParameters } from '../stress-test-parameters';
import type { StressTestResult } from '../stress-test-result';

/** Runs a stress test off the event loop: the pool's shape for Nest (configured from the environment, stopped on shutdown). */
@Injectable()
export class StressTestWorkers implements OnModuleDestroy {
  private readonly logger = new Logger('StressTests');
  private readonly pool: StressTestPool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new StressTestPool({
      workers: config.stressTestWorkers,
      queue: config.stressTestQueue,
      onWorkerFailure: (error) =>
        this.logger.error(`A stress-test worker thread stopped unexpectedly and will be replaced: ${error.stack ?? error.message}`),
    });
  }

  run(model: StressModel, parameters: StressTestParameters): Promise<StressTestResult> {
    return this.pool.run(model, parameters);
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }
}
