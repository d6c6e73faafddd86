import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactElement } from 'react';
import { api, ApiError } from '../api/client';

interface Values {
  year: string;
  bandD: string;
  status: 'proposed' | 'approved' | 'vetoed';
  reason: string;
}

/** The fields' labels, beside each input and in a refusal's summary. */
const LABELS: Record<keyof Values, string> = { year: 'Year', bandD: 'Band D (£)', status: 'Status', reason: 'Reason' };

/** Record the PCC's proposed (or approved) Band D; the service's field problems show beside the fields, values kept. */
export function PreceptForm({ force, years, defaultYear }: { force: string; years: string[]; defaultYear: string }) {
  const [values, setValues] = useState<Values>({ year: defaultYear, bandD: '', status: 'proposed', reason: '' });
  const client = useQueryClient();
  const record = useMutation({
    mutationFn: (body: Values) => api(`/forces/${force}/precepts`, { method: 'POST', body: { ...body, reason: body.reason || undefined } }),
    onSuccess: () => client.invalidateQueries(),
  });
  const error = record.error instanceof ApiError ? record.error : null;
  const problem = (field: keyof Values) => error?.fieldProblem(field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(values);
  };
  const field = (name: keyof Values, label: string, input: ReactElement) => (
    <>
      <label htmlFor={`precept-${name}`}>{label}</label>
      {input}
      <span id={`precept-${name}-problem`} className="field-error" data-testid={`problem-${name}`}>
        {problem(name) ?? ''}
      </span>
    </>
  );
  const aria = (name: keyof Values) => ({
    id: `precept-${name}`,
    'aria-invalid': problem(name) ? true : undefined,
    'aria-describedby': `precept-${name}-problem`,
  });
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="record-title">
      <h2 id="record-title">Record a precept</h2>
      <div className="form-grid">
        {field(
          'year',
          LABELS.year,
          <select {...aria('year')} value={values.year} onChange={(e) => setValues({ ...values, year: e.target.value })}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>,
        )}
        {field(
          'bandD',
          LABELS.bandD,
          <input {...aria('bandD')} value={values.bandD} onChange={(e) => setValues({ ...values, bandD: e.target.value })} />,
        )}
        {field(
          'status',
          LABELS.status,
          <select
            {...aria('status')}
            value={values.status}
            onChange={(e) => setValues({ ...values, status: e.target.value as Values['status'] })}
          >
            <option value="proposed">Proposed to the panel</option>
            <option value="approved">Approved</option>
            <option value="vetoed">Vetoed by the panel</option>
          </select>,
        )}
        {field(
          'reason',
          LABELS.reason,
          <textarea
            {...aria('reason')}
            rows={2}
            value={values.reason}
            onChange={(e) => setValues({ ...values, reason: e.target.value })}
          />,
        )}
      </div>
      <button type="submit" disabled={record.isPending}>
        Record
      </button>
      {record.isSuccess ? <p role="status">Recorded.</p> : null}
      {record.error ? (
        <p role="alert" className="field-error">
          {error ? error.formSummary(LABELS) : record.error.message}
        </p>
      ) : null}
    </form>
  );
}
