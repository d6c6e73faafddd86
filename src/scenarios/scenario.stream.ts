import { FORCE_CODE } from '../forces/force.decider';

/** Scenario ids sit in stream ids: lower-case letters, digits and hyphens (a UUID fits). Unique within their force. */
export const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Every scenario stream starts so, whichever of the two names below it has. */
export const SCENARIO_STREAM_PREFIX = 'scenario-';

/**
 * One stream per scenario, named by its force and its id: `scenario--{force}-{id}`.
 * Force codes have no hyphen, so the first hyphen after the force ends it and the id (which may
 * hold hyphens) is the rest. The double hyphen keeps these names apart from the streams
 * recorded before ids belonged to a force, `scenario-{id}`: an id never starts with a hyphen,
 * so no old stream name can be read as a new one, nor the other way round.
 */
const FORCE_SCOPED_PREFIX = `${SCENARIO_STREAM_PREFIX}-`;

export function scenarioStreamId(force: string, scenarioId: string): string {
  return `${FORCE_SCOPED_PREFIX}${force}-${scenarioId}`;
}

/** Where a scenario was recorded before ids belonged to a force; still read, and written to while it exists. */
export function legacyScenarioStreamId(scenarioId: string): string {
  return `${SCENARIO_STREAM_PREFIX}${scenarioId}`;
}

export type ScenarioStreamName = { kind: 'force-scoped'; force: string; scenarioId: string } | { kind: 'legacy'; scenarioId: string };

/** What a scenario stream's name says, or undefined when it is not a scenario stream's name. */
export function parseScenarioStreamId(streamId: string): ScenarioStreamName | undefined {
  if (streamId.startsWith(FORCE_SCOPED_PREFIX)) {
    const rest = streamId.slice(FORCE_SCOPED_PREFIX.length);
    const cut = rest.indexOf('-');
    const force = rest.slice(0, cut);
    const scenarioId = rest.slice(cut + 1);
    return cut > 0 && FORCE_CODE.test(force) && SCENARIO_ID.test(scenarioId) ? { kind: 'force-scoped', force, scenarioId } : undefined;
  }
  if (streamId.startsWith(SCENARIO_STREAM_PREFIX)) {
    const scenarioId = streamId.slice(SCENARIO_STREAM_PREFIX.length);
    return SCENARIO_ID.test(scenarioId) ? { kind: 'legacy', scenarioId } : undefined;
  }
  return undefined;
}
