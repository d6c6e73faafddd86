import { useState, type FormEvent } from 'react';
import { whoIs } from '../auth/session';

/** Sign in by pasting a token (`npm run token -- --role … --link` prints a link that skips this). */
export function SignIn({ onSignIn, expired }: { onSignIn: (token: string) => void; expired: boolean }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!whoIs(token)) return setProblem('That is not a token from this service: it should be three parts separated by dots.');
    onSignIn(token.trim());
  };
  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      {expired ? <p role="alert">The service did not accept your token (it may have expired). Sign in again.</p> : null}
      <p>
        Paste the token you were given, or open the sign-in link from{' '}
        <code>npm run token -- --role force_finance --force herts --link</code>.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="token">Token</label>
        <textarea
          id="token"
          rows={4}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={problem ? 'token-problem' : undefined}
          aria-invalid={problem ? true : undefined}
        />
        {problem ? (
          <p id="token-problem" className="field-error">
            {problem}
          </p>
        ) : null}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
