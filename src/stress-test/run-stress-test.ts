import { Dec } from '../common/decimal';
import { RuleViolationError } from '../common/errors';
import { sample, type Distribution } from './distribution';
import { moneyPercentiles } from './percentiles';
import { SeededRandom } from './seeded-random';
import type { StressModel } from './stress-model';
import { parseStressTestParameters, STRESS_VARIABLES, type StressTestParameters, type StressVariable } from './stress-test-parameters';
import type { PathShare, StressTestResult, StressTestYear } from './stress-test-result';

/** Taken from Math once: a global looked up in a hot loop is slow where the global object is proxied (a test runner's sandbox). */
const { max, min } = Math;

/** Positions of the variables in STRESS_VARIABLES. */
const PAY = 0;
const NON_PAY = 1;
const GRANT = 2;
const TAX_BASE = 3;
const DELIVERY = 4;

/** Below half a penny, a balance is nothing left. */
const NOTHING = 0.005;

export const STRESS_TEST_RULES: readonly string[] = [
  'Each path draws every varied rate afresh for each year, in a fixed order, from a generator seeded with the run’s seed (xoshiro128**); a variable with no distribution keeps the plan’s rate, and savings are then delivered in full.',
  'A path moves each figure the plan moves by a rate by (1 + drawn rate) / (1 + plan rate) for every year the plan moved it: pay by the pay award, non-pay by non-pay inflation, projected grants by the grant change, a projected tax base by its growth. Drawn at the plan’s rates, a path is the plan.',
  'Savings (the force’s own savings items and its share of alliance savings) are scaled by the share delivered. A drawn share below 0 counts as 0; a drawn rate below −100 % counts as −100 %.',
  'Planned reserve movements happen as planned. A planned drawdown larger than what is left of a reserve takes what there is, and the rest falls on the gap.',
  'What is left of the gap after planned reserve use (savings still to identify on that path) is drawn from usable reserves: earmarked reserves first, in the order the force opened them, then the general reserve. A surplus is added to the general reserve.',
  'Usable reserves are exhausted in a year when together they close it at nothing (so part of that year’s gap goes unfunded); the year they run out is the first such year on the path.',
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
 */
export function runStressTest(model: StressModel, parameters: StressTestParameters): StressTestResult {
  const valid = parseStressTestParameters(parameters);
  const years = model.years;
  const Y = years.length;
  const N = valid.paths;
  const yearNames = years.map((y) => y.year);
  for (const year of Object.keys(valid.byYear)) {
    if (!yearNames.includes(year)) {
      throw new RuleViolationError(`${year} is not one of the years tested (${yearNames[0]} to ${yearNames[Y - 1]})`, `byYear[${year}]`);
    }
  }

  // The distribution of each variable in each year, or null for the plan's own figure.
  const V = STRESS_VARIABLES.length;
  const distributions: Array<Distribution | null> = [];
  for (const year of yearNames) {
    for (const variable of STRESS_VARIABLES) distributions.push(valid.byYear[year]?.[variable] ?? valid.distributions[variable] ?? null);
  }

  const reserves = model.reserves;
  const R = reserves.length;
  const isGeneral = reserves.map((r) => r.kind === 'general');
  const hasGeneral = isGeneral.some(Boolean);
  const minimumShare = model.minimumGeneralReserveShare;

  const gapOf = new Float64Array(Y * N);
  const leftOf = new Float64Array(Y * N);
  const closingOf = new Float64Array(R * Y * N);
  const generalOf = new Float64Array(Y * N);
  const minimumOf = new Float64Array(Y * N);
  const usableOf = new Float64Array(Y * N);
  const belowMinimum = new Int32Array(Y);
  const exhausted = new Int32Array(Y);
  const runOut = new Int32Array(Y + 1);

  // Everything the path loop reads, laid out flat in typed arrays (no property lookups, no allocation).
  const drawn = new Float64Array(Y * V);
  const planFactor = new Float64Array(Y * V);
  const planDrawn = new Float64Array(Y * V);
  const rolledFrom = new Int32Array(Y * V);
  for (let y = 0; y < Y; y++) {
    const m = years[y];
    for (let v = 0; v < V; v++) {
      // Without a distribution a path keeps the plan's rate, and delivers savings in full.
      planDrawn[y * V + v] = v === DELIVERY ? 1 : m.rates[STRESS_VARIABLES[v] as Exclude<StressVariable, 'savingsDelivery'>];
      planFactor[y * V + v] = v === DELIVERY ? 1 : 1 + planDrawn[y * V + v];
    }
    rolledFrom[y * V + PAY] = m.payRolledFrom;
    rolledFrom[y * V + NON_PAY] = m.payRolledFrom;
    rolledFrom[y * V + GRANT] = m.grantRolledFrom;
    rolledFrom[y * V + TAX_BASE] = m.taxBaseRolledFrom;
  }
  const ratio = new Float64Array(Y * V);
  const opensAt = Int32Array.from(reserves, (r) => r.opensAt);
  const opening = Float64Array.from(reserves, (r) => r.opening);
  const contributions = Float64Array.from(reserves.flatMap((r) => r.contributions));
  const drawdowns = Float64Array.from(reserves.flatMap((r) => r.drawdowns));
  const balance = new Float64Array(R);
  const random = new SeededRandom(valid.seed);

  for (let p = 0; p < N; p++) {
    for (let i = 0; i < Y * V; i++) {
      const distribution = distributions[i];
      drawn[i] = distribution === null ? planDrawn[i] : sample(distribution, random);
      // (1 + drawn) / (1 + plan): how the path moves a figure the plan moved by this rate.
      ratio[i] = planFactor[i] === 0 ? 1 : max(0, 1 + drawn[i]) / planFactor[i];
    }
    balance.fill(0);
    let ranOutIn = Y;

    for (let y = 0; y < Y; y++) {
      const m = years[y];
      const pay = m.pay * factor(PAY, y);
      const nonPay = m.nonPay * factor(NON_PAY, y);
      const delivered = max(0, drawn[y * V + DELIVERY]);
      const nre = pay + nonPay + m.costPressuresAndGrowth - m.savings * delivered - m.income;
      const funding = m.grantFixed + m.grantProjected * factor(GRANT, y) + m.bandD * m.taxBase * factor(TAX_BASE, y) + m.collectionFund;
      const gap = nre - funding;
      const left = gap - m.plannedReserveUse;

      // Planned movements first; what a planned drawdown cannot take falls on the gap.
      let uncovered = 0;
      for (let r = 0; r < R; r++) {
        if (y < opensAt[r]) continue;
        if (y === opensAt[r]) balance[r] = opening[r];
        balance[r] += contributions[r * Y + y];
        const drawdown = drawdowns[r * Y + y];
        if (drawdown > balance[r]) {
          uncovered += drawdown - max(0, balance[r]);
          balance[r] = 0;
        } else {
          balance[r] -= drawdown;
        }
      }
      let toFund = left + uncovered;
      if (toFund > 0) {
        for (let r = 0; r < R && toFund > 0; r++) {
          if (y < opensAt[r] || balance[r] <= 0) continue;
          const taken = min(balance[r], toFund);
          balance[r] -= taken;
          toFund -= taken;
        }
      } else if (toFund < 0) {
        const into = surplusReserve(y);
        if (into >= 0) balance[into] -= toFund;
      }

      let general = 0;
      let usable = 0;
      for (let r = 0; r < R; r++) {
        if (y < opensAt[r]) continue;
        closingOf[(r * Y + y) * N + p] = balance[r];
        usable += balance[r];
        if (isGeneral[r]) general += balance[r];
      }
      const at = y * N + p;
      gapOf[at] = gap;
      leftOf[at] = left;
      generalOf[at] = general;
      usableOf[at] = usable;
      if (minimumShare !== null) {
        minimumOf[at] = minimumShare * nre;
        if (general < minimumOf[at]) belowMinimum[y]++;
      }
      if (usable < NOTHING) {
        exhausted[y]++;
        if (ranOutIn === Y) ranOutIn = y;
      }
    }
    runOut[ranOutIn]++;
  }

  /** The cumulative move of year y's figure by variable v on this path, over the years the plan rolled it. */
  function factor(v: number, y: number): number {
    let f = 1;
    for (let k = rolledFrom[y * V + v]; k <= y; k++) f *= ratio[k * V + v];
    return f;
  }

  /** The general reserve a surplus goes to: the first one open, else the first reserve open, else none (-1). */
  function surplusReserve(y: number): number {
    let fallback = -1;
    for (let r = 0; r < R; r++) {
      if (y < opensAt[r]) continue;
      if (isGeneral[r]) return r;
      if (fallback < 0) fallback = r;
    }
    return fallback;
  }

  const share = (count: number): PathShare => ({
    paths: count,
    probability: new Dec(count).dividedBy(N).toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4),
  });
  const slice = (array: Float64Array, index: number) => array.subarray(index * N, (index + 1) * N);

  const resultYears: StressTestYear[] = years.map((m, y) => {
    const open = reserves.map((r, i) => ({ r, i })).filter(({ r }) => y >= r.opensAt);
    const generalOpen = open.some(({ i }) => isGeneral[i]);
    return {
      year: m.year,
      plan: { gap: m.plan.gap, savingsToIdentify: m.plan.savingsToIdentify },
      gap: moneyPercentiles(slice(gapOf, y)),
      savingsToIdentify: moneyPercentiles(slice(leftOf, y)),
      reserves: open.map(({ r, i }) => ({
        reserveId: r.reserveId,
        name: r.name,
        kind: r.kind,
        closing: moneyPercentiles(slice(closingOf, i * Y + y)),
      })),
      generalReserve: generalOpen
        ? {
            closing: moneyPercentiles(slice(generalOf, y)),
            minimum: minimumShare === null ? null : moneyPercentiles(slice(minimumOf, y)),
            belowMinimum: minimumShare === null ? null : share(belowMinimum[y]),
          }
        : null,
      usableReserves: { closing: moneyPercentiles(slice(usableOf, y)), exhausted: share(exhausted[y]) },
    };
  });

  const warnings: string[] = [];
  if (R === 0)
    warnings.push(
      'The force has no reserves: any shortfall on a path goes unfunded, so usable reserves count as exhausted from the first year',
    );
  if (!hasGeneral) warnings.push('The force has no general reserve: there is no minimum to test it against');
  else if (minimumShare === null)
    warnings.push('The force has no minimum general reserve policy: the probability of falling below it is not worked out');

  return {
    from: yearNames[0],
    to: yearNames[Y - 1],
    paths: N,
    seed: valid.seed,
    years: resultYears,
    runOut: { byYear: yearNames.map((year, y) => ({ year, ...share(runOut[y]) })), notWithinPlan: share(runOut[Y]) },
    rules: [...STRESS_TEST_RULES],
    warnings,
  };
}
