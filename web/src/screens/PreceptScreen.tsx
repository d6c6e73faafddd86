import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, query } from '../api/client';
import type { MtfpJson } from '../mtfp/types';
import { PccGroups } from '../precept/PccGroups';
import { PreceptForm } from '../precept/PreceptForm';
import { PreceptOptionsTables } from '../precept/PreceptOptionsTables';
import type { PreceptOptionsJson } from '../precept/types';
import { Downloads, ReportLink } from '../files/Downloads';
import { setSearchParam, useLocation } from '../router';
import { NotFound } from './NotFound';
import { ProblemOrLoading } from './ProblemOrLoading';
import { useForceNames } from '../api/directory-names';

/** Precept options of a year for the PCC office: Band D and bands A–H per option, the referendum line marked. */
export default function PreceptScreen({ force, asOf }: { force: string; asOf?: string }) {
  const nameOf = useForceNames();
  const { search } = useLocation();
  const plan = useQuery({ queryKey: ['mtfp', force, asOf], queryFn: () => api<MtfpJson>(`/forces/${force}/mtfp${query({ asOf })}`) });
  const years = plan.data?.years.map((y) => y.year) ?? [];
  const year = search.get('year') ?? years[1] ?? years[0];
  const [poundRise, setPoundRise] = useState(search.get('poundRise') ?? '');
  const groups = search.get('groups');
  const optionsQuery = query({ year, poundRise: search.get('poundRise'), groups, asOf });
  const options = useQuery({
    enabled: Boolean(year),
    queryKey: ['precept-options', force, optionsQuery],
    queryFn: () => api<PreceptOptionsJson>(`/forces/${force}/precept-options${optionsQuery}`),
  });
  const missing = [plan.error, options.error].some((e) => e instanceof ApiError && e.status === 404);
  if (missing) return <NotFound what={`The precept of force "${force}"`} />;
  if (!plan.data) return <ProblemOrLoading error={plan.error} what="the plan's years" />;
  return (
    <section aria-labelledby="precept-title">
      <h1 id="precept-title">Precept options – {nameOf(force)}</h1>
      <form className="as-of-form" onSubmit={(e) => (e.preventDefault(), setSearchParam('poundRise', poundRise || null))}>
        <label htmlFor="precept-year">Year</label>
        <select id="precept-year" value={year} onChange={(e) => setSearchParam('year', e.target.value)}>
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
        <label htmlFor="pound-rise">Also show a Band D rise of £</label>
        <input id="pound-rise" size={6} value={poundRise} onChange={(e) => setPoundRise(e.target.value)} />
        <button type="submit">Show</button>
      </form>
      <PccGroups selected={groups} answer={options.data} />
      {!options.data ? (
        <ProblemOrLoading error={options.error} what="the precept options" />
      ) : (
        <>
          <p className="nav-links">
            <ReportLink path={`/forces/${force}/precept-report${optionsQuery}`} label="Printable precept report (opens in a new tab)" />
          </p>
          <Downloads path={`/forces/${force}/precept-options${optionsQuery}`} what="the precept options" />
          <PreceptOptionsTables answer={options.data} />
        </>
      )}
      {year ? <PreceptForm force={force} years={years} defaultYear={year} /> : null}
    </section>
  );
}
