import { sample } from './distribution';
import { DELIVERY, GRANT, NON_PAY, PAY, TAX_BASE, type StressTestPlan } from './prepare-stress-test';
import { SeededRandom } from './seeded-random';

/** Taken from Math once: a global looked up in a hot loop is slow where the global object is proxied (a test runner's sandbox). */
const { max, min } = Math;

/** Below half a penny, a balance is nothing left. */
const NOTHING = 0.005;

/**
 * What every path reached, year by year (index y * N + p; a reserve's closing balance at
 * (r * Y + y) * N + p), and how many paths fell below the minimum, were exhausted, or ran out
 * in each year (runOut[Y]: not within the years tested).
 */
export interface PathOutcomes {
  gapOf: Float64Array;
  leftOf: Float64Array;
  closingOf: Float64Array;
  generalOf: Float64Array;
  minimumOf: Float64Array;
  usableOf: Float64Array;
  unfundedOf: Float64Array;
  belowMinimum: Int32Array;
  exhausted: Int32Array;
  runOut: Int32Array;
}

/** One path's draws and reserve balances, reused from path to path (no allocation in the loop). */
interface Path {
  drawn: Float64Array;
  ratio: Float64Array;
  balance: Float64Array;
}

/** Runs every path of the plan, seeded with its seed, drawing the rates in a fixed order. */
export function simulatePaths(plan: StressTestPlan): PathOutcomes {
  const { Y, N, V, R } = plan;
  const outcomes: PathOutcomes = {
    gapOf: new Float64Array(Y * N),
    leftOf: new Float64Array(Y * N),
    closingOf: new Float64Array(R * Y * N),
    generalOf: new Float64Array(Y * N),
    minimumOf: new Float64Array(Y * N),
    usableOf: new Float64Array(Y * N),
    unfundedOf: new Float64Array(Y * N),
    belowMinimum: new Int32Array(Y),
    exhausted: new Int32Array(Y),
    runOut: new Int32Array(Y + 1),
  };
  const path: Path = { drawn: new Float64Array(Y * V), ratio: new Float64Array(Y * V), balance: new Float64Array(R) };
  const random = new SeededRandom(plan.seed);
  for (let p = 0; p < N; p++) {
    drawPath(plan, path, random);
    path.balance.fill(0);
    let ranOutIn = Y;
    for (let y = 0; y < Y; y++) {
      if (simulateYear(plan, path, outcomes, y, p) && ranOutIn === Y) ranOutIn = y;
    }
    outcomes.runOut[ranOutIn]++;
  }
  return outcomes;
}

/** Draws every varied rate of every year for one path, and how it moves the plan's figures. */
function drawPath(plan: StressTestPlan, path: Path, random: SeededRandom): void {
  const { distributions, planDrawn, planFactor } = plan;
  const { drawn, ratio } = path;
  for (let i = 0; i < drawn.length; i++) {
    const distribution = distributions[i];
    drawn[i] = distribution === null ? planDrawn[i] : sample(distribution, random);
    // (1 + drawn) / (1 + plan): how the path moves a figure the plan moved by this rate.
    ratio[i] = planFactor[i] === 0 ? 1 : max(0, 1 + drawn[i]) / planFactor[i];
  }
}

/** Rolls one year of one path forward and records it; true when usable reserves are exhausted that year. */
function simulateYear(plan: StressTestPlan, path: Path, outcomes: PathOutcomes, y: number, p: number): boolean {
  const m = plan.years[y];
  const pay = m.pay * factor(plan, path, PAY, y);
  const nonPay = m.nonPay * factor(plan, path, NON_PAY, y);
  const delivered = max(0, path.drawn[y * plan.V + DELIVERY]);
  const nre = pay + nonPay + m.costPressuresAndGrowth - m.savings * delivered - m.deliveredSavings - m.income;
  const funding =
    m.grantFixed +
    m.grantProjected * factor(plan, path, GRANT, y) +
    m.bandD * m.taxBase * factor(plan, path, TAX_BASE, y) +
    m.collectionFund;
  const gap = nre - funding;
  const left = gap - m.plannedReserveUse;

  const uncovered = movePlannedReserves(plan, path.balance, y);
  const unfunded = fundFromReserves(plan, path.balance, y, left + uncovered);

  const at = y * plan.N + p;
  outcomes.gapOf[at] = gap;
  outcomes.leftOf[at] = left;
  outcomes.unfundedOf[at] = unfunded;
  return recordReserves(plan, path.balance, outcomes, y, p, nre, unfunded);
}

/** The cumulative move of year y's figure by variable v on this path, over the years the plan rolled it. */
function factor(plan: StressTestPlan, path: Path, v: number, y: number): number {
  const V = plan.V;
  const ratio = path.ratio;
  let f = 1;
  for (let k = plan.rolledFrom[y * V + v]; k <= y; k++) f *= ratio[k * V + v];
  return f;
}

/** Planned movements first; what a planned drawdown cannot take falls on the gap (returned). */
function movePlannedReserves(plan: StressTestPlan, balance: Float64Array, y: number): number {
  const { R, Y, opensAt, opening, contributions, drawdowns } = plan;
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
  return uncovered;
}

/**
 * Draws what is left of the gap from the open general reserves, in order – never from an
 * earmarked reserve, which moves only by its planned use – or adds a surplus to the general
 * reserve. Returns the shortfall the general reserves could not meet (unfunded).
 */
function fundFromReserves(plan: StressTestPlan, balance: Float64Array, y: number, toFund: number): number {
  const { R, opensAt, isGeneral } = plan;
  if (toFund > 0) {
    for (let r = 0; r < R && toFund > 0; r++) {
      if (y < opensAt[r] || !isGeneral[r] || balance[r] <= 0) continue;
      const taken = min(balance[r], toFund);
      balance[r] -= taken;
      toFund -= taken;
    }
    return max(0, toFund);
  }
  if (toFund < 0) {
    const into = surplusReserve(plan, y);
    if (into >= 0) balance[into] -= toFund;
  }
  return 0;
}

/** The general reserve a surplus goes to: the first one open, else the first reserve open, else none (-1). */
function surplusReserve(plan: StressTestPlan, y: number): number {
  const { R, opensAt, isGeneral } = plan;
  let fallback = -1;
  for (let r = 0; r < R; r++) {
    if (y < opensAt[r]) continue;
    if (isGeneral[r]) return r;
    if (fallback < 0) fallback = r;
  }
  return fallback;
}

/**
 * Records the reserves' closing balances for the year; true when usable reserves – the general
 * reserves a shortfall may draw on – are exhausted (nothing left, or a shortfall went unfunded).
 */
function recordReserves(
  plan: StressTestPlan,
  balance: Float64Array,
  outcomes: PathOutcomes,
  y: number,
  p: number,
  nre: number,
  unfunded: number,
): boolean {
  const { R, Y, N, opensAt, isGeneral, minimumShare } = plan;
  let general = 0;
  for (let r = 0; r < R; r++) {
    if (y < opensAt[r]) continue;
    outcomes.closingOf[(r * Y + y) * N + p] = balance[r];
    if (isGeneral[r]) general += balance[r];
  }
  const usable = general;
  const at = y * N + p;
  outcomes.generalOf[at] = general;
  outcomes.usableOf[at] = usable;
  if (minimumShare !== null) {
    outcomes.minimumOf[at] = minimumShare * nre;
    if (general < outcomes.minimumOf[at]) outcomes.belowMinimum[y]++;
  }
  if (usable < NOTHING || unfunded >= NOTHING) {
    outcomes.exhausted[y]++;
    return true;
  }
  return false;
}
