import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactElement } from 'react';
import { api, ApiError } from '../api/client';

/** A labelled field with the service's objection to it shown beside it. */
function Field({ id, label, problem, children }: { id: string; label: string; problem?: string; children: ReactElement }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
      <span className="field-error" id={`${id}-problem`}>
        {problem ?? ''}
      </span>
    </>
  );
}

function useWrite<T>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api(path, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** What became of a write; a refusal names the form's fields by their labels (`labels`: field → label). */
function Outcome({ write, labels }: { write: { isSuccess: boolean; error: Error | null }; labels: Readonly<Record<string, string>> }) {
  if (write.isSuccess) return <p role="status">Recorded.</p>;
  if (!write.error) return null;
  return (
    <p role="alert" className="field-error">
      {write.error instanceof ApiError ? write.error.formSummary(labels) : write.error.message}
    </p>
  );
}

/**
 * The short code the service names a scenario by (lower-case letters, digits and hyphens, at
 * most 64), made from its name: "Pay 3.5 %" → "pay-3-5", "Précept +£10" → "precept-10".
 */
export function codeFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents apart from their letters: é → e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/**
 * Create a scenario of this force from the baseline or another of its scenarios. A finance
 * officer names it; its short code (in links and the API) follows the name until they change it.
 */
/** The forms' fields by the service's names, as each form labels them (beside the input, and in a refusal's summary). */
const CREATE_LABELS = { name: 'Name', id: 'Short code (in links)', basedOn: 'Start from' };
const OVERRIDE_LABELS = { year: 'Year', payAward: 'Pay award (fraction, 0.035 = 3.5 %)', nonPayInflation: 'Non-pay inflation (fraction)' };
const KEEP_LABELS = { reason: 'Why' };

export function CreateScenario({
  force,
  scenarios = [],
  onCreated,
}: {
  force: string;
  /** The force's scenarios, to start from one of them instead of the baseline. */
  scenarios?: { id: string; name: string }[];
  onCreated: (id: string) => void;
}) {
  const empty = { id: '', name: '', basedOn: 'baseline' };
  const [values, setValues] = useState(empty);
  const write = useWrite<typeof values & { force: string }>('/scenarios');
  const problem = (f: string) => (write.error instanceof ApiError ? write.error.fieldProblem(f) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      { ...values, force },
      {
        onSuccess: () => {
          onCreated(values.id);
          // Ready for the next one: the same name again would only be refused as taken.
          setValues(empty);
        },
      },
    );
  };
  // The code follows the name while it is the name's code: once the officer writes another, it stays theirs.
  const follows = values.id === codeFromName(values.name);
  const rename = (name: string) => setValues({ ...values, name, id: follows ? codeFromName(name) : values.id });
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="create-scenario">
      <h2 id="create-scenario">New scenario</h2>
      <div className="form-grid">
        <Field id="scenario-name" label={CREATE_LABELS.name} problem={problem('name')}>
          <input id="scenario-name" value={values.name} onChange={(e) => rename(e.target.value)} />
        </Field>
        <Field id="scenario-id" label={CREATE_LABELS.id} problem={problem('id')}>
          <input id="scenario-id" value={values.id} onChange={(e) => setValues({ ...values, id: e.target.value })} />
        </Field>
        <Field id="scenario-based-on" label={CREATE_LABELS.basedOn} problem={problem('basedOn')}>
          <select id="scenario-based-on" value={values.basedOn} onChange={(e) => setValues({ ...values, basedOn: e.target.value })}>
            <option value="baseline">The baseline</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.id})
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit">Create</button>
      <Outcome write={write} labels={CREATE_LABELS} />
    </form>
  );
}

/** Override a year's plan assumptions in a scenario (rates as decimal fractions, e.g. 0.035 for 3.5 %). */
export function OverrideAssumptions({ scenario, name, years }: { scenario: string; name: string; years: string[] }) {
  const [values, setValues] = useState({ year: years[1] ?? years[0] ?? '', payAward: '', nonPayInflation: '' });
  const write = useWrite<Record<string, string>>(`/scenarios/${scenario}/overrides`);
  const problem = (f: string) => (write.error instanceof ApiError ? write.error.fieldProblem(f) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, string> = { kind: 'assumptions', year: values.year };
    if (values.payAward) body.payAward = values.payAward;
    if (values.nonPayInflation) body.nonPayInflation = values.nonPayInflation;
    write.mutate(body);
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="override-title">
      <h2 id="override-title">Override assumptions in {name}</h2>
      <div className="form-grid">
        <Field id="override-year" label={OVERRIDE_LABELS.year} problem={problem('year')}>
          <select id="override-year" value={values.year} onChange={(e) => setValues({ ...values, year: e.target.value })}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </Field>
        <Field id="override-pay" label={OVERRIDE_LABELS.payAward} problem={problem('payAward')}>
          <input id="override-pay" value={values.payAward} onChange={(e) => setValues({ ...values, payAward: e.target.value })} />
        </Field>
        <Field id="override-nonpay" label={OVERRIDE_LABELS.nonPayInflation} problem={problem('nonPayInflation')}>
          <input
            id="override-nonpay"
            value={values.nonPayInflation}
            onChange={(e) => setValues({ ...values, nonPayInflation: e.target.value })}
          />
        </Field>
      </div>
      <button type="submit">Add override</button>
      <Outcome write={write} labels={OVERRIDE_LABELS} />
    </form>
  );
}

/** Keep the scenario (it stays a branch beside the baseline) or discard it, with a reason recorded either way. */
export function KeepOrDiscard({ force, scenario, name, status }: { force: string; scenario: string; name: string; status?: string }) {
  const [reason, setReason] = useState('');
  const keep = useWrite<{ reason?: string }>(`/scenarios/${scenario}/keep?force=${encodeURIComponent(force)}`);
  const discard = useWrite<{ reason?: string }>(`/scenarios/${scenario}/discard?force=${encodeURIComponent(force)}`);
  const body = reason.trim() ? { reason } : {};
  return (
    <form className="panel" onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="keep-title">
      <h2 id="keep-title">
        Keep or discard {name}
        {status ? ` (now ${status})` : ''}
      </h2>
      <div className="form-grid">
        <Field
          id="keep-reason"
          label={KEEP_LABELS.reason}
          problem={keep.error instanceof ApiError ? keep.error.fieldProblem('reason') : undefined}
        >
          <input id="keep-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </div>
      <button type="button" onClick={() => keep.mutate(body)}>
        Keep
      </button>{' '}
      <button type="button" onClick={() => discard.mutate(body)}>
        Discard
      </button>
      <Outcome write={keep} labels={KEEP_LABELS} />
      <Outcome write={discard} labels={KEEP_LABELS} />
    </form>
  );
}
