/** The API's stress test answer (POST /forces/{force}/stress-tests): money as decimal strings, shares to 4 dp. */
export interface Percentiles {
  p5: string;
  p50: string;
  p95: string;
}

export interface PathShare {
  paths: number;
  probability: string;
}

export interface StressYearJson {
  year: string;
  plan: { gap: string; savingsToIdentify: string };
  gap: Percentiles;
  /** Null where the force has no general reserve. */
  generalReserve: { closing: Percentiles; minimum: Percentiles | null; belowMinimum: PathShare | null } | null;
  usableReserves: { closing: Percentiles; exhausted: PathShare };
}

export interface StressTestAnswer {
  run: { runId: string; parameters: { seed: number; paths: number } };
  result: { from: string; to: string; paths: number; seed: number; years: StressYearJson[]; rules: string[]; warnings: string[] };
}

export const STRESS_VARIABLES = [
  { key: 'payAward', label: 'Pay award' },
  { key: 'nonPayInflation', label: 'Non-pay inflation' },
  { key: 'grantChange', label: 'Grant change' },
  { key: 'taxBaseGrowth', label: 'Tax base growth' },
  { key: 'savingsDelivery', label: 'Savings delivered (share)' },
] as const;

export type StressVariable = (typeof STRESS_VARIABLES)[number]['key'];
export type DistributionKind = 'none' | 'triangular' | 'normal' | 'uniform';

/** The fields each kind of distribution takes, as decimal strings. */
export const PARAMETERS: Record<DistributionKind, string[]> = {
  none: [],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  uniform: ['min', 'max'],
};

export interface DistributionValues {
  kind: DistributionKind;
  min: string;
  mode: string;
  max: string;
  mean: string;
  sd: string;
}

/** The request body from the form's values: only the variables given a distribution, only their own fields (as typed). */
export function stressTestBody(values: Record<StressVariable, DistributionValues>, paths: string, seed: string): Record<string, unknown> {
  const distributions: Record<string, Record<string, string>> = {};
  for (const { key } of STRESS_VARIABLES) {
    const v = values[key];
    if (v.kind === 'none') continue;
    distributions[key] = { kind: v.kind, ...Object.fromEntries(PARAMETERS[v.kind].map((p) => [p, v[p as keyof DistributionValues]])) };
  }
  return {
    distributions,
    ...(paths.trim() ? { paths: /^\d+$/.test(paths.trim()) ? Number(paths.trim()) : paths } : {}),
    ...(seed.trim() ? { seed: /^\d+$/.test(seed.trim()) ? Number(seed.trim()) : seed } : {}),
  };
}
