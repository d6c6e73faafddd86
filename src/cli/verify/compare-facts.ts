import { untouchedJson } from '../../projections/deferred-facts';
import type { StreamFactsProjection } from '../../projections/stream-facts.projection';

/** Each stream's facts as JSON, from a stored (serialised) state. */
function streamJson(projection: StreamFactsProjection, stored: string): Map<string, string> {
  const { streams } = projection.deserialise(stored);
  return new Map(Object.entries(streams).map(([id, facts]) => [id, untouchedJson(facts) ?? JSON.stringify(facts)]));
}

/** JSON with every object's keys in order, so two states that differ only in key order compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function sameFacts(a: string, b: string): boolean {
  return a === b || JSON.stringify(canonical(JSON.parse(a))) === JSON.stringify(canonical(JSON.parse(b)));
}

/** Whether one stream's kept facts (stream-snapshots/) are the facts a rebuild gives it at the same position; words when they are not. */
export function differingStreamFacts(streamId: string, kept: string, rebuilt: unknown): string | null {
  if (rebuilt === undefined) return `${streamId}: kept facts of a stream a rebuild does not have`;
  return sameFacts(kept, untouchedJson(rebuilt) ?? JSON.stringify(rebuilt)) ? null : `${streamId}: kept facts differ from a rebuild`;
}

/** The streams whose stored facts differ from the facts a rebuild gives, in words; empty when they agree. */
export function differingStreams(projection: StreamFactsProjection, stored: string, rebuilt: string): string[] {
  const before = streamJson(projection, stored);
  const after = streamJson(projection, rebuilt);
  const differences: string[] = [];
  for (const [id, json] of after) {
    const kept = before.get(id);
    if (kept === undefined) differences.push(`${id}: missing from the stored projection`);
    else if (!sameFacts(kept, json)) differences.push(`${id}: stored facts differ from a rebuild`);
  }
  for (const id of before.keys()) if (!after.has(id)) differences.push(`${id}: in the stored projection but not in a rebuild`);
  return differences;
}
