import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AsOfQueryDto } from '../http/as-of-query.dto';
import { InvalidInputError } from '../common/errors';
import type { Principal } from '../auth/principal';
import { IsForceCode } from '../http/validation/field-validators';
import type { ScenarioLookup } from '../scenarios/scenario-lookup';
import { scenarioScopeOf } from '../scenarios/scenario-scope';
import { SCENARIO_ID } from '../scenarios/scenario.stream';

const SCENARIO_MESSAGE = 'must be a scenario id of lower-case letters, digits and hyphens (e.g. "pay-3-5"); leave it out for the baseline';

/** Reads `scenario` from a query string: undefined for the baseline. Whether it exists is for Plans.at to say (404). */
export function parseScenarioParam(value: unknown, field = 'scenario'): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !SCENARIO_ID.test(value)) throw new InvalidInputError(field, SCENARIO_MESSAGE);
  return value;
}

/** A read that may be asked as the plan stood at a past moment and under a scenario. */
export class ScenarioQueryDto extends AsOfQueryDto {
  /** A scenario's id: the answer under that scenario (and those it branches from) instead of the baseline. */
  @ApiPropertyOptional({ description: 'a scenario id: the answer under that scenario (default: the baseline)' })
  @IsOptional()
  @Matches(SCENARIO_ID, { message: SCENARIO_MESSAGE })
  scenario?: string;
}

/**
 * A read under a scenario where the URL names no force (an alliance's figures): the scenario
 * is the caller's force's; an admin names the force with `force` when several have that id.
 */
export class ScenarioOfForceQueryDto extends ScenarioQueryDto {
  /** Whose scenario `scenario` is; needed only by an admin, and only when several forces use the id. */
  @ApiPropertyOptional({ description: 'whose scenario `scenario` is; needed only by an admin when several forces use the id' })
  @IsOptional()
  @IsForceCode()
  force?: string;
}

/** The scenario a read names, looked for where the caller may look; undefined for the baseline. */
export function scenarioLookupOf(caller: Principal, query: { scenario?: string; force?: string }): ScenarioLookup | undefined {
  return query.scenario === undefined ? undefined : { id: query.scenario, scope: scenarioScopeOf(caller, query.force) };
}

/** What an answer under a scenario says about it; baseline answers carry nothing of this. */
export interface ScenarioNote {
  id: string;
  /** The scenarios applied, root-most first. */
  chain: string[];
  /** Overrides that could not be applied as asked, and breaches they cause. */
  warnings: string[];
}

export function scenarioNote(
  scenario: { id: string; scenarios: string[]; warnings: string[] } | null,
): { scenario: ScenarioNote } | Record<string, never> {
  return scenario ? { scenario: { id: scenario.id, chain: scenario.scenarios, warnings: scenario.warnings } } : {};
}
