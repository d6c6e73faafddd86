import { RuleViolationError } from '../common/errors';
import type { Distribution } from './distribution';
import type { StressModel, StressModelReserve, StressModelYear } from './stress-model';
import { parseStressTestParameters, STRESS_VARIABLES, type StressTestParameters, type StressVariable } from './stress-test-parameters';

/** Positions of the variables in STRESS_VARIABLES. */
export const PAY = 0;
export const NON_PAY = 1;
export const GRANT = 2;
export const TAX_BASE = 3;
export const DELIVERY = 4;

/**
 * Everything the path loop reads, laid out flat in typed arrays (no property lookups, no
 * allocation): per year and variable (index y * V + v) its distribution, the plan's rate and
 * factor, and the first year the plan rolled the figure from; per reserve when it opens, its
 * opening balance and its planned contributions and drawdowns (index r * Y + y).
 */
export interface StressTestPlan {
  years: StressModelYear[];
  yearNames: string[];
  reserves: StressModelReserve[];
  /** Years, paths, variables and reserves. */
  Y: number;
  N: number;
  V: number;
  R: number;
  seed: number;
  /** The distribution of each variable in each year, or null for the plan's own figure. */
  distributions: Array<Distribution | null>;
  planDrawn: Float64Array;
  planFactor: Float64Array;
  rolledFrom: Int32Array;
  isGeneral: boolean[];
  hasGeneral: boolean;
  minimumShare: number | null;
  opensAt: Int32Array;
  opening: Float64Array;
  contributions: Float64Array;
  drawdowns: Float64Array;
}

/** Checks the parameters against the model and lays out what the paths read. */
export function prepareStressTest(model: StressModel, parameters: StressTestParameters): StressTestPlan {
  const valid = parseStressTestParameters(parameters);
  const years = model.years;
  const Y = years.length;
  const yearNames = years.map((y) => y.year);
  for (const year of Object.keys(valid.byYear)) {
    if (!yearNames.includes(year)) {
      throw new RuleViolationError(`${year} is not one of the years tested (${yearNames[0]} to ${yearNames[Y - 1]})`, `byYear[${year}]`);
    }
  }
  const distributions: Array<Distribution | null> = [];
  for (const year of yearNames) {
    for (const variable of STRESS_VARIABLES) distributions.push(valid.byYear[year]?.[variable] ?? valid.distributions[variable] ?? null);
  }
  const reserves = model.reserves;
  const isGeneral = reserves.map((r) => r.kind === 'general');
  return {
    years,
    yearNames,
    reserves,
    Y,
    N: valid.paths,
    V: STRESS_VARIABLES.length,
    R: reserves.length,
    seed: valid.seed,
    distributions,
    ...planRates(years),
    isGeneral,
    hasGeneral: isGeneral.some(Boolean),
    minimumShare: model.minimumGeneralReserveShare,
    opensAt: Int32Array.from(reserves, (r) => r.opensAt),
    opening: Float64Array.from(reserves, (r) => r.opening),
    contributions: Float64Array.from(reserves.flatMap((r) => r.contributions)),
    drawdowns: Float64Array.from(reserves.flatMap((r) => r.drawdowns)),
  };
}

/** The plan's own rate and factor for each year and variable, and the year the plan rolled each figure from. */
function planRates(years: StressModelYear[]): Pick<StressTestPlan, 'planDrawn' | 'planFactor' | 'rolledFrom'> {
  const Y = years.length;
  const V = STRESS_VARIABLES.length;
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
  return { planDrawn, planFactor, rolledFrom };
}
