import { useQuery } from '@tanstack/react-query';
import { api, ApiError, query } from '../api/client';
import { ProgrammeTable } from '../benefits/ProgrammeTable';
import { SavingsCells, SavingsHeadings } from '../benefits/SavingsColumns';
import type { AuditJson, BenefitsJson, InvitationsJson } from '../benefits/types';
import { SharesPanel } from '../benefits/SharesPanel';
import { BoardInputs } from '../benefits/BoardInputs';
import { formatPounds } from '../format/money';
import { NotFound } from './NotFound';
import { ProblemOrLoading } from './ProblemOrLoading';
import { Downloads, ReportLink } from '../files/Downloads';
import { useForceNames } from '../api/directory-names';
import { Headings } from '../grid/Headings';
import { formatDateTime } from '../format/date-time';

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
      <div className="grid-scroll" tabIndex={0} role="region" aria-label="Savings of all programmes">
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
            <tr data-testid="benefits-cashable">
              <th scope="row">Cashable</th>
              <SavingsCells t={b.cashableTotal} />
            </tr>
            <tr data-testid="benefits-non-cashable">
              <th scope="row">Non-cashable</th>
              <SavingsCells t={b.nonCashableTotal} />
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Each member&apos;s part</h2>
      <div className="grid-scroll" tabIndex={0} role="region" aria-label="Each member's part">
        <table className="plain" data-testid="benefits-members">
          <thead>
            <tr>
              <Headings
                columns={[
                  'Force',
                  { num: 'Planned' },
                  { num: 'Forecast' },
                  { num: 'Realised' },
                  { num: 'Costs to achieve' },
                  { num: 'Net benefit' },
                ]}
              />
            </tr>
          </thead>
          <tbody>
            {b.members.map((m) => (
              <tr key={m.force}>
                <th scope="row">{nameOf(m.force)}</th>
                <td className="num">{money(m.planned)}</td>
                <td className="num">{money(m.forecast)}</td>
                <td className="num">{money(m.realised)}</td>
                <td className="num">{money(m.costsToAchieve)}</td>
                <td className="num">{money(m.netBenefit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {b.programmes.map((p) => (
        <ProgrammeTable key={p.programmeCode} programme={p} />
      ))}
      <RevisionTrail alliance={alliance} asOf={asOf} />
      {asOf ? null : <BoardInputs alliance={alliance} programmes={b.programmes} />}
      {years.length ? <SharesPanel alliance={alliance} asOf={asOf} years={years} /> : null}
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
              <time dateTime={e.metadata.recordedAt}>{formatDateTime(e.metadata.recordedAt)}</time>, {e.metadata.actor}:{' '}
              {e.metadata.reason ?? String(e.data.reason ?? 'no reason given')}
            </li>
          ))}
        </ul>
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
