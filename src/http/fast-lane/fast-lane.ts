import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { correlationIdOf } from '../correlation-id';
import { pathOf } from '../http-request';

/**
 * A way to answer a request without the framework: it answers (and says so with `true`) or
 * leaves the request to the framework (`false`). A lane only ever answers what the full pipeline has
 * already answered the same way – it replays, it never decides anything new.
 */
export interface Lane {
  readonly name: string;
  answer(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean>;
}

/** Who a lane answered, for the request log (the same fields the request logger writes). */
export interface LaneAnswer {
  status: number;
  actor: string | null;
}

const answered = new WeakMap<IncomingMessage, LaneAnswer>();

/** A lane calls this once it has written the answer, so the request log can name the actor. */
export function markAnswered(req: IncomingMessage, answer: LaneAnswer): void {
  answered.set(req, answer);
}

/**
 * Puts the lanes in front of the application on the HTTP server: each request is offered to
 * them in turn, and the first that answers ends it; otherwise it goes to the framework (Nest on
 * Fastify) as before. The framework's routing, hooks, guards and interceptors are most of a
 * cached answer's time, so answers the service has already worked out go out at close to plain
 * node:http's rate. A lane that fails leaves the request to the framework, which answers it the
 * slow, sure way.
 */
export function installFastLanes(server: Server, lanes: readonly Lane[], logger?: LoggerService): void {
  const application = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (application.length !== 1) throw new Error(`expected one request listener (the application), found ${application.length}`);
  const [framework] = application;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // Lanes only replay GET answers: every other request goes straight on, without a promise in between.
    if (req.method !== 'GET') return framework(req, res);
    const started = logger ? process.hrtime.bigint() : 0n;
    offer(lanes, 0, req, res).then(
      (done) => {
        if (!done) return framework(req, res);
        if (logger) logAnswer(logger, req, started);
      },
      () => framework(req, res),
    );
  });
}

async function offer(lanes: readonly Lane[], from: number, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  for (let i = from; i < lanes.length; i++) {
    if (await lanes[i].answer(req, res)) return true;
  }
  return false;
}

function logAnswer(logger: LoggerService, req: IncomingMessage, started: bigint): void {
  const answer = answered.get(req);
  logger.log(
    {
      msg: 'request',
      method: req.method,
      path: pathOf({ url: req.url ?? '' }),
      status: answer?.status ?? 200,
      ms: Number(process.hrtime.bigint() - started) / 1e6,
      actor: answer?.actor ?? null,
      correlationId: correlationIdOf(req),
    },
    'HTTP',
  );
}
