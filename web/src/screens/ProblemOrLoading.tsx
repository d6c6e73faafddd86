import { ApiError } from '../api/client';

/** While a read is under way, "Loading…"; when it failed, the service's own sentence. */
export function ProblemOrLoading({ error, what }: { error: unknown; what: string }) {
  if (!error) return <p role="status">Loading {what}…</p>;
  const sentence = error instanceof ApiError ? error.message : `Could not reach the service (${String(error)}).`;
  return (
    <p role="alert" className="field-error">
      Could not show {what}: {sentence}
    </p>
  );
}
