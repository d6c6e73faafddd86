import { MethodNotAllowedException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** What this middleware reads of Express's router: its route layers, each matching paths and handling methods. */
interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): unknown;
}
interface ExpressApp {
  router?: { stack: RouteLayer[] };
}

/** The methods the service answers anywhere; HEAD comes with every GET, OPTIONS is left to Express. */
const SERVED = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * A method the path does not take answers 405 with `Allow` naming those it does, rather than
 * 404 as if the path did not exist: `DELETE /forces/herts` says "Allow: GET, HEAD". A method the
 * service takes nowhere (TRACE, PROPFIND, ...) answers 405 on any path, with the methods the path
 * takes (none, for a path that does not exist). Everything else goes on to the routes as before.
 */
export function methodNotAllowed(app: object) {
  // Express's own types leave out Layer.match; it is there (router 2), and this is all we use.
  const express = app as ExpressApp;
  const allowedOn = rememberedPerPath(express);
  return (request: Request, response: Response, next: NextFunction): void => {
    const allowed = allowedOn(request.path);
    const method = request.method.toUpperCase();
    const servedHere = allowed.length === 0 ? SERVED.has(method) : allowed.includes(method) || method === 'OPTIONS';
    if (servedHere) return next();
    response.setHeader('Allow', allowed.join(', '));
    const where = allowed.length === 0 ? 'this service' : request.path.slice(0, 200);
    next(new MethodNotAllowedException(`${method.slice(0, 20)} is not accepted by ${where}${allowedText(allowed)}.`));
  };
}

function allowedText(allowed: readonly string[]): string {
  return allowed.length === 0 ? '' : `; it takes ${allowed.join(', ')}`;
}

/** Paths whose methods are remembered; past this the memory is cleared (a flood of made-up paths costs no more than before). */
const MAX_REMEMBERED_PATHS = 1000;

/**
 * `methodsOf`, remembered per path: matching every route of the service for every request was
 * about 3 % of a write's CPU time, on top of Express's own routing. The routes are fixed once
 * the app is up; should more be added, the memory starts again.
 */
function rememberedPerPath(express: ExpressApp): (path: string) => string[] {
  const remembered = new Map<string, string[]>();
  let routes = -1;
  return (path) => {
    const count = express.router?.stack.length ?? 0;
    if (count !== routes || remembered.size >= MAX_REMEMBERED_PATHS) {
      remembered.clear();
      routes = count;
    }
    let methods = remembered.get(path);
    if (!methods) remembered.set(path, (methods = methodsOf(express, path)));
    return methods;
  };
}

/** The methods the routes matching `path` take, HEAD with GET as Express answers it; [] when no route matches. */
function methodsOf(express: ExpressApp, path: string): string[] {
  const methods = new Set<string>();
  for (const layer of express.router?.stack ?? []) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
