import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A body that could not be read as its headers say; the exception filter answers it. */
export class UnreadableBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export const NOT_JSON = 'The request body is not valid JSON.';
const TOO_LARGE = 'The request body is too large.';

/** What every write accepts today: JSON, also under a structured-syntax suffix (application/merge-patch+json). */
export const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'] as const;

/**
 * The media types read as JSON (application/json, and a structured-syntax
 * suffix such as application/merge-patch+json), as the one pattern Fastify's parser needs, with
 * or without parameters.
 */
const JSON_TYPE = new RegExp(`^(?:${JSON_MEDIA_TYPES.map(mediaTypePattern).join('|')})\\s*(?:;|$)`, 'i');

/** "type/subtype" as itself; "type/*+suffix" as any subtype ending in +suffix. */
function mediaTypePattern(mediaType: string): string {
  const escaped = (text: string) => text.replace(/[.+]/g, (c) => `\\${c}`);
  const [type, subtype] = mediaType.split('/');
  return subtype.startsWith('*+') ? `${escaped(type)}/[\\w.!#$&^-]+${escaped(subtype.slice(1))}` : `${escaped(type)}/${escaped(subtype)}`;
}

export interface BodyLimits {
  /** Bytes of JSON a request may send (BODY_LIMIT), before and after decompression. */
  jsonLimit: number;
  /** The media types read as bytes (spreadsheet imports), and how many bytes they may be. */
  spreadsheetTypes: readonly string[];
  spreadsheetLimit: number;
}

/**
 * How request bodies are read, as the service has always read them:
 * - JSON (strictly: an object or a list at the top; an empty body is `{}`), in UTF-8, up to
 *   BODY_LIMIT; a key such as `__proto__` is kept as a field, for the body guard to name and refuse;
 * - spreadsheet imports as bytes, up to their own limit;
 * - either may be sent gzip, deflate or br compressed, and is limited after decompression too;
 * - anything else is left unread and `body` is undefined, so the endpoint's own check
 *   (AcceptsBodyGuard, after authentication) answers 415 and tells a stranger nothing.
 */
export function installBodyParsers(fastify: FastifyInstance, limits: BodyLimits): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(JSON_TYPE, { parseAs: 'buffer', bodyLimit: limits.jsonLimit }, (request, body, done) => {
    try {
      done(null, parseStrictJson(textOf(request.headers, decoded(request.headers, body as Buffer, limits.jsonLimit))));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  fastify.addContentTypeParser(
    [...limits.spreadsheetTypes],
    { parseAs: 'buffer', bodyLimit: limits.spreadsheetLimit },
    (request, body, done) => {
      try {
        done(null, decoded(request.headers, body as Buffer, limits.spreadsheetLimit));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  fastify.addContentTypeParser('*', (_request: FastifyRequest, _payload: unknown, done: (error: null, body: undefined) => void) =>
    done(null, undefined),
  );
  // A Content-Type that is no media type at all ("json", "") would be refused by Fastify before
  // authentication; it is set aside so the body goes unread like any other type's.
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const sent = request.headers['content-type'];
    if (sent !== undefined && !MEDIA_TYPE.test(sent)) {
      setAside.set(request.raw, sent);
      delete request.headers['content-type'];
    }
    done(null, payload);
  });
}

/** type/subtype, then any parameters. */
const MEDIA_TYPE = /^\s*[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+\s*(?:;.*)?$/;
const setAside = new WeakMap<IncomingMessage, string>();

/** The Content-Type the client sent, including one set aside as unreadable. */
export function contentTypeSent(request: { raw: IncomingMessage; headers: IncomingHttpHeaders }): string | undefined {
  return setAside.get(request.raw) ?? request.headers['content-type'];
}

/** JSON.parse, refusing a bare value at the top (as body-parser's strict mode did); no bytes is `{}`. */
export function parseStrictJson(text: string): unknown {
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[') throw new UnreadableBodyError(400, NOT_JSON);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnreadableBodyError(400, NOT_JSON);
  }
}

/** The body's bytes as its Content-Encoding says they were compressed, at most `limit` of them. */
function decoded(headers: IncomingHttpHeaders, body: Buffer, limit: number): Buffer {
  const encoding = (headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const inflate = INFLATE[encoding];
  if (inflate === undefined)
    throw new UnreadableBodyError(
      415,
      `The body's Content-Encoding ${encoding.slice(0, 40)} is not one this service reads: send gzip, deflate, br or none.`,
    );
  if (inflate === null) return body;
  try {
    return inflate(body, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new UnreadableBodyError(413, TOO_LARGE);
    throw new UnreadableBodyError(400, `The body could not be decompressed as ${encoding}.`);
  }
}

type Inflate = (body: Buffer, options: { maxOutputLength: number }) => Buffer;
const INFLATE: Record<string, Inflate | null> = {
  identity: null,
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** The bytes as text: JSON is read as UTF-8, the only charset a JSON body may have (RFC 8259). */
function textOf(headers: IncomingHttpHeaders, body: Buffer): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
    throw new UnreadableBodyError(415, `Send JSON in UTF-8, not ${charset.slice(0, 40)}.`);
  return body.toString('utf8');
}
