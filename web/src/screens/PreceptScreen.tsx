import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, query } from '../api/client';
import { formatPounds } from '../format/money';
import type { MtfpJson } from '../mtfp/types';
import { PccGroups } from '../precept/PccGroups';
import { PreceptForm } from '../precept/PreceptForm';
import { BANDS, type PreceptOptionJson, type PreceptOptionsJson } from '../precept/types';
import { setSearchParam, useLocation } from '../router';
import { NotFound } from './NotFound';
import { ProblemOrLoading } from './ProblemOrLoading';

const money = (v: string) => formatPounds(v, { symbol: true });

/** Precept options of a year for the PCC office: Band D and bands A–H per option, the referendum line marked. */
export default function PreceptScreen({ force, asOf }: { force: string; asOf?: string }) {
  const { search } = useLocation();
  const plan = useQuery({ queryKey: ['mtfp', force, asOf], queryFn: () => api<MtfpJson>(`/forces/${force}/mtfp${query({ asOf })}`) });
  const years = plan.data?.years.map((y) => y.year) ?? [];
  const year = search.get('year') ?? years[1] ?? years[0];
  const [poundRise, setPoundRise] = useState(search.get('poundRise') ?? '');
  const groups = search.get('groups');
  const options = useQuery({
    enabled: Boolean(year),
    queryKey: ['precept-options', force, year, search.get('poundRise'), groups, asOf],
    queryFn: () =>
      api<PreceptOptionsJson>(`/forces/${force}/precept-options${query({ year, poundRise: search.get('poundRise'), groups, asOf })}`),
  });
  const missing = [plan.error, options.error].some((e) => e instanceof ApiError && e.status === 404);
  if (missing) return <NotFound what={`The precept of force "${force}"`} />;
  if (!plan.data) return <ProblemOrLoading error={plan.error} what="the plan's years" />;
  return (
    <section aria-labelledby="precept-title">
      <h1 id="precept-title">Precept options – {force}</h1>
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
      <PccGroups selected={groups} />
      {!options.data ? <ProblemOrLoading error={options.error} what="the precept options" /> : <Options answer={options.data} />}
      {year ? <PreceptForm force={force} years={years} defaultYear={year} /> : null}
    </section>
  );
}

function tagsOf(option: PreceptOptionJson) {
  return (
    <>
      {option.kind === 'largest_without_referendum' ? <span className="tag">Referendum line</span> : null}
      {option.kind === 'recorded' ? <span className="tag">Recorded by the PCC</span> : null}
    </>
  );
}

function Options({ answer }: { answer: PreceptOptionsJson }) {
  return (
    <>
      <p>
        {answer.year}: previous Band D {money(answer.previousBandD.value)}, tax base {answer.taxBase.value} Band D equivalents.
      </p>
      <div className="grid-scroll" tabIndex={0} role="region" aria-label="Precept options">
        <table className="finance-grid" data-testid="precept-options">
          <caption>Options for {answer.year}</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col" className="num">
                Band D
              </th>
              <th scope="col" className="num">
                Change a year
              </th>
              <th scope="col" className="num">
                Change a week
              </th>
              <th scope="col" className="num">
                Change %
              </th>
              <th scope="col" className="num">
                Precept income
              </th>
              <th scope="col" className="num">
                Above a freeze
              </th>
              <th scope="col">Referendum</th>
            </tr>
          </thead>
          <tbody>
            {answer.options.map((o) => (
              <tr
                key={`${o.kind}-${o.label}`}
                className={o.kind === 'largest_without_referendum' ? 'referendum' : o.kind === 'recorded' ? 'proposed' : undefined}
              >
                <th scope="row">
                  {o.label} {tagsOf(o)}
                </th>
                <td className="num">{money(o.bandD)}</td>
                <td className="num">{money(o.change.yearly)}</td>
                <td className="num">{money(o.change.weekly)}</td>
                <td className="num">{o.change.percent} %</td>
                <td className="num">{money(o.preceptIncome)}</td>
                <td className="num">{money(o.incomeAboveFreeze)}</td>
                <td>{o.referendum.required ? <strong>Referendum needed</strong> : 'No referendum needed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Bands answer={answer} />
      <ul>
        {answer.options.map((o) => (
          <li key={`why-${o.kind}-${o.label}`}>
            {o.label}: {o.referendum.explanation}
          </li>
        ))}
      </ul>
    </>
  );
}

function Bands({ answer }: { answer: PreceptOptionsJson }) {
  return (
    <div className="grid-scroll" tabIndex={0} role="region" aria-label="Council tax by band">
      <table className="finance-grid" data-testid="precept-bands">
        <caption>Council tax by band, a year</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {BANDS.map((b) => (
              <th scope="col" className="num" key={b}>
                Band {b}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {answer.options.map((o) => (
            <tr key={`bands-${o.kind}-${o.label}`}>
              <th scope="row">{o.label}</th>
              {BANDS.map((b) => (
                <td className="num" key={b}>
                  {money(o.bands[b])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
