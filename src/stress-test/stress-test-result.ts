import type { ReserveKind } from '../force-finance/force-finance.events';

/** The 5th, 50th and 95th percentiles of a money figure over all paths, in pounds to the penny. */
export interface MoneyPercentiles {
  p5: string;
  p50: string;
  p95: string;
}

/** How many paths something happened on, and that as a share of all paths (4 dp). */
export interface PathShare {
  paths: number;
  probability: string;
}

export interface StressTestYear {
  year: string;
  /** The plan's own figures for the year (the deterministic MTFP). */
  plan: { gap: string; savingsToIdentify: string };
  gap: MoneyPercentiles;
  /** The gap less planned reserve use: what the path leaves for reserves (or savings) to meet. */
  savingsToIdentify: MoneyPercentiles;
  reserves: Array<{ reserveId: string; name: string; kind: ReserveKind; closing: MoneyPercentiles }>;
  /** Null when the force holds no general reserve that year. */
  generalReserve: {
    closing: MoneyPercentiles;
    /** Null when the force has no minimum policy. */
    minimum: MoneyPercentiles | null;
    belowMinimum: PathShare | null;
  } | null;
  /** The general reserves a shortfall may draw on (earmarked reserves move only by their planned use). */
  usableReserves: { closing: MoneyPercentiles; exhausted: PathShare };
  /** The part of the year's shortfall the general reserves could not meet. */
  unfundedShortfall: MoneyPercentiles;
}

export interface StressTestResult {
  from: string;
  to: string;
  paths: number;
  seed: number;
  years: StressTestYear[];
  /** On each path, the first year usable reserves are exhausted; or not within the years tested. */
  runOut: { byYear: Array<{ year: string } & PathShare>; notWithinPlan: PathShare };
  /** How the paths were worked out, for the reader. */
  rules: string[];
  warnings: string[];
}
