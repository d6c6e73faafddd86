import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A closed-loop HTTP/1.1 load generator: `connections` keep-alive sockets, each sending the same
 * request as soon as the previous answer has arrived, for `durationMs` after `warmupMs`. It
 * writes pre-built request bytes and reads only the status line and Content-Length, so it costs
 * far less per request than node:http's client and the server, not the generator, is measured.
 * It runs in a worker thread (its own event loop, and so the machine's other core).
 */
export interface LoadJob {
  port: number;
  path: string;
  headers: Record<string, string>;
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** Every answer must have this status, or the run fails (a benchmark of 404s or 429s would mean nothing). */
  expectStatus: number;
  /**
   * Writes instead of GETs: connection i POSTs to paths[i % paths.length], each request's JSON body
   * `body` with every "{n}" replaced by a number unique in the run. Other statuses than the
   * expected one are counted rather than failing the run, and the numbers of the writes answered
   * with the expected status are returned, so the caller can look for each of them in the store.
   */
  post?: { paths: string[]; body: string };
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  bytes: number;
  /** Latencies of the requests answered in the timed window, in ms (sorted ascending). */
  latenciesMs: number[];
  /** The first status other than the expected one, with the start of its head. */
  unexpected?: string;
  /** For posts: how many answers of each status, over the whole run (warm-up and drain too). */
  statuses?: Record<string, number>;
  /** For posts: the "{n}" of every write answered with the expected status. */
  acknowledged?: number[];
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** A POST of `body` as JSON, with the job's headers. */
function postBytes(job: LoadJob, path: string, body: string): Buffer {
  const lines = [`POST ${path} HTTP/1.1`, `Host: 127.0.0.1:${job.port}`, 'Connection: keep-alive', 'Content-Type: application/json'];
  for (const [name, value] of Object.entries(job.headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`);
}

function requestBytes(job: LoadJob): Buffer {
  const lines = [`GET ${job.path} HTTP/1.1`, `Host: 127.0.0.1:${job.port}`, 'Connection: keep-alive'];
  for (const [name, value] of Object.entries(job.headers)) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
}

/** Reads the answers of one socket: head, then Content-Length bytes of body. */
class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private bodyLeft = -1;
  private sentAt = 0n;

  constructor(
    private readonly socket: Socket,
    private readonly request: () => Buffer,
    private readonly onAnswer: (status: number, head: string, ms: number, bytes: number) => boolean,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.read(chunk));
  }

  send(): void {
    this.sentAt = process.hrtime.bigint();
    this.socket.write(this.request());
  }

  private status = 0;
  private head = '';
  private total = 0;

  private read(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.bodyLeft < 0) {
        const end = this.buffer.indexOf(HEADER_END);
        if (end < 0) return;
        this.head = this.buffer.subarray(0, end).toString('latin1');
        this.status = Number(this.head.slice(9, 12));
        const length = /\r\ncontent-length: *(\d+)/i.exec(this.head);
        if (/\r\ntransfer-encoding: *chunked/i.test(this.head)) throw new Error('chunked answers are not supported by the generator');
        this.bodyLeft = length ? Number(length[1]) : 0;
        this.total = end + 4 + this.bodyLeft;
        this.buffer = this.buffer.subarray(end + 4);
      }
      if (this.buffer.length < this.bodyLeft) {
        this.bodyLeft -= this.buffer.length;
        this.buffer = Buffer.alloc(0);
        return;
      }
      this.buffer = this.buffer.subarray(this.bodyLeft);
      this.bodyLeft = -1;
      const ms = Number(process.hrtime.bigint() - this.sentAt) / 1e6;
      if (this.onAnswer(this.status, this.head, ms, this.total)) this.send();
      else this.socket.destroy();
    }
  }
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const get = requestBytes(job);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const acknowledged: number[] = [];
  let next = 0;
  let requests = 0;
  let bytes = 0;
  let unexpected: string | undefined;
  let phase: 'warmup' | 'timed' | 'done' = 'warmup';
  let open = 0;
  let finished: () => void = () => undefined;
  const allClosed = new Promise<void>((resolve) => (finished = resolve));
  const onAnswer = (status: number, head: string, ms: number, size: number): boolean => {
    if (job.post) statuses[status] = (statuses[status] ?? 0) + 1;
    else if (status !== job.expectStatus && unexpected === undefined) unexpected = head.slice(0, 300);
    if (phase === 'timed') {
      latencies.push(ms);
      requests++;
      bytes += size;
    }
    return phase !== 'done';
  };
  for (let i = 0; i < job.connections; i++) {
    const socket = connect(job.port, '127.0.0.1');
    open++;
    socket.on('close', () => {
      if (--open === 0) finished();
    });
    socket.on('error', (error) => {
      if (phase !== 'done') unexpected ??= `socket error: ${error.message}`;
    });
    const post = job.post;
    let sent = -1;
    const request = post
      ? () => postBytes(job, post.paths[i % post.paths.length], post.body.replaceAll('{n}', String((sent = next++))))
      : () => get;
    const answered = post
      ? (status: number, head: string, ms: number, size: number) => {
          if (status === job.expectStatus) acknowledged.push(sent);
          return onAnswer(status, head, ms, size);
        }
      : onAnswer;
    const connection = new Connection(socket, request, answered);
    socket.once('connect', () => connection.send());
  }
  await new Promise((resolve) => setTimeout(resolve, job.warmupMs));
  phase = 'timed';
  const began = process.hrtime.bigint();
  await new Promise((resolve) => setTimeout(resolve, job.durationMs));
  phase = 'done';
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  await Promise.race([allClosed, new Promise((resolve) => setTimeout(resolve, 2000))]);
  latencies.sort((a, b) => a - b);
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    bytes,
    latenciesMs: latencies,
    ...(unexpected ? { unexpected } : {}),
    ...(job.post ? { statuses, acknowledged } : {}),
  };
}

if (parentPort && workerData) {
  const port = parentPort;
  runLoad(workerData as LoadJob).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: String(error instanceof Error ? error.stack : error) }),
  );
}

/**
 * Two timed runs of the same load as one: the baseline is measured half just before the service
 * and half just after, so a machine that speeds up or slows down during the run (this one is
 * shared) moves the baseline as it moves the service.
 */
export function combineRuns(a: LoadResult, b: LoadResult): LoadResult {
  const requests = a.requests + b.requests;
  const seconds = a.seconds + b.seconds;
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    bytes: a.bytes + b.bytes,
    latenciesMs: [...a.latenciesMs, ...b.latenciesMs].sort((x, y) => x - y),
    ...((a.unexpected ?? b.unexpected) ? { unexpected: a.unexpected ?? b.unexpected } : {}),
  };
}
