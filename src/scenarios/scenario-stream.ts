/** Scenario ids sit in stream ids (`scenario-{id}`): lower-case letters, digits and hyphens (a UUID fits). */
export const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** One stream per scenario holds its creation, its overrides and whether it was kept or discarded. */
export const SCENARIO_STREAM_PREFIX = 'scenario-';

export function scenarioStreamId(scenarioId: string): string {
  return `${SCENARIO_STREAM_PREFIX}${scenarioId}`;
}
