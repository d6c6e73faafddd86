import { useQuery } from '@tanstack/react-query';
import { api, query } from '../api/client';
import { formatPounds, formatRate } from '../format/money';
import type { MtfpJson } from '../mtfp/types';
import { setSearchParam, useLocation } from '../router';
import { CreateScenario, KeepOrDiscard, OverrideAssumptions } from '../scenarios/ScenarioForms';
import { ProblemOrLoading } from './ProblemOrLoading';
import { Downloads } from '../files/Downloads';
import { useForceNames } from '../api/directory-names';

interface ScenarioList {
  scenarios: { id: string; name: string; force: string; status: string; basedOn: string }[];
}

interface CompareLine {
  key: string;
  label: string;
  unit: 'money' | 'rate' | string;
  a: string | null;
  b: string | null;
  difference: string | null;
  changed: boolean;
}

interface Comparison {
  mtfp: { years: { year: string; lines: CompareLine[] }[] };
}

const show = (unit: string, v: string | null) =>
  unit === 'rate' ? formatRate(v) : unit === 'money' ? formatPounds(v, { symbol: true }) : (v ?? '–');

/** Scenarios of a force: create one, override its assumptions, and compare it with the baseline. */
export default function ScenariosScreen({ force, asOf }: { force: string; asOf?: string }) {
  const nameOf = useForceNames();
  const { search } = useLocation();
  const chosen = search.get('scenario');
  const list = useQuery({ queryKey: ['scenarios'], queryFn: () => api<ScenarioList>('/scenarios') });
  const plan = useQuery({ queryKey: ['mtfp', force, asOf], queryFn: () => api<MtfpJson>(`/forces/${force}/mtfp${query({ asOf })}`) });
  const years = plan.data?.years.map((y) => y.year) ?? [];
  const mine = (list.data?.scenarios ?? []).filter((s) => s.force === force);
  // Panels are headed by the scenario's name; its code until the list has it (just after it is created).
  const picked = mine.find((s) => s.id === chosen);
  const name = picked?.name ?? chosen ?? '';
  return (
    <section aria-labelledby="scenarios-title">
      <h1 id="scenarios-title">Scenarios – {nameOf(force)}</h1>
      <p>
        A scenario is a what-if copy of the plan: the assumptions you change in it never touch the baseline. Pick one to change it and see
        what it moves beside the baseline; keep it as a branch, or discard it.
      </p>
      {!list.data ? <ProblemOrLoading error={list.error} what="the scenarios" /> : null}
      {list.data && mine.length === 0 ? <p data-testid="no-scenarios">No scenarios of {nameOf(force)} yet: start one below.</p> : null}
      <ul>
        {mine.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => setSearchParam('scenario', s.id)} aria-pressed={s.id === chosen}>
              {s.name} ({s.id}, {s.status})
            </button>
          </li>
        ))}
      </ul>
      <CreateScenario force={force} scenarios={mine} onCreated={(id) => setSearchParam('scenario', id)} />
      {chosen ? <OverrideAssumptions key={chosen} scenario={chosen} name={name} years={years} /> : null}
      {chosen ? <Compare force={force} scenario={chosen} name={name} asOf={asOf} /> : null}
      {chosen ? <KeepOrDiscard key={`keep-${chosen}`} force={force} scenario={chosen} name={name} status={picked?.status} /> : null}
    </section>
  );
}

function Compare({ force, scenario, name, asOf }: { force: string; scenario: string; name: string; asOf?: string }) {
  const answer = useQuery({
    queryKey: ['compare', force, scenario, asOf],
    queryFn: () => api<Comparison>(`/scenarios/${scenario}/compare${query({ with: 'baseline', force, asOf })}`),
  });
  if (!answer.data) return <ProblemOrLoading error={answer.error} what="the comparison" />;
  const changed = answer.data.mtfp.years.some((y) => y.lines.some((l) => l.changed));
  return (
    <section className="panel" aria-labelledby="compare-title" data-testid="comparison">
      <h2 id="compare-title">{name} beside the baseline: what changed</h2>
      <Downloads path={`/scenarios/${scenario}/compare${query({ with: 'baseline', force, asOf })}`} what="the comparison" />
      {changed ? (
        <div className="grid-scroll" tabIndex={0} role="region" aria-label="Comparison with the baseline">
          <table className="finance-grid">
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Line</th>
                <th scope="col" className="num">
                  Baseline
                </th>
                <th scope="col" className="num">
                  Scenario
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
              </tr>
            </thead>
            <tbody>
              {answer.data.mtfp.years.flatMap((y) =>
                y.lines
                  .filter((l) => l.changed)
                  .map((l) => (
                    <tr key={`${y.year}-${l.key}`} className={l.key === 'gap' ? 'total' : undefined}>
                      <th scope="row">{y.year}</th>
                      <td>{l.label}</td>
                      <td className="num">{show(l.unit, l.a)}</td>
                      <td className="num">{show(l.unit, l.b)}</td>
                      <td className="num">
                        <mark>{show(l.unit, l.difference)}</mark>
                      </td>
                    </tr>
                  )),
              )}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-testid="nothing-changed">Nothing in the plan differs from the baseline yet: override an assumption above.</p>
      )}
    </section>
  );
}
