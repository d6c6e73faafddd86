import { formatPounds } from '../format/money';
import { formatDateTime } from '../format/date-time';
import { SavingsCells, SavingsHeadings } from './SavingsColumns';
import type { Programme, Recurrence } from './types';

const money = (v: string | null) => formatPounds(v, { symbol: true });
export const RECURRENCE_WORDS: Record<Recurrence, string> = { recurring: 'recurring', one_off: 'one-off' };

/** One programme: planned, forecast and realised savings by year, its total, and its revisions with reasons. */
export function ProgrammeTable({ programme }: { programme: Programme }) {
  const id = `programme-${programme.programmeCode}`;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>
        {programme.name}{' '}
        <span className="row-note">
          (
          {[programme.cashable ? 'cashable' : 'non-cashable', programme.recurrence && RECURRENCE_WORDS[programme.recurrence]]
            .filter(Boolean)
            .join(', ')}
          )
        </span>
      </h2>
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
                <th scope="row">
                  {y.year}
                  {/* The heading says the programme's recurrence; a year says its own only where it differs. */}
                  {y.recurrence && y.recurrence !== programme.recurrence ? (
                    <>
                      {' '}
                      <span className="row-note">({RECURRENCE_WORDS[y.recurrence]})</span>
                    </>
                  ) : null}
                </th>
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
      <VarianceExplanations programme={programme} />
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
                <td>
                  <time dateTime={r.recordedAt}>{formatDateTime(r.recordedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** Each year's variance explanation as the board last gave it, with the date it was recorded. */
function VarianceExplanations({ programme }: { programme: Programme }) {
  const explained = programme.years.filter((y) => y.varianceExplanation);
  if (!explained.length) return <p>No variance has been explained.</p>;
  return (
    <table className="plain" data-testid={`variance-explanations-${programme.programmeCode}`}>
      <caption>Why savings differ from plan</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col" className="num">
            Variance
          </th>
          <th scope="col">Explanation</th>
          <th scope="col">Recorded</th>
        </tr>
      </thead>
      <tbody>
        {explained.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td className="num">{money(y.variance)}</td>
            <td>{y.varianceExplanation?.explanation}</td>
            <td>
              <time dateTime={y.varianceExplanation?.recordedAt}>{formatDateTime(y.varianceExplanation?.recordedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
