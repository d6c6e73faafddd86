// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keepTokenFromLink, storedToken } from './session';

const claims = (body: object) => btoa(JSON.stringify(body)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const TOKEN = `eyJhbGciOiJIUzI1NiJ9.${claims({ sub: 'cfo@herts', role: 'force_finance', force: 'herts' })}.c2lnbmF0dXJl`;

describe('a sign-in link', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('has its token kept for the session and taken out of the address bar, as the page starts', () => {
    history.replaceState(null, '', `/app/forces/herts/mtfp?year=2017/18#token=${TOKEN}`);

    keepTokenFromLink(window.location, window.history);

    expect(storedToken()).toBe(TOKEN);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/app/forces/herts/mtfp?year=2017/18');
  });

  it('keeps nothing from a fragment that is not a token this service could have made, and leaves a stored one alone', () => {
    sessionStorage.setItem('cfm.token', TOKEN);
    history.replaceState(null, '', `/#token=not.a.token`);

    keepTokenFromLink(window.location, window.history);

    expect(storedToken()).toBe(TOKEN);
  });
});
