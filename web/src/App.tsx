import { lazy, Suspense, useEffect, useState } from 'react';
import { useToken, whenUnauthorised } from './api/client';
import { AsOfBar } from './as-of/AsOf';
import { describeWho, forgetToken, keepToken, storedToken, whoIs, type Who } from './auth/session';
import { navigate, parseRoute, useLocation } from './router';
import { Home } from './screens/Home';
import { NotFound } from './screens/NotFound';
import { SignIn } from './screens/SignIn';

const MtfpScreen = lazy(() => import('./screens/MtfpScreen'));
const PreceptScreen = lazy(() => import('./screens/PreceptScreen'));
const BenefitsScreen = lazy(() => import('./screens/BenefitsScreen'));
const ScenariosScreen = lazy(() => import('./screens/ScenariosScreen'));
const StressTestsScreen = lazy(() => import('./screens/StressTestsScreen'));
const AuditScreen = lazy(() => import('./screens/AuditScreen'));

/** The signed-in token of this browser session (main.tsx keeps a sign-in link's before the first render). */
function initialToken(): string | null {
  const token = storedToken();
  return token && whoIs(token) ? token : null;
}

export function App() {
  const [token, setToken] = useState<string | null>(initialToken);
  const [expired, setExpired] = useState(false);
  useToken(token);
  useEffect(
    () =>
      whenUnauthorised(() => {
        forgetToken();
        setExpired(true);
        setToken(null);
      }),
    [],
  );
  const who = token ? whoIs(token) : null;
  const signIn = (next: string) => {
    keepToken(next);
    setExpired(false);
    setToken(next);
  };
  const signOut = () => {
    forgetToken();
    setToken(null);
    navigate('/', '');
  };
  if (!token || !who) return <SignIn onSignIn={signIn} expired={expired} />;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>
          Collaboration finance modeller
        </a>
        <span className="who" data-testid="who">
          Signed in as {describeWho(who)}
        </span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <AsOfBar />
      <main id="main">
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Screen who={who} />
        </Suspense>
      </main>
    </>
  );
}

function Screen({ who }: { who: Who }) {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname);
  const asOf = search.get('asOf') ?? undefined;
  switch (route.screen) {
    case 'home':
      return <Home who={who} />;
    case 'mtfp':
      return <MtfpScreen force={route.force} asOf={asOf} />;
    case 'precept':
      return <PreceptScreen force={route.force} asOf={asOf} />;
    case 'scenarios':
      return <ScenariosScreen force={route.force} asOf={asOf} />;
    case 'stress-tests':
      return <StressTestsScreen force={route.force} />;
    case 'audit':
      return <AuditScreen of={{ force: route.force }} />;
    case 'benefits':
      return <BenefitsScreen alliance={route.alliance} asOf={asOf} />;
    case 'alliance-audit':
      return <AuditScreen of={{ alliance: route.alliance }} />;
    case 'unknown':
      return <NotFound what="That page" />;
  }
}
