import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../api/client';
import { useForceNames } from '../api/directory-names';
import { Downloads } from '../files/Downloads';
import { formatPounds } from '../format/money';
import { WriteForm } from '../mtfp/WriteForm';
import { ProblemOrLoading } from '../screens/ProblemOrLoading';
import type { AllianceUnitBudgetsJson, SharesJson } from './types';
import { Headings } from '../grid/Headings';

const money = (v: string | null) => formatPounds(v, { symbol: true });
/** An outturn not yet recorded is not a zero spend: it says so. */
const outturn = (v: string | null) => (v === null ? 'no outturn yet' : money(v));

/**
 * The year the panel opens on: the latest of `years` in which the alliance recorded a budget for
 * any unit (a later year shows only dashes and £0.00), else the latest of `years`.
 */
export function openingYear(years: readonly string[], alliance: AllianceUnitBudgetsJson | undefined): string {
  const budgeted = new Set(alliance?.units.flatMap((u) => u.budgets.map((b) => b.year)) ?? []);
  return [...years].reverse().find((y) => budgeted.has(y)) ?? years[years.length - 1];
}

/** Each unit's budget against its outturn, and each member's part of both, for a year; a form for a unit's outturn. */
export function SharesPanel({ alliance, asOf, years }: { alliance: string; asOf?: string; years: string[] }) {
  const nameOf = useForceNames();
  const recorded = useQuery({
    queryKey: ['alliance', alliance, asOf],
    queryFn: () => api<AllianceUnitBudgetsJson>(`/alliances/${alliance}${query({ asOf })}`),
  });
  const [picked, setYear] = useState<string | null>(null);
  // Until the alliance's budgets arrive (or if they cannot be read), no year is guessed: the shares wait for it.
  const year = picked ?? (recorded.isPending ? null : openingYear(years, recorded.data));
  const shares = useQuery({
    queryKey: ['shares', alliance, year, asOf],
    queryFn: () => api<SharesJson>(`/alliances/${alliance}/collaboration-shares${query({ year: year ?? undefined, asOf })}`),
    enabled: year !== null,
  });
  const units = shares.data?.units ?? [];
  return (
    <section className="panel" aria-labelledby="shares-title">
      <h2 id="shares-title">Collaboration shares</h2>
      <Downloads path={`/alliances/${alliance}/collaboration-shares${query({ year, asOf })}`} what="the collaboration shares" />
      <label htmlFor="shares-year">Year</label>
      <select id="shares-year" value={year ?? ''} onChange={(e) => setYear(e.target.value)}>
        {years.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </select>
      {!shares.data ? (
        <ProblemOrLoading error={shares.error} what="the shares" />
      ) : (
        <>
          <div className="grid-scroll" tabIndex={0} role="region" aria-label={`Shares of each unit, ${year}`}>
            <table className="plain" data-testid="shares-units">
              <caption>Each unit&apos;s budget and outturn, {year}</caption>
              <thead>
                <tr>
                  <Headings
                    columns={[
                      'Unit',
                      { num: 'Budget' },
                      { num: 'Outturn' },
                      { num: 'Variance (outturn − budget)' },
                      'Force',
                      { num: 'Share' },
                      { num: 'Contribution' },
                      { num: 'Part of the outturn' },
                    ]}
                  />
                </tr>
              </thead>
              <tbody>
                {units.flatMap((u) =>
                  u.shares.map((s, i) => (
                    <tr key={`${u.unitCode}-${s.force}`} data-unit={u.unitCode}>
                      {i === 0 ? (
                        <>
                          <th scope="row" rowSpan={u.shares.length}>
                            {u.name}
                          </th>
                          <td className="num" rowSpan={u.shares.length}>
                            {money(u.budget)}
                          </td>
                          <td className="num" rowSpan={u.shares.length}>
                            {outturn(u.outturn)}
                          </td>
                          <td className="num" rowSpan={u.shares.length}>
                            {u.variance === null ? '–' : money(u.variance)}
                          </td>
                        </>
                      ) : null}
                      <td>{nameOf(s.force)}</td>
                      <td className="num">{s.sharePercent} %</td>
                      <td className="num">{money(s.contribution)}</td>
                      <td className="num">{outturn(s.outturn)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <table className="plain" data-testid="shares-members">
            <caption>Each member&apos;s part, {year}</caption>
            <thead>
              <tr>
                <Headings columns={['Force', { num: 'Contributions' }, { num: 'Part of the outturn' }]} />
              </tr>
            </thead>
            <tbody>
              {(shares.data.memberTotals ?? []).map((m) => (
                <tr key={m.force}>
                  <th scope="row">{nameOf(m.force)}</th>
                  <td className="num">{money(m.total)}</td>
                  <td className="num">{outturn(m.outturn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {asOf || !units.length || year === null ? null : (
        <WriteForm
          key={year}
          id="unit-outturn"
          title="A unit's outturn"
          path={(v) => `/alliances/${alliance}/units/${encodeURIComponent(v.unit)}/outturns`}
          submit="Record outturn"
          initial={{ unit: units[0].unitCode, year, amount: '', reason: '' }}
          fields={[
            { name: 'unit', label: 'Unit', inPath: true, options: units.map((u) => [u.unitCode, u.name] as const) },
            { name: 'year', label: 'Year', options: years.map((y) => [y, y] as const) },
            { name: 'amount', label: 'Outturn (£, e.g. 29750000.00)' },
            { name: 'reason', label: 'Source (the outturn report)' },
          ]}
        />
      )}
    </section>
  );
}
