import { nameBasedUuid } from '../event-sourcing/ids';
import { BEDFORDSHIRE_AND_CAMBRIDGESHIRE_PLANS } from './bedfordshire-cambridgeshire-plans';
import { BCH_ALLIANCE_2016 } from './bch-alliance';
import { BCH_CONTRIBUTIONS } from './bch-contributions';
import { BCH_ORG_SHARES_FIXED } from './bch-unit-shares';
import { BCH_BOARD_FIGURES_2016, BCH_UNIT_OUTTURNS } from './bch-board-figures';
import { BCH_SAVINGS_RECURRENCE } from './bch-savings-recurrence';
import { BCH_FORCES } from './example-forces';
import { registerForce, type ExampleStep } from './example-step';
import { HERTFORDSHIRE_2016_PLAN } from './hertfordshire-2016-plan';
import { LATER_YEARS } from './later-years';

/**
 * The worked example: Hertfordshire 2015/16 to 2019/20 and the BCH alliance, from the figures in
 * HMIC's "PEEL: Police efficiency 2016 – Hertfordshire Constabulary" (Efficiency 2016) and the
 * PCC's 2019 plan refresh (Plan 2019), as an ordered list of commands.
 *
 * Phase 1 is the plan as it stood in 2016; phase 2 (from PHASE_2_START) is what was decided
 * later, up to the 2019/20 budget. The MTFP as at the last event of phase 1 shows the 2016 plan.
 */
export const WORKED_EXAMPLE_STEPS: readonly ExampleStep[] = [
  ...BCH_FORCES.map((force) => registerForce(force, 'Efficiency 2016: the three forces of the BCH strategic alliance')),
  ...HERTFORDSHIRE_2016_PLAN,
  ...BEDFORDSHIRE_AND_CAMBRIDGESHIRE_PLANS,
  ...BCH_ALLIANCE_2016,
  ...BCH_ORG_SHARES_FIXED,
  ...BCH_SAVINGS_RECURRENCE,
  ...BCH_CONTRIBUTIONS,
  ...BCH_BOARD_FIGURES_2016,
  ...LATER_YEARS,
  ...BCH_UNIT_OUTTURNS,
];

/** Index (from 0) of the first step of phase 2. */
export const PHASE_2_START = WORKED_EXAMPLE_STEPS.length - LATER_YEARS.length - BCH_UNIT_OUTTURNS.length;

/** Who the example's events are recorded as. */
export const WORKED_EXAMPLE_ACTOR = 'worked-example';

/** Ties all the example's events together in the audit trail. */
export const WORKED_EXAMPLE_CORRELATION_ID = nameBasedUuid('worked-example:hertfordshire-bch');

/** Step n (from 1) is recorded with this Idempotency-Key, so recording it again records nothing. */
export function workedExampleIdempotencyKey(stepNumber: number): string {
  return `worked-example:${stepNumber}`;
}

/**
 * Each step's Idempotency-Key: its own key if it has one, else worked-example:N where N counts
 * only the unkeyed steps, so steps added later do not renumber the ones an older store holds.
 */
export function workedExampleStepKeys(steps: readonly ExampleStep[]): string[] {
  let numbered = 0;
  return steps.map((step) => {
    if (step.key === undefined) return workedExampleIdempotencyKey(++numbered);
    if (step.replacesNumberedStep) numbered++;
    return step.key;
  });
}
