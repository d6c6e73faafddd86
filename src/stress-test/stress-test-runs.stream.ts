/** Each force's stress-test runs are recorded on one stream, `stress-tests-{force}`. */
export const STRESS_TEST_RUNS_STREAM_PREFIX = 'stress-tests-';

export function stressTestRunsStreamId(force: string): string {
  return `${STRESS_TEST_RUNS_STREAM_PREFIX}${force}`;
}
