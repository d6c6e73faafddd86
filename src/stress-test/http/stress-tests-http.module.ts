import { Module } from '@nestjs/common';
import { RunStressTestHandler } from './run-stress-test.handler';
import { GetStressTestRunHandler, ListStressTestRunsHandler } from './stress-test.queries';
import { StressTestWorkers } from './stress-test-workers';
import { StressTestsController } from './stress-tests.controller';

/** HTTP shell of stress tests: run one (and record it), list runs, show one again; the runs themselves in worker threads. */
@Module({
  controllers: [StressTestsController],
  providers: [StressTestWorkers, RunStressTestHandler, ListStressTestRunsHandler, GetStressTestRunHandler],
})
export class StressTestsHttpModule {}
