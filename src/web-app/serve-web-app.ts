import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
export function serveWebApp(app: INestApplication, webDir: string = DEFAULT_WEB_DIR): void {
  const index = join(webDir, 'index.html');
  const apiPrefixes = lazy(() => controllerPrefixes(app));
  const assets = serveStatic(webDir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.includes(`${join(webDir, 'assets')}`) ? IMMUTABLE : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isApiPath(req.path, apiPrefixes())) return next();
    // A client that is not a browser (curl, a script) asking for the root learns where things are.
    if (req.path === '/' && !acceptsHtml(req)) return void res.json(SIGNPOSTS);
    assets(req, res, () => {
      if (!existsSync(index) || !acceptsHtml(req) || req.path.startsWith('/assets/')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
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

function acceptsHtml(req: Request): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
