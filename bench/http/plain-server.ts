import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PlainAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

/** The baseline: plain node:http answering every request with the bytes it is told to serve. */
export async function startPlainServer(): Promise<{ port: number; serve: (answer: PlainAnswer) => void; close: () => Promise<void> }> {
  let answer: PlainAnswer = { status: 200, contentType: 'text/plain', body: Buffer.from('ok') };
  const server = createServer((_req, res) => {
    res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': answer.body.length });
    res.end(answer.body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    serve: (next) => (answer = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
