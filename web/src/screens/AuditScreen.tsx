import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, query } from '../api/client';
import { Downloads } from '../files/Downloads';
import { navigate, useLocation } from '../router';
import { NotFound } from './NotFound';
import { ProblemOrLoading } from './ProblemOrLoading';
import { formatDateTime } from '../format/date-time';
import { useAllianceNames, useForceNames } from '../api/directory-names';

interface AuditEntryJson {
  id: string;
  stream: string;
  type: string;
  position: string;
  metadata: { actor?: string; recordedAt?: string; reason?: string };
}

const FILTERS = ['type', 'actor', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

/** The audit trail of a force or an alliance, newest first: who changed what, when and why; filtered as the service filters. */
export default function AuditScreen({ of }: { of: { force: string } | { alliance: string } }) {
  const { search } = useLocation();
  const forceName = useForceNames();
  const allianceName = useAllianceNames();
  const base = 'force' in of ? `/forces/${of.force}/audit` : `/alliances/${of.alliance}/audit`;
  // Headings name the force or alliance as the other screens do ("Hertfordshire Constabulary", not "herts").
  const who = 'force' in of ? forceName(of.force) : allianceName(of.alliance);
  const applied = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Record<Filter, string>;
  const path = `${base}${query(applied)}`;
  const trail = useQuery({ queryKey: ['audit', path], queryFn: () => api<{ events: AuditEntryJson[] }>(path) });
  const error = trail.error instanceof ApiError ? trail.error : null;
  if (error?.status === 404) return <NotFound what={`The audit trail of ${who}`} />;
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail – {who}</h1>
      <Filters applied={applied} error={error} />
      <Downloads path={path} what="the audit trail" />
      {!trail.data ? (
        <ProblemOrLoading error={error?.body.details ? null : trail.error} what="the audit trail" />
      ) : (
        <Entries events={trail.data.events} />
      )}
    </section>
  );
}

/** The filters, kept in the address (so a filtered trail can be bookmarked); the service's objection shows beside the field. */
function Filters({ applied, error }: { applied: Record<Filter, string>; error: ApiError | null }) {
  const [values, setValues] = useState(applied);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(window.location.search);
    for (const f of FILTERS) {
      if (values[f].trim()) params.set(f, values[f].trim());
      else params.delete(f);
    }
    navigate(window.location.pathname, params.toString() ? `?${params.toString()}` : '');
  };
  const labels: Record<Filter, string> = {
    type: 'Event type (e.g. ReserveMovementRecorded.v1)',
    actor: 'Who (token subject)',
    from: 'Recorded from (ISO time, e.g. 2017-02-01T00:00:00Z)',
    to: 'Recorded before (ISO time)',
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label="Filter the audit trail">
      <div className="form-grid">
        {FILTERS.map((f) => (
          <FilterField
            key={f}
            name={f}
            label={labels[f]}
            value={values[f]}
            problem={error?.fieldProblem(f)}
            onChange={(v) => setValues({ ...values, [f]: v })}
          />
        ))}
      </div>
      <button type="submit">Filter</button>
    </form>
  );
}

function FilterField(props: { name: Filter; label: string; value: string; problem?: string; onChange: (v: string) => void }) {
  const id = `audit-${props.name}`;
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={props.value}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={`${id}-problem`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <span id={`${id}-problem`} className="field-error" data-testid={`problem-${props.name}`}>
        {props.problem ?? ''}
      </span>
    </>
  );
}

function Entries({ events }: { events: AuditEntryJson[] }) {
  if (events.length === 0) return <p role="status">No recorded change matches.</p>;
  return (
    <div className="grid-scroll" tabIndex={0} role="region" aria-label="Recorded changes">
      <table className="plain" data-testid="audit-entries">
        <caption>{events.length} recorded changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Recorded at</th>
            <th scope="col">Type</th>
            <th scope="col">Stream</th>
            <th scope="col">Who</th>
            <th scope="col">Why</th>
            <th scope="col" className="num">
              Position
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.metadata.recordedAt ? <time dateTime={e.metadata.recordedAt}>{formatDateTime(e.metadata.recordedAt)}</time> : '–'}</td>
              <td>{e.type}</td>
              <td>{e.stream}</td>
              <td>{e.metadata.actor ?? '–'}</td>
              <td>{e.metadata.reason ?? ''}</td>
              <td className="num">{e.position}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
