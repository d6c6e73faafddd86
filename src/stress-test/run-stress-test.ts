import { prepareStressTest } from './prepare-stress-test';
import { simulatePaths } from './simulate-stress-test';
import type { StressModel } from './stress-model';
import type { StressTestParameters } from './stress-test-parameters';
import type { StressTestResult } from './stress-test-result';
import { summariseStressTest } from './summarise-stress-test';

const STRESS_TEST_RULES: readonly string[] = [
  'Each path draws every varied rate afresh for each year, in a fixed order, from a generator seeded with the run’s seed (xoshiro128**); a variable with no distribution keeps the plan’s rate, and savings are then delivered in full.',
  'A path moves each figure the plan moves by a rate by (1 + drawn rate) / (1 + plan rate) for every year the plan moved it: pay by the pay award, non-pay by non-pay inflation, projected grants by the grant change, a projected tax base by its growth. Drawn at the plan’s rates, a path is the plan.',
  'Savings not yet delivered (the force’s own savings items and its share of alliance savings without a realised figure) are scaled by the share delivered; savings already realised are not at risk. A drawn share below 0 counts as 0; a drawn rate below −100 % counts as −100 %.',
  'Planned reserve movements happen as planned: an earmarked reserve moves only by its planned use (its purpose). A planned drawdown larger than what is left of a reserve takes what there is, and the rest falls on the gap.',
  'Drawing order: what is left of the gap after planned reserve use (savings still to identify on that path) falls on the general reserve (general reserves in the order the force opened them), never on an earmarked reserve. What the general reserve cannot meet goes unfunded. A surplus is added to the general reserve.',
  'Usable reserves are the general reserves a shortfall may draw on. They are exhausted in a year when they close it at nothing or part of that year’s gap goes unfunded; the year they run out is the first such year on the path.',
  'General reserves are below their minimum when they close the year below the force’s minimum share of that path’s net revenue expenditure.',
  'Percentiles are nearest-rank (a value some path reached); money is rounded to the penny, half-up, and given as decimal strings; probabilities are shares of all paths, to 4 decimal places.',
];

/**
 * A Monte Carlo stress test of a force's MTFP: `paths` futures, each drawing the varied rates
 * for every year and rolling the plan forward with them (see STRESS_TEST_RULES for exactly
 * how), and per year the spread of the gap and of every reserve's closing balance, how likely
 * the general reserve is to fall below its minimum and usable reserves to be exhausted, and in
 * which year they run out. Pure and deterministic: the same model, parameters and seed give the
 * same result, bit for bit.
 *
 * Floating point is used for sampling and path arithmetic (no decimal objects in the path loop,
 * preallocated typed arrays, percentiles by selection rather than sorting), so 10,000 paths
 * over five years take tens of milliseconds; only the reported figures are turned back into
 * pence. A plan rate of −100 % (a factor of zero) leaves that year's ratio at 1: the plan's
 * figure is already nothing.
 *
 * Three steps, each in its own file: prepare (check the parameters, lay the model out flat),
 * simulate (run the paths), summarise (percentiles, shares and warnings).
 */
export function runStressTest(model: StressModel, parameters: StressTestParameters): StressTestResult {
  const plan = prepareStressTest(model, parameters);
  return summariseStressTest(plan, simulatePaths(plan), STRESS_TEST_RULES);
}
