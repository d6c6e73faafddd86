import { useEffect, useState } from 'react';

/**
 * The app's few routes, on the History API (no router library: the first screen stays small).
 * All app pages live under /app/ so they never collide with the API's own paths.
 */
export type Route =
  | { screen: 'home' }
  | { screen: 'mtfp'; force: string }
  | { screen: 'precept'; force: string }
  | { screen: 'scenarios'; force: string }
  | { screen: 'stress-tests'; force: string }
  | { screen: 'audit'; force: string }
  | { screen: 'benefits'; alliance: string }
  | { screen: 'alliance-audit'; alliance: string }
  | { screen: 'unknown' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/app' || pathname === '/app/') return { screen: 'home' };
  const force = /^\/app\/forces\/([a-z0-9-]+)\/(mtfp|precept|scenarios|stress-tests|audit)\/?$/.exec(pathname);
  if (force) return { screen: force[2] as 'mtfp' | 'precept' | 'scenarios' | 'stress-tests' | 'audit', force: force[1] };
  const alliance = /^\/app\/alliances\/([a-z0-9-]+)\/(benefits|audit)\/?$/.exec(pathname);
  if (alliance)
    return alliance[2] === 'audit' ? { screen: 'alliance-audit', alliance: alliance[1] } : { screen: 'benefits', alliance: alliance[1] };
  return { screen: 'unknown' };
}

export function pathOf(route: Route): string {
  switch (route.screen) {
    case 'mtfp':
    case 'precept':
    case 'scenarios':
    case 'stress-tests':
    case 'audit':
      return `/app/forces/${route.force}/${route.screen}`;
    case 'benefits':
      return `/app/alliances/${route.alliance}/benefits`;
    case 'alliance-audit':
      return `/app/alliances/${route.alliance}/audit`;
    default:
      return '/';
  }
}

const listeners = new Set<() => void>();

/** Goes to another page of the app, keeping the "as at" moment unless told otherwise. */
export function navigate(path: string, search: string = window.location.search): void {
  window.history.pushState(null, '', `${path}${search}`);
  listeners.forEach((l) => l());
}

export function setSearchParam(key: string, value: string | null): void {
  const params = new URLSearchParams(window.location.search);
  if (value) params.set(key, value);
  else params.delete(key);
  const text = params.toString();
  navigate(window.location.pathname, text ? `?${text}` : '');
}

/** The current location, re-rendering on navigation and on back/forward. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((t) => t + 1);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
}
