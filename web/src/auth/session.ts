/**
 * The signed-in user's token, kept for this browser session only (sessionStorage), and what
 * it says about them. The claims are read to label the screen and pick the user's home page;
 * the service checks the signature on every request, so nothing here is trusted for access.
 */
const KEY = 'cfm.token';

export interface Who {
  subject: string;
  role: 'force_finance' | 'pcc_office' | 'alliance_board' | 'viewer' | 'admin';
  force?: string;
  alliance?: string;
  /** Seconds since 1970, from the token. */
  expires?: number;
}

/** A sign-in link's token (`#token=…`), removed from the address bar and history once read. */
export function takeTokenFromFragment(location: Location, history: History): string | null {
  const match = /(?:^#|&)token=([\w-]+\.[\w-]+\.[\w-]+)/.exec(location.hash);
  if (!match) return null;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return match[1];
}

/**
 * Keeps a sign-in link's token for the session, when it is one this service could have made.
 * Called as the page's script starts, before React's first render: React renders in a later
 * task, and a page left or reloaded before then (quick hands, a slow machine) lost the token
 * and came back at the sign-in screen.
 */
export function keepTokenFromLink(location: Location, history: History): void {
  const fromLink = takeTokenFromFragment(location, history);
  if (fromLink && whoIs(fromLink)) keepToken(fromLink);
}

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function keepToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

/** The token's claims, or null when it is not a token this service could have made. */
export function whoIs(token: string): Who | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as Record<string, unknown>;
    if (typeof claims.sub !== 'string' || typeof claims.role !== 'string') return null;
    return {
      subject: claims.sub,
      role: claims.role as Who['role'],
      force: typeof claims.force === 'string' ? claims.force : undefined,
      alliance: typeof claims.alliance === 'string' ? claims.alliance : undefined,
      expires: typeof claims.exp === 'number' ? claims.exp : undefined,
    };
  } catch {
    return null;
  }
}

const ROLE_NAMES: Record<Who['role'], string> = {
  force_finance: 'Force finance',
  pcc_office: 'PCC office',
  alliance_board: 'Alliance board',
  viewer: 'Viewer',
  admin: 'Administrator',
};

/** "Force finance · herts · cfo@herts", for the header. */
export function describeWho(who: Who): string {
  const scope = who.force ?? who.alliance ?? 'all forces and alliances';
  return `${ROLE_NAMES[who.role] ?? who.role} · ${scope} · ${who.subject}`;
}
