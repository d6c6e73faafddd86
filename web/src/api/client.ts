/** The API's one error shape (README, "Conventions"): a sentence, and field problems when the input was at fault. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }

  /** The problem with one field, to show beside it. */
  fieldProblem(field: string): string | undefined {
    return this.body.details?.find((d) => isField(d.field, field))?.message;
  }

  /**
   * Every problem with a field or anything under it, to show together beside it (a stress
   * test's "distributions.payAward" covers its ".min" and ".max").
   */
  problemsUnder(field: string): string[] {
    return (this.body.details ?? []).filter((d) => isUnder(d.field, field)).map((d) => d.message);
  }

  /**
   * The sentence to show under a form: when every problem is with a field the form shows (each
   * with its problem beside it), those fields by their labels, not the service's field names
   * ("Check Short code (in links)", not "id: must be…"); otherwise the service's own sentence,
   * which names what the form does not show. A label also stands for the fields under its name
   * ("distributions.payAward" for "distributions.payAward.min"), shown together beside it.
   */
  formSummary(labels: Readonly<Record<string, string>>): string {
    const details = this.body.details ?? [];
    if (details.length === 0) return this.message;
    const named: string[] = [];
    for (const d of details) {
      const field = Object.keys(labels).find((name) => isField(d.field, name) || isUnder(d.field, name));
      if (field === undefined) return this.message;
      if (!named.includes(labels[field])) named.push(labels[field]);
    }
    const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
    return `Check ${list}: what is wrong is shown beside ${named.length === 1 ? 'it' : 'each'}.`;
  }
}

/** Whether a problem's field (as the service names it, perhaps nested: "lines[2].amount") is the form's field. */
function isField(problemField: string, field: string): boolean {
  return problemField === field || problemField.endsWith(`.${field}`);
}

/** Whether a problem's field is `field` or one under it ("distributions.payAward.min" under "distributions.payAward"). */
function isUnder(problemField: string, field: string): boolean {
  return problemField === field || problemField.startsWith(`${field}.`);
}

type Listener = () => void;
const onUnauthorised = new Set<Listener>();

/** Called when any request answers 401: the app goes back to sign-in. */
export function whenUnauthorised(listener: Listener): () => void {
  onUnauthorised.add(listener);
  return () => onUnauthorised.delete(listener);
}

let currentToken: string | null = null;
export function useToken(token: string | null): void {
  currentToken = token;
}

/** A request to the API with the signed-in user's token; a non-2xx answer throws an ApiError. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/json',
      ...(currentToken ? { Authorization: `Bearer ${currentToken}` } : {}),
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  if (response.status === 401) onUnauthorised.forEach((listener) => listener());
  if (!response.ok) {
    const fallback = { statusCode: response.status, error: 'error', message: `The service answered ${response.status}.` };
    throw new ApiError(response.status, (body as ApiErrorBody | undefined) ?? fallback);
  }
  return body as T;
}

/** A query string from the parameters that are set. */
export function query(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A file from the API (a CSV, XLSX or printable report) with the signed-in user's token, and the name the service gives it. */
export async function apiFile(path: string): Promise<{ blob: Blob; filename: string }> {
  const response = await fetch(path, { headers: currentToken ? { Authorization: `Bearer ${currentToken}` } : {} });
  if (response.status === 401) onUnauthorised.forEach((listener) => listener());
  if (!response.ok) {
    const text = await response.text();
    const fallback = { statusCode: response.status, error: 'error', message: `The service answered ${response.status}.` };
    throw new ApiError(response.status, text.startsWith('{') ? (JSON.parse(text) as ApiErrorBody) : fallback);
  }
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) ?? 'download' };
}

/** The filename of a Content-Disposition header (`attachment; filename="herts-mtfp.csv"`), or null. */
export function filenameOf(disposition: string | null): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]) : null;
}
