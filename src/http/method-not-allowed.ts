import { MethodNotAllowedException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pathOf } from './http-request';

/** The methods the service answers anywhere; HEAD comes with every GET. */
const SERVED = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A route as this check reads it: what its pattern matches, and the methods it takes there. */
interface RouteMethods {
  pattern: RegExp;
  methods: Set<string>;
}

/**
 * An onRequest hook: a method the path does not take answers 405 with `Allow` naming those it
 * does, rather than 404 as if the path did not exist: `DELETE /forces/herts` says "Allow: GET,
 * HEAD". A method the service takes nowhere (TRACE, PROPFIND, ...) answers 405 on any path, with
 * the methods the path takes (none, for a path that does not exist). OPTIONS on a path with
 * routes answers 204 with Allow. Everything else goes on to the routes as before.
 *
 * Installed before the application's routes are registered: it learns them as they are.
 */
export function methodNotAllowed(fastify: FastifyInstance) {
  const routes: RouteMethods[] = [];
  fastify.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toUpperCase());
    const pattern = patternOf(route.url);
    const known = routes.find((r) => r.pattern.source === pattern.source);
    if (known) for (const m of methods) known.methods.add(m);
    else routes.push({ pattern, methods: new Set(methods) });
  });
  const allowedOn = rememberedPerPath(routes);
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void => {
    const path = pathOf(request);
    const allowed = allowedOn(path);
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS' && allowed.length > 0) {
      void reply.header('Allow', allowed.join(', ')).code(204).send();
      return;
    }
    const servedHere = allowed.length === 0 ? SERVED.has(method) : allowed.includes(method);
    if (servedHere) return done();
    void reply.header('Allow', allowed.join(', '));
    const where = allowed.length === 0 ? 'this service' : path.slice(0, 200);
    done(new MethodNotAllowedException(`${method.slice(0, 20)} is not accepted by ${where}${allowedText(allowed)}.`));
  };
}

function allowedText(allowed: readonly string[]): string {
  return allowed.length === 0 ? '' : `; it takes ${allowed.join(', ')}`;
}

/** "/forces/:force/budget-items" → /^\/forces\/[^/]+\/budget-items\/?$/ ("*" matches the rest of the path). */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source.replace(/\/$/, '')}/?$`);
}

/** Paths whose methods are remembered; past this the memory is cleared (a flood of made-up paths costs no more than before). */
const MAX_REMEMBERED_PATHS = 1000;

/**
 * `methodsOf`, remembered per path: matching every route of the service for every request was
 * about 3 % of a write's CPU time. The routes are fixed once the app is up; should more be
 * added, the memory starts again.
 */
function rememberedPerPath(routes: readonly RouteMethods[]): (path: string) => string[] {
  const remembered = new Map<string, string[]>();
  let known = -1;
  return (path) => {
    if (routes.length !== known || remembered.size >= MAX_REMEMBERED_PATHS) {
      remembered.clear();
      known = routes.length;
    }
    let methods = remembered.get(path);
    if (!methods) remembered.set(path, (methods = methodsOf(routes, path)));
    return methods;
  };
}

/** The methods the routes matching `path` take, HEAD with GET; [] when no route matches. */
function methodsOf(routes: readonly RouteMethods[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (!route.pattern.test(path)) continue;
    for (const method of route.methods) if (SERVED.has(method)) methods.add(method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].filter((m) => m !== 'OPTIONS').sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
