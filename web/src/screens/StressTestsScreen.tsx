import { useMutation } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { api, ApiError } from '../api/client';
import { Downloads } from '../files/Downloads';
import { formatPounds, formatRate } from '../format/money';
import { StressForm } from '../stress/StressForm';
import type { StressTestAnswer } from '../stress/types';
import { NotFound } from './NotFound';
import { useForceNames } from '../api/directory-names';

const FanChart = lazy(() => import('../charts/FanChart'));
const money = (v: string) => formatPounds(v, { symbol: true });

/**
 * Stress tests of the force's MTFP: distributions for the rates, then per year the gap's 5th,
 * 50th and 95th percentiles and the probability the general reserve falls below its minimum –
 * every figure the service's. Runs are recorded, so each can be downloaded or reproduced.
 */
export default function StressTestsScreen({ force }: { force: string }) {
  const nameOf = useForceNames();
  const run = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<StressTestAnswer>(`/forces/${force}/stress-tests`, { method: 'POST', body }),
  });
  const error = run.error instanceof ApiError ? run.error : null;
  if (error?.status === 404) return <NotFound what={`The plan of force "${force}"`} />;
  const answer = run.data;
  return (
    <section aria-labelledby="stress-title">
      <h1 id="stress-title">Stress tests – {nameOf(force)}</h1>
      <p>Runs on the plan as it stands now (not as at an earlier moment); each run is recorded with its seed.</p>
      <StressForm onRun={(body) => run.mutate(body)} error={error} pending={run.isPending} />
      {answer ? <Result force={force} answer={answer} /> : null}
    </section>
  );
}

function Result({ force, answer }: { force: string; answer: StressTestAnswer }) {
  const { result } = answer;
  return (
    <section className="panel" aria-labelledby="stress-result-title" data-testid="stress-result">
      <h2 id="stress-result-title">
        {result.paths.toLocaleString('en-GB')} futures, {result.from} to {result.to}, seed {result.seed}
      </h2>
      <Downloads path={`/forces/${force}/stress-tests/${answer.run.runId}`} what="the stress test" />
      <div className="grid-scroll" tabIndex={0} role="region" aria-label="Stress test by year">
        <table className="finance-grid" data-testid="stress-years">
          <caption>The gap by year, and the chance the general reserve falls below its minimum</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Plan gap
              </th>
              <th scope="col" className="num">
                Gap, 5th percentile
              </th>
              <th scope="col" className="num">
                Gap, median
              </th>
              <th scope="col" className="num">
                Gap, 95th percentile
              </th>
              <th scope="col" className="num">
                Below minimum reserve
              </th>
              <th scope="col" className="num">
                Usable reserves exhausted
              </th>
            </tr>
          </thead>
          <tbody>
            {result.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">{money(y.plan.gap)}</td>
                <td className="num">{money(y.gap.p5)}</td>
                <td className="num">{money(y.gap.p50)}</td>
                <td className="num">{money(y.gap.p95)}</td>
                <td className="num">
                  {y.generalReserve?.belowMinimum ? formatRate(y.generalReserve?.belowMinimum.probability) : 'no minimum set'}
                </td>
                <td className="num">{formatRate(y.usableReserves.exhausted.probability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<p role="status">Loading the chart…</p>}>
        <FanChart years={result.years} />
      </Suspense>
      {result.warnings.length ? (
        <ul>
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
