import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { FinancialYear } from '../../common/financial-year';
import { parseYear } from '../../force-finance/command-input';
import { possessive } from '../../force-finance/plan-period-rules';
import { FORCE_CODE } from '../../forces/force.decider';
import type { ScenarioForceContext } from '../scenario-context';
import { SCENARIO_ID } from '../scenario.stream';

export function parseScenarioId(input: unknown, field: string): string {
  if (typeof input !== 'string' || !SCENARIO_ID.test(input)) {
    throw new InvalidInputError(field, 'must be a scenario id of lower-case letters, digits and hyphens (at most 64 characters)');
  }
  return input;
}

/** The force the handler looked up: a code such as "herts". */
export function parseForce(context: ScenarioForceContext): ScenarioForceContext {
  if (typeof context !== 'object' || context === null || typeof context.force !== 'string' || !FORCE_CODE.test(context.force)) {
    throw new InvalidInputError('force', 'must be a force code such as "herts"');
  }
  return context;
}

/** The year, if it is in the force's plan period: a scenario varies the plan, never years outside it. */
export function yearInPlan(year: FinancialYear, field: string, force: ScenarioForceContext): FinancialYear {
  const plan = force.planYears;
  if (!plan) {
    throw new RuleViolationError(`${force.forceName} has no plan period yet: a scenario can only override years of a plan`, field);
  }
  if (year.isBefore(parseYear(plan.first, 'planYears.first')) || year.isAfter(parseYear(plan.last, 'planYears.last'))) {
    throw new RuleViolationError(
      `${year} is outside ${possessive(force.forceName)} plan period (${plan.first} to ${plan.last}): a scenario can only override years of the plan`,
      field,
    );
  }
  return year;
}
