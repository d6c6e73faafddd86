import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { api, ApiError, query } from '../api/client';
import { formatMillions, formatPounds } from '../format/money';
import { formatDateTime } from '../format/date-time';
import { FinanceGrid, type GridColumn, type GridRow } from '../grid/FinanceGrid';
import { mtfpRows } from '../mtfp/mtfp-rows';
import type { ExplanationJson, MtfpJson } from '../mtfp/types';
import { NotFound } from './NotFound';
import { ProblemOrLoading } from './ProblemOrLoading';
import { Downloads } from '../files/Downloads';
import { PlanInputs } from '../mtfp/PlanInputs';
import { ReservesByPurpose } from '../mtfp/ReservesByPurpose';
import { BudgetMonitoring } from '../mtfp/BudgetMonitoring';
import { ForecastOutturnForm } from '../mtfp/ForecastOutturnForm';
import { PayGroups } from '../mtfp/PayGroups';
import { SpecificGrants } from '../mtfp/SpecificGrants';
import { CapitalProgramme } from '../mtfp/CapitalProgramme';
import { useForceNames } from '../api/directory-names';

const MtfpCharts = lazy(() => import('../charts/MtfpCharts'));

/** A force's medium-term financial plan, year by year; every figure opens the events behind it. */
export default function MtfpScreen({ force, asOf }: { force: string; asOf?: string }) {
  const nameOf = useForceNames();
  const mtfp = useQuery({
    queryKey: ['mtfp', force, asOf],
    queryFn: () => api<MtfpJson>(`/forces/${force}/mtfp${query({ asOf })}`),
  });
  const [explaining, setExplaining] = useState<{ line: string; label: string; year: string } | null>(null);
  if (mtfp.error instanceof ApiError && mtfp.error.status === 404) return <NotFound what={`The plan of force "${force}"`} />;
  if (!mtfp.data) return <ProblemOrLoading error={mtfp.error} what="the MTFP" />;
  const { years, warnings } = mtfp.data;
  const columns: GridColumn[] = years.map((y) => ({ key: y.year, label: y.year }));
  const rows = mtfpRows(years);
  const onFigure = (row: GridRow, column: GridColumn) => setExplaining({ line: row.id, label: row.label, year: column.key });
  const alerts = years.flatMap((y) => y.alerts.map((a) => `${y.year}: ${a}`));
  return (
    <section aria-labelledby="mtfp-title">
      <h1 id="mtfp-title">Medium-term financial plan – {nameOf(force)}</h1>
      <p>
        {mtfp.data.from} to {mtfp.data.to}
        {mtfp.data.asAt.position ? `, worked out at event position ${mtfp.data.asAt.position}` : ''}. NRE{' '}
        {years.map((y) => `${y.year} ${formatMillions(y.nre.value)}`).join(', ')}.
      </p>
      {alerts.length ? (
        <div className="panel" role="alert">
          <h2>Alerts</h2>
          <ul>
            {alerts.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Downloads path={`/forces/${force}/mtfp${query({ asOf })}`} what="the MTFP" />
      <FinanceGrid caption="The plan" labelHeader="Line" columns={columns} rows={rows.plan} onFigure={onFigure} />
      {explaining ? <Explanation force={force} asOf={asOf} {...explaining} onClose={() => setExplaining(null)} /> : null}
      <PayGroups years={years} onExplain={setExplaining} />
      <SpecificGrants years={years} />
      <CapitalProgramme years={years} />
      <BudgetMonitoring years={years} onExplain={setExplaining} />
      <h2>Reserves</h2>
      <FinanceGrid caption="Reserves" labelHeader="Reserve" columns={columns} rows={rows.reserves} onFigure={onFigure} />
      <ReservesByPurpose years={years} onExplain={setExplaining} />
      <Suspense fallback={<p role="status">Loading charts…</p>}>
        <MtfpCharts years={years} />
      </Suspense>
      {warnings.length ? (
        <details className="panel">
          <summary>Where the plan had to assume something ({warnings.length})</summary>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {asOf ? (
        <p>Changes are recorded now, not in the past: clear &ldquo;As at&rdquo; to change the plan.</p>
      ) : (
        <>
          <PlanInputs force={force} years={years.map((y) => y.year)} reserves={years[0]?.reserves ?? []} />
          <section aria-labelledby="record-monitoring-title">
            <h2 id="record-monitoring-title">Budget monitoring</h2>
            <ForecastOutturnForm force={force} years={years} />
          </section>
        </>
      )}
    </section>
  );
}

function Explanation(props: { force: string; asOf?: string; line: string; label: string; year: string; onClose: () => void }) {
  const { force, asOf, line, label, year, onClose } = props;
  const answer = useQuery({
    queryKey: ['explain', force, year, line, asOf],
    queryFn: () => api<ExplanationJson>(`/forces/${force}/mtfp/explain${query({ year, line, asOf })}`),
  });
  return (
    <section className="panel" aria-labelledby="explain-title" data-testid="explanation">
      <h2 id="explain-title">
        Where {label} for {year} comes from
      </h2>
      <button type="button" onClick={onClose}>
        Close
      </button>
      {!answer.data ? (
        <ProblemOrLoading error={answer.error} what="the events behind this figure" />
      ) : (
        <>
          <p>
            {formatPounds(answer.data.figure.value, { symbol: true })}, from {answer.data.events.length} recorded event
            {answer.data.events.length === 1 ? '' : 's'}:
          </p>
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Recorded</th>
                <th scope="col">By</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {answer.data.events.map((e) => (
                <tr key={e.id}>
                  <td>{e.type}</td>
                  <td>
                    <time dateTime={e.metadata.recordedAt}>{formatDateTime(e.metadata.recordedAt)}</time>
                  </td>
                  <td>{e.metadata.actor}</td>
                  <td>{e.metadata.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
