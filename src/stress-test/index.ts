/** Stress testing: a seeded Monte Carlo over a force's MTFP, and the record of each run. */
export { runStressTest } from './run-stress-test';
export { stressModelFromMtfp, type StressModel, type StressModelYear, type StressModelReserve } from './stress-model';
export {
  parseStressTestParameters,
  normalisedStressTestParameters,
  STRESS_VARIABLES,
  MAX_SEED,
  type StressTestParameters,
  type StressVariable,
} from './stress-test-parameters';
export { parseDistribution, sample, type Distribution, type DistributionSpec } from './distribution';
export { SeededRandom } from './seeded-random';
export type { StressTestResult, StressTestYear, MoneyPercentiles, PathShare } from './stress-test-result';
export * from './stress-test-runs.events';
export * from './stress-test-runs.stream';
export type { RecordStressTestRun, StressTestRunsCommand } from './stress-test-runs.commands';
export type { StressTestRunsFacts, StressTestRunFact } from './stress-test-runs.state';
export { stressTestRunsDecider } from './stress-test-runs.decider';
