import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, query } from '../api/client';
import { ProgrammeTable } from '../benefits/ProgrammeTable';
import { SavingsCells, SavingsHeadings } from '../benefits/SavingsColumns';
import type { AuditJson, BenefitsJson, InvitationsJson, SharesJson } from '../benefits/types';
import { formatPounds } from '../format/money';
import { NotFound } from './NotFound';
import { ProblemOrLoading } from './ProblemOrLoading';
import { Downloads, ReportLink } from '../files/Downloads';
import { useForceNames } from '../api/force-names';

const money = (v: string | null) => formatPounds(v, { symbol: true });

/** The alliance board's benefits realisation, collaboration shares and invitations. */
export default function BenefitsScreen({ alliance, asOf }: { alliance: string; asOf?: string }) {
  const nameOf = useForceNames();
  const benefits = useQuery({
    queryKey: ['benefits', alliance, asOf],
    queryFn: () => api<BenefitsJson>(`/alliances/${alliance}/benefits-realisation${query({ asOf })}`),
  });
  if (benefits.error instanceof ApiError && benefits.error.status === 404) return <NotFound what={`Alliance "${alliance}"`} />;
  if (!benefits.data) return <ProblemOrLoading error={benefits.error} what="benefits realisation" />;
  const b = benefits.data;
  const years = [...new Set(b.programmes.flatMap((p) => p.years.map((y) => y.year)))].sort();
  return (
    <section aria-labelledby="benefits-title">
      <h1 id="benefits-title">Benefits realisation – {b.name}</h1>
      <p className="nav-links">
        <ReportLink path={`/alliances/${alliance}/benefits-report${query({ asOf })}`} label="Board pack, printable (opens in a new tab)" />
      </p>
      <Downloads path={`/alliances/${alliance}/benefits-realisation${query({ asOf })}`} what="benefits realisation" />
      <table className="plain" data-testid="benefits-total">
        <caption>All programmes</caption>
        <thead>
          <tr>
            <th scope="col">Savings</th>
            <SavingsHeadings />
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Total</th>
            <SavingsCells t={b.total} />
          </tr>
        </tbody>
      </table>
      <h2>Each member&apos;s part</h2>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">Force</th>
            <th scope="col" className="num">
              Planned
            </th>
            <th scope="col" className="num">
              Forecast
            </th>
            <th scope="col" className="num">
              Realised
            </th>
          </tr>
        </thead>
        <tbody>
          {b.members.map((m) => (
            <tr key={m.force}>
              <th scope="row">{nameOf(m.force)}</th>
              <td className="num">{money(m.planned)}</td>
              <td className="num">{money(m.forecast)}</td>
              <td className="num">{money(m.realised)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {b.programmes.map((p) => (
        <ProgrammeTable key={p.programmeCode} programme={p} />
      ))}
      <RevisionTrail alliance={alliance} asOf={asOf} />
      {years.length ? <Shares alliance={alliance} asOf={asOf} years={years} /> : null}
      <Invitations alliance={alliance} asOf={asOf} />
    </section>
  );
}

/** Every forecast revision as recorded up to the as-at moment, with the reason given at the time (the alliance's audit trail). */
function RevisionTrail({ alliance, asOf }: { alliance: string; asOf?: string }) {
  const trail = useQuery({
    queryKey: ['audit', alliance, 'SavingsForecastRevised.v1', asOf],
    queryFn: () => api<AuditJson>(`/alliances/${alliance}/audit${query({ type: 'SavingsForecastRevised.v1', asOf })}`),
  });
  return (
    <section className="panel" aria-labelledby="revision-trail">
      <h2 id="revision-trail">Revision history, as recorded</h2>
      {!trail.data ? (
        <ProblemOrLoading error={trail.error} what="the revision history" />
      ) : trail.data.events.length === 0 ? (
        <p>No forecast has been revised.</p>
      ) : (
        <ul data-testid="revision-trail">
          {trail.data.events.map((e) => (
            <li key={e.id}>
              {e.metadata.recordedAt}, {e.metadata.actor}: {e.metadata.reason ?? String(e.data.reason ?? 'no reason given')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Shares({ alliance, asOf, years }: { alliance: string; asOf?: string; years: string[] }) {
  const nameOf = useForceNames();
  const [year, setYear] = useState(years[years.length - 1]);
  const shares = useQuery({
    queryKey: ['shares', alliance, year, asOf],
    queryFn: () => api<SharesJson>(`/alliances/${alliance}/collaboration-shares${query({ year, asOf })}`),
  });
  return (
    <section className="panel" aria-labelledby="shares-title">
      <h2 id="shares-title">Collaboration shares</h2>
      <Downloads path={`/alliances/${alliance}/collaboration-shares${query({ year, asOf })}`} what="the collaboration shares" />
      <label htmlFor="shares-year">Year</label>
      <select id="shares-year" value={year} onChange={(e) => setYear(e.target.value)}>
        {years.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </select>
      {!shares.data ? (
        <ProblemOrLoading error={shares.error} what="the shares" />
      ) : (
        <table className="plain">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col">Force</th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col" className="num">
                Contribution
              </th>
            </tr>
          </thead>
          <tbody>
            {shares.data.units.flatMap((u) =>
              u.shares.map((s, i) => (
                <tr key={`${u.unitCode}-${s.force}`}>
                  {i === 0 ? (
                    <th scope="row" rowSpan={u.shares.length}>
                      {u.name}
                    </th>
                  ) : null}
                  {i === 0 ? (
                    <td className="num" rowSpan={u.shares.length}>
                      {money(u.budget)}
                    </td>
                  ) : null}
                  <td>{nameOf(s.force)}</td>
                  <td className="num">{s.sharePercent} %</td>
                  <td className="num">{money(s.contribution)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Invitations({ alliance, asOf }: { alliance: string; asOf?: string }) {
  const nameOf = useForceNames();
  const invitations = useQuery({
    queryKey: ['invitations', alliance, asOf],
    queryFn: () => api<InvitationsJson>(`/alliances/${alliance}/invitations${query({ asOf })}`),
  });
  return (
    <section className="panel" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      {!invitations.data ? (
        <ProblemOrLoading error={invitations.error} what="the invitations" />
      ) : invitations.data.invitations.length === 0 ? (
        <p>No invitations are waiting for an answer.</p>
      ) : (
        <ul>
          {invitations.data.invitations.map((i) => (
            <li key={i.force}>
              {nameOf(i.force)}, from {i.fromYear}: {i.status ?? 'waiting for an answer'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
