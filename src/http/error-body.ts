import type { FieldProblem } from '../common/errors';

/** The one shape every error response has, so clients handle errors in one place. */
export interface ErrorBody {
  statusCode: number;
  /** Machine-readable: invalid_input, not_found, conflict, concurrency_conflict, rule_violated, ... */
  error: string;
  /** A sentence a finance officer can act on. */
  message: string;
  /** Field-level problems, when the request had any: the first MAX_DETAILS of them. */
  details: FieldProblem[];
  /** How many problems there were in all, when there were more than `details` lists. */
  detailsTotal?: number;
  [extra: string]: unknown;
}

/**
 * An error answer stays small whatever the request was: a body of 20,000 unknown keys once
 * answered with 2.2 MB of "is not a field this request accepts". The first problems are
 * enough to fix a request; field names (which a client chooses) and texts are clipped.
 */
export const MAX_DETAILS = 20;
const MAX_FIELD = 200;
const MAX_DETAIL_MESSAGE = 500;
const MAX_MESSAGE = 4000;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The first MAX_DETAILS problems, clipped, and the total when some were left out. */
export function boundedDetails(details: FieldProblem[]): Pick<ErrorBody, 'details' | 'detailsTotal'> {
  const shown = details
    .slice(0, MAX_DETAILS)
    .map((d) => ({ field: clip(d.field, MAX_FIELD), message: clip(d.message, MAX_DETAIL_MESSAGE) }));
  return details.length > shown.length ? { details: shown, detailsTotal: details.length } : { details: shown };
}

/** "field: problem; ...", for the first problems, saying how many more there were. */
export function summarise(details: FieldProblem[], fallback: string): string {
  const { details: shown } = boundedDetails(details);
  const more = details.length - shown.length;
  const listed = shown.map((d) => `${d.field}: ${d.message}`).join('; ');
  return listed === '' ? fallback : more > 0 ? `${listed}; and ${more.toLocaleString('en-GB')} more` : listed;
}

/** Any error body, made small: applied to every error answer. */
export function boundedErrorBody(body: ErrorBody): ErrorBody {
  // A detailsTotal already counted (by validation) stays: its details were bounded there.
  return { ...body, message: clip(body.message, MAX_MESSAGE), ...boundedDetails(body.details ?? []) };
}
