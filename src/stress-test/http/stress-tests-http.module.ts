import { Module } from '@nestjs/common';
import { RunStressTestHandler } from './run-stress-test.handler';
import { GetStressTestRunHandler, ListStressTestRunsHandler } from './stress-test.queries';
import { StressTestsController } from './stress-tests.controller';

/** HTTP shell of stress tests: run one (and record it), list runs, show one again. */
@Module({
  controllers: [StressTestsController],
  providers: [RunStressTestHandler, ListStressTestRunsHandler, GetStressTestRunHandler],
})
export class StressTestsHttpModule {}
