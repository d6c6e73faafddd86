import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useForceNames, type DirectoryEntry } from '../api/directory-names';
import type { Who } from '../auth/session';
import { navigate } from '../router';

function Go({ to, children }: { to: string; children: string }) {
  return (
    <a href={to} onClick={(e) => (e.preventDefault(), navigate(to))}>
      {children}
    </a>
  );
}

function ForceLinks({ force, name }: { force: string; name?: string }) {
  return (
    <li>
      {name ?? force}: <Go to={`/app/forces/${force}/mtfp`}>Medium-term financial plan</Go> ·{' '}
      <Go to={`/app/forces/${force}/precept`}>Precept options</Go> · <Go to={`/app/forces/${force}/scenarios`}>Scenarios</Go> ·{' '}
      <Go to={`/app/forces/${force}/stress-tests`}>Stress tests</Go> · <Go to={`/app/forces/${force}/audit`}>Audit trail</Go>
    </li>
  );
}

function AllianceLinks({ alliance, name }: { alliance: string; name?: string }) {
  return (
    <li>
      {name ?? alliance}: <Go to={`/app/alliances/${alliance}/benefits`}>Benefits realisation, shares and invitations</Go> ·{' '}
      <Go to={`/app/alliances/${alliance}/audit`}>Audit trail</Go>
    </li>
  );
}

/** The start page: the screens the token's role and scope open (everyone may read the directory). */
export function Home({ who }: { who: Who }) {
  const nameOf = useForceNames();
  const forces = useQuery({ queryKey: ['forces'], queryFn: () => api<DirectoryEntry[]>('/forces'), enabled: who.role === 'admin' });
  const alliances = useQuery({
    queryKey: ['alliances'],
    queryFn: () => api<DirectoryEntry[]>('/alliances'),
    enabled: who.role === 'admin',
  });
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Your plans</h1>
      <ul className="home-links">
        {who.force ? <ForceLinks force={who.force} name={nameOf(who.force)} /> : null}
        {who.alliance ? <AllianceLinks alliance={who.alliance} /> : null}
        {who.role === 'admin' ? (forces.data ?? []).map((f) => <ForceLinks key={f.code} force={f.code} name={f.name} />) : null}
        {who.role === 'admin' ? (alliances.data ?? []).map((a) => <AllianceLinks key={a.code} alliance={a.code} name={a.name} />) : null}
      </ul>
    </section>
  );
}
