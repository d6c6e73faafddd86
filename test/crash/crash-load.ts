import { TokenIssuer } from '../../src/auth/token-issuer';
import type { ServiceProcess } from '../support/service-process';

/** The load the crash test puts on the service, and how it reads the answers back. */

export const JWT_SECRET = 'crash-test-secret-that-is-long-enough-0123456789';
export const FORCES = ['herts', 'beds', 'cambs'];

export interface Write {
  key: string;
  path: string;
  body: object;
}
export interface Ack {
  key: string;
  stream: string;
  revision: string;
  eventIds: string[];
}
export interface TrailEvent {
  id: string;
  revision: string;
  position: string;
  metadata: { idempotencyKey?: string };
}

const admin = `Bearer ${new TokenIssuer(JWT_SECRET).issue({ subject: 'crash-test', role: 'admin' })}`;
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function post(
  service: ServiceProcess,
  path: string,
  body: object,
  key?: string,
): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await fetch(`${service.url}${path}`, {
    method: 'POST',
    headers: { Authorization: admin, 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export async function get(service: ServiceProcess, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${service.url}${path}`, { headers: { Authorization: admin }, signal: AbortSignal.timeout(20_000) });
  return { status: res.status, text: await res.text() };
}

/** A write the service must accept whatever else has been recorded. */
export function nextWrite(round: number, writer: number, n: number): Write {
  const key = `r${round}-w${writer}-n${n}`;
  const force = pick(FORCES);
  const year = pick(['2016/17', '2017/18', '2018/19', '2019/20']);
  const pence = () => `${1 + Math.floor(Math.random() * 99_999)}.${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
  switch ((writer + n) % 5) {
    case 0:
      return {
        key,
        path: `/forces/${force}/budget-items`,
        body: {
          kind: pick(['cost_pressure', 'growth', 'saving']),
          fromYear: year,
          amount: pence(),
          recurrence: pick(['recurring', 'one_off']),
          description: `Item ${key}`,
        },
      };
    case 1:
      return {
        key,
        path: `/forces/${force}/reserves/budget-support/movements`,
        body: { year, direction: 'contribution', basis: 'planned', amount: pence(), supportsRevenueBudget: Math.random() < 0.5 },
      };
    case 2:
      return { key, path: '/forces', body: { code: `f${round}x${writer}x${n}`, name: `Force ${key}` } };
    case 3:
      return {
        key,
        path: '/alliances/bch/units/jps/budgets',
        body: { year, amount: `${30_000_000 + Math.floor(Math.random() * 1_000_000)}.00` },
      };
    default:
      return {
        key,
        path: '/alliances/bch/programmes/jps-savings/savings',
        body: { kind: 'forecast', year, amount: pence(), reason: `Forecast ${key}` },
      };
  }
}

/** What the read side answers, endpoint by endpoint, for comparing two processes. */
export async function readModels(service: ServiceProcess, pastPosition: string): Promise<Record<string, string>> {
  const paths = [
    '/forces',
    '/alliances',
    '/alliances/bch',
    '/alliances/bch/benefits-realisation',
    '/alliances/bch/collaboration-shares?year=2017/18',
    ...FORCES.flatMap((f) => [
      `/forces/${f}/finance`,
      `/forces/${f}/mtfp?from=2016/17&years=4`,
      `/forces/${f}/collaboration?from=2016/17&years=4`,
      `/forces/${f}/precept-options?year=2017/18`,
    ]),
    `/forces/herts/mtfp?from=2016/17&years=4&asOf=${pastPosition}`,
    `/forces?asOf=${pastPosition}`,
  ];
  const answers = await Promise.all(paths.map(async (path) => [path, await get(service, path)] as const));
  return Object.fromEntries(answers.map(([path, res]) => [path, `${res.status} ${res.text}`]));
}

/** Every event of a stream, paging through its audit trail. */
export async function trail(on: ServiceProcess, stream: string): Promise<TrailEvent[]> {
  const events: TrailEvent[] = [];
  let from: string | null = '0';
  while (from !== null) {
    const res = await get(on, `/streams/${stream}/events?fromRevision=${from}&limit=1000`);
    if (res.status !== 200) throw new Error(`GET /streams/${stream}/events: ${res.status} ${res.text}`);
    const page = JSON.parse(res.text) as { events: TrailEvent[]; nextRevision: string | null };
    events.push(...page.events);
    from = page.nextRevision;
  }
  return events;
}
