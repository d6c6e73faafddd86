import { CliError, type CliIo } from './cli-io';

export interface HttpOptions {
  url?: string;
  token?: string;
}

/** The service and token a command talks to: --url/--token, else CFM_URL/CFM_TOKEN, else localhost:3000. */
export function httpTarget(io: CliIo, options: HttpOptions): { base: string; token: string } {
  const base = (options.url ?? io.env.CFM_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const token = options.token ?? io.env.CFM_TOKEN;
  if (!token) throw new CliError('A token is needed: --token <token> or CFM_TOKEN (cfm token --role ... mints one).', 2);
  if (!/^https?:\/\//.test(base)) throw new CliError(`--url must start with http:// or https://; "${base}" given.`, 2);
  return { base, token };
}

/** Sends one request; a refusal becomes the service's own message (and its details) with exit 1. */
export async function send(
  io: CliIo,
  options: HttpOptions,
  request: { method: 'GET' | 'POST'; path: string; accept?: string; body?: Buffer; contentType?: string; headers?: Record<string, string> },
): Promise<{ status: number; contentType: string; body: Buffer }> {
  const { base, token } = httpTarget(io, options);
  let response: Response;
  try {
    response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(request.accept ? { Accept: request.accept } : {}),
        ...(request.contentType ? { 'Content-Type': request.contentType } : {}),
        ...request.headers,
      },
      body: request.body,
    });
  } catch (error) {
    throw new CliError(`Could not reach ${base}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new CliError(`${request.method} ${request.path} answered ${response.status}: ${refusal(body)}`);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
}

function refusal(body: Buffer): string {
  try {
    const error = JSON.parse(body.toString('utf8')) as { message?: string; details?: { field: string; message: string }[] };
    const details = (error.details ?? []).map((d) => `\n  - ${d.field}: ${d.message}`).join('');
    return `${error.message ?? body.toString('utf8')}${details}`;
  } catch {
    return body.toString('utf8').slice(0, 500);
  }
}
