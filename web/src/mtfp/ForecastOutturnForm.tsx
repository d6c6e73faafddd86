import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import { formatPounds } from '../format/money';
import { Headings } from '../grid/Headings';
import type { MtfpYearJson } from './types';

/** The form's own fields, as the service names them, by the labels they have here. */
const FIELD_LABELS = { year: 'Year', asAtMonth: 'As at month', reason: 'Why' };

/** Budget-monitoring months as the service counts them: 1 = April … 12 = March. */
const MONTHS = ['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March'];

interface Budgeted {
  /** "lines" or "items": where it goes in the request. */
  list: 'lines' | 'items';
  key: string;
  name: string;
  budget: string;
}

/** The year's base-budget lines (spending, then income) and budget items, as the plan has them. */
export function budgetedOf(year: MtfpYearJson | undefined): Budgeted[] {
  if (!year) return [];
  return [
    ...year.expenditure.lines.map((l) => ({ list: 'lines' as const, key: l.code, name: l.name, budget: l.amount.value })),
    ...year.income.lines.map((l) => ({ list: 'lines' as const, key: l.code, name: `${l.name} (income)`, budget: l.amount.value })),
    ...year.expenditure.items.map((i) => ({ list: 'items' as const, key: i.itemId, name: i.description, budget: i.amount.value })),
  ];
}

/** The year being monitored: the latest with a forecast, else the one after the last year-end actual, else the first. */
export function currentYear(years: MtfpYearJson[]): string {
  const forecast = years.filter((y) => y.monitoring?.basis === 'forecast').at(-1);
  if (forecast) return forecast.year;
  const actuals = years.map((y, i) => (y.monitoring?.basis === 'actual' ? i : -1));
  return (years[Math.max(...actuals) + 1] ?? years[0])?.year ?? '';
}

/**
 * Record a year's forecast outturn (POST /forces/{force}/forecast-outturns) as at a monitoring
 * month: one amount per line or item forecast to differ, the rest left blank (taken as on
 * budget). The service's objection to an amount shows beside it; what was typed is kept.
 */
export function ForecastOutturnForm({ force, years }: { force: string; years: MtfpYearJson[] }) {
  const client = useQueryClient();
  const [yearName, setYearName] = useState(currentYear(years));
  const [month, setMonth] = useState('6');
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const budgeted = budgetedOf(years.find((y) => y.year === yearName));
  const filled = (list: Budgeted['list']) => budgeted.filter((b) => b.list === list && amounts[`${list}/${b.key}`]?.trim());
  const write = useMutation({
    mutationFn: (body: Record<string, unknown>) => api(`/forces/${force}/forecast-outturns`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries(),
  });
  const error = write.error instanceof ApiError ? write.error : null;
  /** The service names an amount by its place in what was sent: lines[0].amount. */
  const fieldOf = (b: Budgeted) => {
    const at = filled(b.list).indexOf(b);
    return at < 0 ? undefined : `${b.list}[${at}].amount`;
  };
  const problemOf = (b: Budgeted) => {
    const field = fieldOf(b);
    return field === undefined ? undefined : error?.fieldProblem(field);
  };
  /** Every field whose problem shows beside it, by its label, for the line under the form. */
  const labels = () => ({
    ...FIELD_LABELS,
    ...Object.fromEntries(
      budgeted.flatMap((b) => {
        const field = fieldOf(b);
        return field === undefined ? [] : [[field, b.name]];
      }),
    ),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const sent = (list: Budgeted['list'], id: string) =>
      filled(list).map((b) => ({ [id]: b.key, amount: amounts[`${list}/${b.key}`].trim() }));
    const items = sent('items', 'itemId');
    write.mutate({
      year: yearName,
      asAtMonth: Number(month),
      lines: sent('lines', 'code'),
      ...(items.length ? { items } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
  };
  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby="forecast-outturn-title">
      <h3 id="forecast-outturn-title">Record a forecast outturn</h3>
      <p>Enter the forecast for each line expected to differ from budget; a blank line is taken as on budget.</p>
      <div className="form-grid">
        <label htmlFor="forecast-outturn-year">Year</label>
        <select id="forecast-outturn-year" value={yearName} onChange={(e) => setYearName(e.target.value)}>
          {years.map((y) => (
            <option key={y.year}>{y.year}</option>
          ))}
        </select>
        <span className="field-error" data-testid="problem-forecast-outturn-year">
          {error?.fieldProblem('year') ?? ''}
        </span>
        <label htmlFor="forecast-outturn-month">As at month</label>
        <select id="forecast-outturn-month" value={month} onChange={(e) => setMonth(e.target.value)}>
          {MONTHS.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {`Month ${i + 1} (${name})`}
            </option>
          ))}
        </select>
        <span className="field-error">{error?.fieldProblem('asAtMonth') ?? ''}</span>
      </div>
      <table className="plain">
        <caption>Forecast by line, {yearName}</caption>
        <thead>
          <tr>
            <Headings columns={['Line', { num: 'Budget (£)' }, { num: 'Forecast outturn (£)' }, 'Problem']} />
          </tr>
        </thead>
        <tbody>
          {budgeted.map((b) => {
            const id = `forecast-outturn-${b.list}-${b.key}`;
            const problem = problemOf(b);
            return (
              <tr key={`${b.list}/${b.key}`}>
                <th scope="row">
                  <label htmlFor={id}>{b.name}</label>
                </th>
                <td className="num">{formatPounds(b.budget)}</td>
                <td className="num">
                  <input
                    id={id}
                    inputMode="decimal"
                    className="amount-input"
                    value={amounts[`${b.list}/${b.key}`] ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={`${id}-problem`}
                    onChange={(e) => setAmounts({ ...amounts, [`${b.list}/${b.key}`]: e.target.value })}
                  />
                </td>
                <td id={`${id}-problem`} className="field-error" data-testid={`problem-${id}`}>
                  {problem ?? ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-grid">
        <label htmlFor="forecast-outturn-reason">Why (recorded with the forecast)</label>
        <input
          id="forecast-outturn-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error?.fieldProblem('reason') ? true : undefined}
          aria-describedby="forecast-outturn-reason-problem"
        />
        <span id="forecast-outturn-reason-problem" className="field-error">
          {error?.fieldProblem('reason') ?? ''}
        </span>
      </div>
      <button type="submit" disabled={write.isPending}>
        Record forecast outturn
      </button>
      {write.isSuccess ? <p role="status">Recorded.</p> : null}
      {write.error ? (
        <p role="alert" className="field-error">
          {error ? error.formSummary(labels()) : write.error.message}
        </p>
      ) : null}
    </form>
  );
}
