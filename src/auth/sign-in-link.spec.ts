import { signInLink } from './sign-in-link';

describe('the sign-in link', () => {
  it('carries the token in the fragment, never in the path or query the browser sends', () => {
    const link = new URL(signInLink(3000, 'aaa.bbb.ccc'));
    expect(link.origin).toBe('http://localhost:3000');
    expect(link.pathname).toBe('/');
    expect(link.search).toBe('');
    expect(link.hash).toBe('#token=aaa.bbb.ccc');
  });
});
