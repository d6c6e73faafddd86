import { mayAccess, permissionForStream, type Membership, type Permission } from './access-rules';
import { principalFromClaims, type Principal } from './principal';
import { TokenIssuer } from './token-issuer';
import { UnauthenticatedError, InvalidInputError } from '../common/errors';

const bch: Membership = {
  membersOf: (a) => (a === 'bch' ? ['beds', 'cambs', 'herts'] : []),
  alliancesOf: (f) => (['beds', 'cambs', 'herts'].includes(f) ? ['bch'] : []),
};
const hertsFinance: Principal = { subject: 'cfo@herts', role: 'force_finance', force: 'herts' };
const hertsPcc: Principal = { subject: 'pcc@herts', role: 'pcc_office', force: 'herts' };
const board: Principal = { subject: 'board@bch', role: 'alliance_board', alliance: 'bch' };
const viewer: Principal = { subject: 'panel@herts', role: 'viewer', force: 'herts' };
const admin: Principal = { subject: 'root', role: 'admin' };

const may = (p: Principal, permission: Permission, target: { force?: string; alliance?: string }) => mayAccess(p, permission, target, bch);

describe('access rules', () => {
  it('lets force finance write its own force’s budgets, and nobody else’s', () => {
    expect(may(hertsFinance, 'force.finance.write', { force: 'herts' })).toBe(true);
    expect(may(hertsFinance, 'force.finance.write', { force: 'beds' })).toBe(false);
    expect(may(hertsFinance, 'force.precept.write', { force: 'herts' })).toBe(false);
  });

  it('lets the PCC office write its force’s precept, tax base and collection fund, and read its force', () => {
    expect(may(hertsPcc, 'force.precept.write', { force: 'herts' })).toBe(true);
    expect(may(hertsPcc, 'force.finance.write', { force: 'herts' })).toBe(false);
    expect(may(hertsPcc, 'force.read', { force: 'herts' })).toBe(true);
    expect(may(hertsPcc, 'force.read', { force: 'cambs' })).toBe(false);
  });

  it('lets the alliance board write its alliance and read its members’ collaboration figures, but not their MTFPs', () => {
    expect(may(board, 'alliance.write', { alliance: 'bch' })).toBe(true);
    expect(may(board, 'alliance.write', { alliance: 'other' })).toBe(false);
    expect(may(board, 'force.collaboration.read', { force: 'herts' })).toBe(true);
    expect(may(board, 'force.collaboration.read', { force: 'kent' })).toBe(false);
    expect(may(board, 'force.read', { force: 'herts' })).toBe(false);
  });

  it('lets viewers read their scope only, and write nothing', () => {
    expect(may(viewer, 'force.read', { force: 'herts' })).toBe(true);
    expect(may(viewer, 'force.read', { force: 'beds' })).toBe(false);
    expect(may(viewer, 'force.finance.write', { force: 'herts' })).toBe(false);
  });

  it('lets a member force read its alliance', () => {
    expect(may(hertsFinance, 'alliance.read', { alliance: 'bch' })).toBe(true);
    expect(may(hertsFinance, 'alliance.write', { alliance: 'bch' })).toBe(false);
  });

  it('keeps reference data and registering forces to admins, who may do everything', () => {
    for (const p of [hertsFinance, hertsPcc, board, viewer]) {
      expect(may(p, 'reference.write', {})).toBe(false);
      expect(may(p, 'forces.register', { force: 'herts' })).toBe(false);
    }
    expect(may(admin, 'reference.write', {})).toBe(true);
    expect(may(admin, 'force.finance.write', { force: 'beds' })).toBe(true);
  });

  it('reads a stream’s permission from its kind', () => {
    expect(permissionForStream('force-finance-herts')).toBe('force.read');
    expect(permissionForStream('force-collaboration-herts')).toBe('force.collaboration.read');
    expect(permissionForStream('alliance-bch')).toBe('alliance.read');
    expect(permissionForStream('reference-referendum-principles')).toBe('directory.read');
  });
});

describe('tokens', () => {
  const issuer = new TokenIssuer('a-secret-of-at-least-thirty-two-characters');

  it('round-trips a principal', () => {
    expect(issuer.verify(`Bearer ${issuer.issue(hertsFinance)}`)).toEqual(hertsFinance);
  });

  it('refuses a missing, malformed or forged token with 401', () => {
    expect(() => issuer.verify(undefined)).toThrow(UnauthenticatedError);
    expect(() => issuer.verify('Basic abc')).toThrow(UnauthenticatedError);
    const forged = new TokenIssuer('another-secret-of-at-least-thirty-two-chars').issue(admin);
    expect(() => issuer.verify(`Bearer ${forged}`)).toThrow(UnauthenticatedError);
  });

  it('accepts the codes the capabilities accept: alliance codes may hold hyphens', () => {
    expect(principalFromClaims({ sub: 'board', role: 'alliance_board', alliance: 'east-region' })).toMatchObject({
      alliance: 'east-region',
    });
    expect(() => principalFromClaims({ sub: 'x', role: 'force_finance', force: 'Herts!' })).toThrow(InvalidInputError);
  });

  it('refuses claims that make no sense', () => {
    expect(() => principalFromClaims({ sub: 'x', role: 'force_finance' })).toThrow(InvalidInputError);
    expect(() => principalFromClaims({ sub: 'x', role: 'superuser' })).toThrow(InvalidInputError);
    expect(() => issuer.issue({ subject: 'x', role: 'alliance_board' })).toThrow(/needs an alliance/);
  });
});
