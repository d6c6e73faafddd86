import { formatPounds } from '../format/money';
import { SavingsCells, SavingsHeadings } from './SavingsColumns';
import type { Programme } from './types';

const money = (v: string | null) => formatPounds(v, { symbol: true });

/** One programme: planned, forecast and realised savings by year, its total, and its revisions with reasons. */
export function ProgrammeTable({ programme }: { programme: Programme }) {
  const id = `programme-${programme.programmeCode}`;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{programme.name}</h2>
      <div className="grid-scroll" tabIndex={0} role="region" aria-label={`${programme.name}: savings by year`}>
        <table className="finance-grid">
          <caption>Savings by year (£)</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <SavingsHeadings />
            </tr>
          </thead>
          <tbody>
            {programme.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <SavingsCells t={y} />
              </tr>
            ))}
            <tr className="total">
              <th scope="row">Total</th>
              <SavingsCells t={programme.total} />
            </tr>
          </tbody>
        </table>
      </div>
      {programme.revisions.length ? (
        <table className="plain">
          <caption>Forecast revisions</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Was
              </th>
              <th scope="col" className="num">
                Revised to
              </th>
              <th scope="col" className="num">
                Change
              </th>
              <th scope="col">Reason</th>
              <th scope="col">Recorded</th>
            </tr>
          </thead>
          <tbody>
            {programme.revisions.map((r) => (
              <tr key={`${r.year}-${r.recordedAt}`}>
                <td>{r.year}</td>
                <td className="num">{money(r.previous)}</td>
                <td className="num">{money(r.amount)}</td>
                <td className="num">{money(r.change)}</td>
                <td>{r.reason}</td>
                <td>{r.recordedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
