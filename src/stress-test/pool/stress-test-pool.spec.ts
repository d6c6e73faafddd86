import { InvalidInputError, RuleViolationError } from '../../common/errors';
import { PlanReader } from '../../planning/plan-reader';
import { baselineFacts } from '../../../test/fixtures/scenario-baseline.fixture';
import { runStressTest } from '../run-stress-test';
import { stressModelFromMtfp } from '../stress-model';
import type { StressTestParameters } from '../stress-test-parameters';
import { StressTestPool } from './stress-test-pool';

/** Hertfordshire's baseline MTFP, 2016/17 to 2019/20 (see test/fixtures/scenario-baseline.fixture.ts). */
const model = stressModelFromMtfp(new PlanReader(baselineFacts()).mtfp('herts', '2016/17', 4));

const uncertain: StressTestParameters = {
  distributions: {
    payAward: { kind: 'triangular', min: '0.01', mode: '0.02', max: '0.04' },
    nonPayInflation: { kind: 'uniform', min: '0.01', max: '0.03' },
    grantChange: { kind: 'normal', mean: '-0.01', sd: '0.01' },
    taxBaseGrowth: { kind: 'uniform', min: '0', max: '0.02' },
    savingsDelivery: { kind: 'triangular', min: '0.5', mode: '0.9', max: '1' },
  },
  byYear: { '2017/18': { payAward: { kind: 'normal', mean: '0.01', sd: '0' } } },
  paths: 5000,
  seed: 20170201,
};

/** The error a call throws, or a failure if it throws none. */
async function thrown(call: () => unknown): Promise<Error> {
  try {
    await call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/**
 * The pool runs the real worker (under Jest: src/stress-test/pool/stress-test.worker.ts, compiled
 * in the thread by @swc/core; in production: the compiled .js in dist/).
 */
describe('StressTestPool: runStressTest in a worker thread', () => {
  let pool: StressTestPool;
  beforeAll(() => {
    pool = new StressTestPool({ workers: 2, queue: 4 });
  });
  afterAll(() => pool.close());

  it('gives byte for byte the result an in-thread run gives for the same seed', async () => {
    for (const parameters of [uncertain, { ...uncertain, seed: 7, paths: 1 }, { distributions: {}, seed: 0 }]) {
      const inThread = JSON.stringify(runStressTest(model, parameters));
      const inWorker = JSON.stringify(await pool.run(model, parameters));
      expect(inWorker).toBe(inThread);
    }
    expect(pool.load.workers).toBeGreaterThanOrEqual(1);
  });

  it('runs jobs side by side, each with its own answer', async () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const answers = await Promise.all(seeds.map((seed) => pool.run(model, { ...uncertain, seed })));
    expect(answers.map((a) => JSON.stringify(a))).toEqual(
      seeds.map((seed) => JSON.stringify(runStressTest(model, { ...uncertain, seed }))),
    );
  });

  it('throws what an in-thread run throws, of the same class, with the same message and fields', async () => {
    const refusals: StressTestParameters[] = [
      { ...uncertain, paths: 100_001 },
      { ...uncertain, byYear: { '2024/25': {} } },
      { distributions: { payAward: { kind: 'triangular', min: '0.03', mode: '0.02', max: '0.04' } }, seed: 1 },
      { distributions: { payAward: { kind: 'normal', mean: 0.01, sd: '0' } as never }, seed: 1 },
    ];
    const classes = [];
    for (const parameters of refusals) {
      const inThread = await thrown(() => runStressTest(model, parameters));
      const inWorker = await thrown(() => pool.run(model, parameters));
      expect(inWorker.constructor).toBe(inThread.constructor);
      expect({ ...inWorker, message: inWorker.message }).toEqual({ ...inThread, message: inThread.message });
      classes.push(inWorker.constructor);
    }
    expect(classes).toEqual([InvalidInputError, RuleViolationError, RuleViolationError, InvalidInputError]);
  });
});
