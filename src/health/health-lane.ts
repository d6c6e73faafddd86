import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { EventStore } from '../event-store/event-store.port';
import { isFresh } from '../http/answer-cache/if-none-match';
import { markAnswered, type Lane } from '../http/fast-lane/fast-lane';
import type { FactsRunner } from '../projections/projections.module';
import { weakEtagOf } from '../http/weak-etag';
import { healthAnswer } from './health-answer';

/** Made anew for each answer (the body changes with the head), or by Node: never replayed. */
const PER_ANSWER = /^(date|connection|keep-alive|content-length|transfer-encoding|etag)$/i;

/**
 * `GET /health` without the framework, so a monitor can tell a busy service from a dead one at
 * close to plain node:http's rate: the same answer as HealthController's, sent with the headers
 * the full pipeline sent the last time it answered /health (helmet's, the Content-Type), which
 * it learns from that answer. Until then, and for /health with a query string or a body, the framework answers.
 */
export class HealthLane implements Lane {
  readonly name = 'health';
  private headers: OutgoingHttpHeaders | null = null;
  /** How many requests this lane has answered (the rest went to the framework). */
  answered = 0;

  constructor(
    private readonly store: Pick<EventStore, 'headPosition' | 'kind'>,
    private readonly facts: FactsRunner,
  ) {}

  async answer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' || req.url !== '/health' || req.headers['content-length'] !== undefined) return false;
    if (req.headers['transfer-encoding'] !== undefined) return false;
    const headers = this.headers;
    if (headers === null) {
      res.once('finish', () => this.learn(res));
      return false;
    }
    const body = Buffer.from(JSON.stringify(await healthAnswer(this.store, this.facts)), 'utf8');
    const etag = weakEtagOf(body);
    const notModified = isFresh(req.headers, etag);
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && !(notModified && /^content-type$/i.test(name))) res.setHeader(name, value);
    }
    res.setHeader('ETag', etag);
    this.answered++;
    markAnswered(req, { status: notModified ? 304 : 200, actor: null });
    if (notModified) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.statusCode = 200;
    res.setHeader('Content-Length', body.length);
    res.end(body);
    return true;
  }

  private learn(res: ServerResponse): void {
    if (res.statusCode !== 200) return;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (!PER_ANSWER.test(name)) headers[name] = value;
    this.headers = headers;
  }
}
