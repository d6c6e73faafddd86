import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pathOf } from '../http/http-request';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Where `npm run build` puts the web app: <project>/dist/web, from src/web-app or dist/web-app alike. */
export const DEFAULT_WEB_DIR = resolve(__dirname, '..', '..', 'dist', 'web');

/** Vite names every built asset after its content, so a cached copy can never be stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the single-page app at `/` beside the API: hashed assets cached for a year,
 * index.html never cached (it names the current assets), and any other GET for a page that
 * is not an API path answered with index.html so the app's own routes survive a reload.
 * API paths, and every API 404, stay exactly as they were.
 */
export async function serveWebApp(app: INestApplication, fastify: FastifyInstance, webDir: string = DEFAULT_WEB_DIR): Promise<void> {
  const index = join(webDir, 'index.html');
  const apiPrefixes = lazy(() => controllerPrefixes(app));
  // Only reply.sendFile (ETag, Last-Modified, ranges, 304s): which file, and its caching, are decided here.
  await fastify.register(fastifyStatic, { root: webDir, serve: false, index: false });
  // A hook that has answered does not call done; every other request goes on to the API as before.
  // Not async: a write would otherwise wait a promise's turn for a hook that has nothing to do with it.
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return done();
    const path = pathOf(request);
    if (isApiPath(path, apiPrefixes())) return done();
    // A client that is not a browser (curl, a script) asking for the root learns where things are.
    if (path === '/' && !acceptsHtml(request)) return void reply.send(SIGNPOSTS);
    const file = fileUnder(webDir, path);
    if (file !== null) {
      void reply.header('Cache-Control', file.startsWith(`assets${sep}`) ? IMMUTABLE : 'no-cache');
      return void reply.sendFile(file, { cacheControl: false });
    }
    if (!existsSync(index) || !acceptsHtml(request) || path.startsWith('/assets/')) return done(); // the API's 404
    void reply.header('Cache-Control', 'no-cache');
    void reply.sendFile('index.html', { cacheControl: false });
  });
}

/** The file the URL path names inside the web app's folder (relative to it), or null: none there, or outside it. */
function fileUnder(webDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(webDir);
  const full = resolve(root, `.${decoded}`);
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).some((part) => part.startsWith('.'))) return null;
  try {
    return statSync(full).isFile() ? inside : null;
  } catch {
    return null;
  }
}

/** The answer to GET / for anything but a browser. */
export const SIGNPOSTS = {
  service: 'Collaboration finance modeller',
  webApp: 'Open / in a browser: the web app for force finance, PCC offices and alliance boards',
  docs: '/docs',
  openApi: '/docs-json',
  health: '/health',
  guide: 'README.md: two commands, recipes for each user, and docs/concepts.md',
};

/** The first path segment of every controller ("forces", "alliances", "health", ...), plus the API docs. */
export function controllerPrefixes(app: INestApplication): Set<string> {
  const prefixes = new Set<string>(['docs', 'docs-json', 'docs-yaml']);
  for (const module of app.get(ModulesContainer).values()) {
    for (const controller of module.controllers.values()) {
      const path = controller.metatype ? (Reflect.getMetadata(PATH_METADATA, controller.metatype) as unknown) : undefined;
      for (const one of Array.isArray(path) ? path : [path]) {
        if (typeof one === 'string') prefixes.add(one.replace(/^\//, '').split('/')[0]);
      }
    }
  }
  return prefixes;
}

export function isApiPath(path: string, prefixes: Set<string>): boolean {
  const first = path.replace(/^\//, '').split('/')[0];
  return first !== '' && prefixes.has(first);
}

function acceptsHtml(req: FastifyRequest): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
