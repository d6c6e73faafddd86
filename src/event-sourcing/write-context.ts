/** Everything about a write that is not the command itself: who, why, and the HTTP preconditions. */
export interface WriteContext {
  /** Token subject (or "system" for reference data and the worked example). */
  actor: string;
  /** The user's own words on why, recorded with every event of the write. */
  reason?: string;
  correlationId: string;
  causationId?: string | null;
  /** From the Idempotency-Key header: a retry with the same key returns the first answer. */
  idempotencyKey?: string;
  /** Fingerprint of the request, stored beside the key. */
  requestHash?: string;
  /** From If-Match: the stream revision the client last read; -1 means "must not exist yet". */
  expectedRevision?: bigint;
  /** Decide but record nothing: the answer lists the events that would have been recorded (`?dryRun=true`). */
  dryRun?: boolean;
}

/** The answer to every write: where the events went. Strings, so it is JSON-safe. */
export interface WriteResult {
  stream: string;
  /** The stream's revision after the write (the ETag). "-1" if the stream still does not exist. */
  revision: string;
  /** Global position of the last event written, or null if nothing was written. */
  position: string | null;
  events: { id: string; type: string }[];
  /** True when this answer is a replay of an earlier write with the same Idempotency-Key. */
  replayed: boolean;
  /** A dry run's answer: the events the write would record, in order. */
  wouldRecord?: { type: string; data: unknown }[];
}
