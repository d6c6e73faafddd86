import { InvalidInputError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { normalisedSpec, parseDistribution, type Distribution, type DistributionSpec } from './distribution';

/** The variables a stress test can vary, in the order each path draws them. */
export const STRESS_VARIABLES = ['payAward', 'nonPayInflation', 'grantChange', 'taxBaseGrowth', 'savingsDelivery'] as const;
export type StressVariable = (typeof STRESS_VARIABLES)[number];

const DEFAULT_PATHS = 10_000;
const MAX_PATHS = 100_000;
export const MAX_SEED = 0xffffffff;

/**
 * What a stress test is asked, as a request (and the event recording a run) gives it:
 * - `distributions`: one per variable, for every year; a variable left out keeps the plan's own
 *   rate each year (and savings are delivered in full);
 * - `byYear`: distributions for particular years, replacing those of `distributions` there
 *   (e.g. a known pay award this year, an uncertain one later);
 * - `paths`: how many futures to draw (default 10,000, at most 100,000);
 * - `seed`: 0 to 4,294,967,295; the same seed and parameters give the same result, bit for bit.
 * Rates are decimal fractions ("0.025" is 2.5 %), between −1 and 1; savings delivery is the
 * share of planned savings delivered ("0.8"), between 0 and 2.
 */
export interface StressTestParameters {
  distributions: Partial<Record<StressVariable, DistributionSpec>>;
  byYear?: Record<string, Partial<Record<StressVariable, DistributionSpec>>>;
  paths?: number;
  seed: number;
}

interface ValidStressTestParameters {
  distributions: Partial<Record<StressVariable, Distribution>>;
  byYear: Record<string, Partial<Record<StressVariable, Distribution>>>;
  paths: number;
  seed: number;
}

const BOUNDS: Record<StressVariable, { min: string; max: string }> = {
  payAward: { min: '-1', max: '1' },
  nonPayInflation: { min: '-1', max: '1' },
  grantChange: { min: '-1', max: '1' },
  taxBaseGrowth: { min: '-1', max: '1' },
  savingsDelivery: { min: '0', max: '2' },
};

export function parseStressTestParameters(input: StressTestParameters): ValidStressTestParameters {
  if (typeof input !== 'object' || input === null) throw new InvalidInputError('parameters', 'must be an object');
  const paths = input.paths ?? DEFAULT_PATHS;
  if (typeof paths !== 'number' || !Number.isInteger(paths) || paths < 1 || paths > MAX_PATHS) {
    throw new InvalidInputError(
      'paths',
      `must be a whole number of paths from 1 to ${MAX_PATHS.toLocaleString('en-GB')} (${DEFAULT_PATHS.toLocaleString('en-GB')} if left out)`,
    );
  }
  const seed = input.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new InvalidInputError('seed', `must be a whole number from 0 to ${MAX_SEED}, so the run can be reproduced`);
  }
  const distributions = parseSet(input.distributions ?? {}, 'distributions');
  const byYear: ValidStressTestParameters['byYear'] = {};
  if (input.byYear !== undefined) {
    if (typeof input.byYear !== 'object' || input.byYear === null || Array.isArray(input.byYear)) {
      throw new InvalidInputError('byYear', 'must map years ("2017/18") to distributions');
    }
    for (const [key, set] of Object.entries(input.byYear)) {
      const year = FinancialYear.parse(key, 'byYear').toString();
      byYear[year] = parseSet(set, `byYear[${year}]`);
    }
  }
  return { distributions, byYear, paths, seed };
}

function parseSet(input: unknown, field: string): Partial<Record<StressVariable, Distribution>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError(field, `must map variables (${STRESS_VARIABLES.join(', ')}) to distributions`);
  }
  const parsed: Partial<Record<StressVariable, Distribution>> = {};
  for (const [name, spec] of Object.entries(input)) {
    if (!(STRESS_VARIABLES as readonly string[]).includes(name)) {
      throw new InvalidInputError(`${field}.${name}`, `is not a variable a stress test varies (${STRESS_VARIABLES.join(', ')})`);
    }
    if (spec === undefined) continue;
    parsed[name as StressVariable] = parseDistribution(spec, `${field}.${name}`, BOUNDS[name as StressVariable]);
  }
  return parsed;
}

/** The parameters, validated (refused exactly as a run would refuse them) and written the one way they are stored. */
export function normalisedStressTestParameters(input: StressTestParameters): Required<StressTestParameters> {
  const valid = parseStressTestParameters(input);
  const normaliseSet = (set: Partial<Record<StressVariable, DistributionSpec>>) =>
    Object.fromEntries(STRESS_VARIABLES.filter((v) => set[v] !== undefined).map((v) => [v, normalisedSpec(set[v] as DistributionSpec)]));
  const byYear: Record<string, Partial<Record<StressVariable, DistributionSpec>>> = {};
  for (const [year, set] of Object.entries(input.byYear ?? {})) byYear[FinancialYear.parse(year, 'byYear').toString()] = normaliseSet(set);
  return { distributions: normaliseSet(input.distributions ?? {}), byYear, paths: valid.paths, seed: valid.seed };
}
