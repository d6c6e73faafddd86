import type { Role } from '../../src/auth/principal';

/**
 * Who may do what, written out by hand for the access matrix (access-matrix.e2e.spec.ts),
 * independently of the rules in src/auth: every endpoint, the roles that may use it in their
 * own scope, and the streams whose audit trail each role may read.
 */

export type Actor = 'forceFinance' | 'pccOffice' | 'allianceBoard' | 'viewer' | 'admin';
export const ACTORS: Record<Actor, { role: Role; force?: string; alliance?: string }> = {
  forceFinance: { role: 'force_finance', force: 'herts' },
  pccOffice: { role: 'pcc_office', force: 'herts' },
  allianceBoard: { role: 'alliance_board', alliance: 'bch' },
  viewer: { role: 'viewer', force: 'herts' },
  admin: { role: 'admin' },
};

// Own scope: Hertfordshire and BCH (of which it is a member). Other scope: Kent, and an alliance Kent leads.
// Each force has a scenario, discarded so that no write the matrix sends can record anything.
export const OWN = { force: 'herts', alliance: 'bch', scenario: 'herts-matrix' };
export const OTHER = { force: 'kent', alliance: 'kse', scenario: 'kent-matrix' };

export interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  /** Who may, within their own scope (admin may always, anywhere). */
  allowed: Actor[];
  /** Whether the same actors may also reach the OTHER scope (directory reads). */
  anyScope?: boolean;
  /** For endpoints that take the scope from the body's code. */
  bodyCode?: 'force' | 'alliance';
  /** For endpoints that take the force from the body's `force` (a new scenario). */
  bodyForce?: boolean;
}

const forceFinance: Actor[] = ['forceFinance'];
const pcc: Actor[] = ['pccOffice'];
const board: Actor[] = ['allianceBoard'];
const nobodyButAdmin: Actor[] = [];
const forceReaders: Actor[] = ['forceFinance', 'pccOffice', 'viewer'];
const allianceReaders: Actor[] = ['allianceBoard', 'forceFinance', 'pccOffice'];
const everyone: Actor[] = ['forceFinance', 'pccOffice', 'allianceBoard', 'viewer'];
const modellers: Actor[] = ['forceFinance', 'pccOffice'];

export const WRITES: Row[] = [
  { method: 'POST', path: '/forces', allowed: nobodyButAdmin, bodyCode: 'force' },
  { method: 'PUT', path: '/forces/{force}/name', allowed: nobodyButAdmin },
  { method: 'POST', path: '/forces/{force}/plan-period', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/budgets', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/assumptions', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/budget-items', allowed: forceFinance },
  { method: 'PATCH', path: '/forces/{force}/budget-items/{itemId}', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/budget-items/{itemId}/withdrawal', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/funding', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/tax-base', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/collection-fund', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/precepts', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/precept-assumptions', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/specific-grants', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/specific-grants/{grantId}/withdrawal', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/capital-schemes', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/capital-schemes/{schemeId}/withdrawal', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/capital-financing-assumptions', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/pay-awards', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/pay-on-costs', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/establishment', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/inflation-category-rates', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/reserves', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/reserves/{reserve}/movements', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/reserves/{reserve}/purpose-category', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/minimum-general-reserve', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/forecast-outturns', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/outturns', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/collaboration-spend', allowed: forceFinance },
  { method: 'PUT', path: '/forces/{force}/alliances/{alliance}/contribution-replaces', allowed: forceFinance },
  { method: 'POST', path: '/referendum-principles', allowed: nobodyButAdmin },
  { method: 'POST', path: '/referendum-principles/withdrawal', allowed: nobodyButAdmin },
  { method: 'POST', path: '/referendum-principles/members', allowed: nobodyButAdmin },
  { method: 'POST', path: '/collaboration-averages', allowed: nobodyButAdmin },
  { method: 'POST', path: '/alliances', allowed: board, bodyCode: 'alliance' },
  { method: 'POST', path: '/alliances/{alliance}/members', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/invitations', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/invitations/{force}/withdrawal', allowed: board },
  // Only the force answers its invitations: never the board.
  { method: 'POST', path: '/forces/{force}/alliance-invitations/{alliance}/accept', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/alliance-invitations/{alliance}/decline', allowed: forceFinance },
  { method: 'POST', path: '/alliances/{alliance}/members/{force}/departure', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units/{unit}/cost-shares', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units/{unit}/budgets', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units/{unit}/shares', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/programmes', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/programmes/{programme}/savings', allowed: board },
  { method: 'PUT', path: '/alliances/{alliance}/programmes/{programme}/recurrence', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/programmes/{programme}/costs-to-achieve', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/programmes/{programme}/variance-explanations', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units/{unit}/outturns', allowed: board },
  { method: 'PUT', path: '/alliances/{alliance}/rag-thresholds', allowed: board },
  { method: 'POST', path: '/scenarios', allowed: modellers, bodyForce: true },
  { method: 'POST', path: '/scenarios/{scenario}/overrides', allowed: modellers },
  { method: 'POST', path: '/scenarios/{scenario}/keep', allowed: modellers },
  { method: 'POST', path: '/scenarios/{scenario}/discard', allowed: modellers },
  { method: 'POST', path: '/forces/{force}/stress-tests', allowed: modellers },
];

export const READS: Row[] = [
  { method: 'GET', path: '/forces', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/forces/{force}', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/referendum-principles', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/alliances', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/forces/{force}/finance', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/mtfp', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/mtfp/explain', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/precept-options', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/precept-report', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/plan-workbook', allowed: forceReaders },
  { method: 'POST', path: '/forces/{force}/plan-workbook', allowed: forceFinance },
  { method: 'GET', path: '/forces/{force}/budget-items/{itemId}', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/reserves/{reserve}', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/audit', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/collaboration', allowed: [...forceReaders, 'allianceBoard'] },
  { method: 'GET', path: '/alliances/{alliance}', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/collaboration-shares', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/benefits-realisation', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/benefits-report', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/audit', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/invitations', allowed: allianceReaders },
  { method: 'GET', path: '/forces/{force}/alliance-invitations', allowed: forceReaders },
  // The list is open to everyone signed in, and shows each only the scenarios they may read.
  { method: 'GET', path: '/scenarios', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/scenarios/{scenario}', allowed: forceReaders },
  { method: 'GET', path: '/scenarios/{scenario}/compare', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/stress-tests', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/stress-tests/{run}', allowed: forceReaders },
];

/** The audit trail of a stream is scoped by the stream it names. */
export const STREAM_READS: { stream: string; own: boolean; allowed: Actor[] }[] = [
  { stream: 'force-herts', own: true, allowed: forceReaders },
  { stream: 'force-finance-herts', own: true, allowed: forceReaders },
  { stream: 'force-collaboration-herts', own: true, allowed: [...forceReaders, 'allianceBoard'] },
  { stream: 'alliance-bch', own: true, allowed: allianceReaders },
  { stream: 'force-finance-kent', own: false, allowed: [] },
  { stream: 'alliance-kse', own: false, allowed: [] },
  { stream: 'reference-referendum-principles', own: true, allowed: everyone },
  { stream: 'scenario--herts-herts-matrix', own: true, allowed: forceReaders },
  { stream: 'scenario--kent-kent-matrix', own: false, allowed: [] },
  { stream: 'stress-tests-herts', own: true, allowed: forceReaders },
  { stream: 'stress-tests-kent', own: false, allowed: [] },
];
