import { Dec } from '../common/decimal';
import { moneyPercentiles } from './percentiles';
import type { StressTestPlan } from './prepare-stress-test';
import type { PathOutcomes } from './simulate-stress-test';
import type { PathShare, StressTestResult, StressTestYear } from './stress-test-result';

/** The result as reported: per year the spread of every figure in pence, the shares of paths, and when reserves ran out. */
export function summariseStressTest(plan: StressTestPlan, outcomes: PathOutcomes, rules: readonly string[]): StressTestResult {
  const { yearNames, Y, N } = plan;
  const share = shareOf(N);
  return {
    from: yearNames[0],
    to: yearNames[Y - 1],
    paths: N,
    seed: plan.seed,
    years: plan.years.map((_, y) => summariseYear(plan, outcomes, y)),
    runOut: { byYear: yearNames.map((year, y) => ({ year, ...share(outcomes.runOut[y]) })), notWithinPlan: share(outcomes.runOut[Y]) },
    rules: [...rules],
    warnings: warningsFor(plan),
  };
}

function shareOf(N: number): (count: number) => PathShare {
  return (count) => ({
    paths: count,
    probability: new Dec(count).dividedBy(N).toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4),
  });
}

function summariseYear(plan: StressTestPlan, outcomes: PathOutcomes, y: number): StressTestYear {
  const { years, reserves, isGeneral, minimumShare, Y, N } = plan;
  const m = years[y];
  const share = shareOf(N);
  const slice = (array: Float64Array, index: number) => array.subarray(index * N, (index + 1) * N);
  const open = reserves.map((r, i) => ({ r, i })).filter(({ r }) => y >= r.opensAt);
  const generalOpen = open.some(({ i }) => isGeneral[i]);
  return {
    year: m.year,
    plan: { gap: m.plan.gap, savingsToIdentify: m.plan.savingsToIdentify },
    gap: moneyPercentiles(slice(outcomes.gapOf, y)),
    savingsToIdentify: moneyPercentiles(slice(outcomes.leftOf, y)),
    reserves: open.map(({ r, i }) => ({
      reserveId: r.reserveId,
      name: r.name,
      kind: r.kind,
      closing: moneyPercentiles(slice(outcomes.closingOf, i * Y + y)),
    })),
    generalReserve: generalOpen
      ? {
          closing: moneyPercentiles(slice(outcomes.generalOf, y)),
          minimum: minimumShare === null ? null : moneyPercentiles(slice(outcomes.minimumOf, y)),
          belowMinimum: minimumShare === null ? null : share(outcomes.belowMinimum[y]),
        }
      : null,
    usableReserves: { closing: moneyPercentiles(slice(outcomes.usableOf, y)), exhausted: share(outcomes.exhausted[y]) },
    unfundedShortfall: moneyPercentiles(slice(outcomes.unfundedOf, y)),
  };
}

function warningsFor(plan: StressTestPlan): string[] {
  const warnings: string[] = [];
  if (plan.R === 0)
    warnings.push(
      'The force has no reserves: any shortfall on a path goes unfunded, so usable reserves count as exhausted from the first year',
    );
  if (plan.R > 0 && !plan.hasGeneral)
    warnings.push(
      'The force has no general reserve: earmarked reserves move only by their planned use, so any shortfall beyond it goes unfunded, and there is no minimum to test against',
    );
  else if (plan.minimumShare === null)
    warnings.push('The force has no minimum general reserve policy: the probability of falling below it is not worked out');
  return warnings;
}
