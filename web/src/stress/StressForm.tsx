import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client';
import { PARAMETERS, STRESS_VARIABLES, stressTestBody, type DistributionKind, type DistributionValues, type StressVariable } from './types';

const EMPTY: DistributionValues = { kind: 'none', min: '', mode: '', max: '', mean: '', sd: '' };
const START: Record<StressVariable, DistributionValues> = {
  payAward: { ...EMPTY, kind: 'triangular', min: '0.01', mode: '0.02', max: '0.035' },
  nonPayInflation: EMPTY,
  grantChange: { ...EMPTY, kind: 'uniform', min: '-0.02', max: '0' },
  taxBaseGrowth: EMPTY,
  savingsDelivery: EMPTY,
};

/** The fields whose problems show beside them, as the service names them, by their labels here. */
const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(STRESS_VARIABLES.map(({ key, label }) => [`distributions.${key}`, label])),
  paths: 'Paths',
  seed: 'Seed',
};

/** The problems the service gave for a field or anything under it, joined to show beside it. */
function problemsOf(error: ApiError | null, field: string): string {
  return error?.problemsUnder(field).join('; ') ?? '';
}

/**
 * A distribution for each variable the stress test varies (or none, keeping the plan's rate),
 * the paths and the seed. The service checks every value: its problems show beside the
 * variable they concern, and the form keeps what was typed.
 */
export function StressForm({
  onRun,
  error,
  pending,
}: {
  onRun: (body: Record<string, unknown>) => void;
  error: ApiError | null;
  pending: boolean;
}) {
  const [values, setValues] = useState(START);
  const [paths, setPaths] = useState('2000');
  const [seed, setSeed] = useState('2017');
  const set = (key: StressVariable, change: Partial<DistributionValues>) => setValues({ ...values, [key]: { ...values[key], ...change } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRun(stressTestBody(values, paths, seed));
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="stress-form-title">
      <h2 id="stress-form-title">Distributions (decimal fractions, e.g. 0.02 for 2 %)</h2>
      {STRESS_VARIABLES.map(({ key, label }) => {
        const problem = problemsOf(error, `distributions.${key}`);
        return (
          <fieldset key={key} className="as-of-form" aria-describedby={`stress-${key}-problem`}>
            <legend>{label}</legend>
            <label htmlFor={`stress-${key}-kind`}>Distribution</label>
            <select
              id={`stress-${key}-kind`}
              value={values[key].kind}
              onChange={(e) => set(key, { kind: e.target.value as DistributionKind })}
            >
              <option value="none">None (the plan&apos;s rate)</option>
              <option value="triangular">Triangular</option>
              <option value="normal">Normal</option>
              <option value="uniform">Uniform</option>
            </select>
            {PARAMETERS[values[key].kind].map((p) => (
              <span key={p}>
                <label htmlFor={`stress-${key}-${p}`}>
                  {label} {p}
                </label>{' '}
                <input
                  id={`stress-${key}-${p}`}
                  size={7}
                  aria-invalid={problem ? true : undefined}
                  value={values[key][p as keyof DistributionValues]}
                  onChange={(e) => set(key, { [p]: e.target.value })}
                />
              </span>
            ))}
            <span id={`stress-${key}-problem`} className="field-error" data-testid={`problem-${key}`}>
              {problem}
            </span>
          </fieldset>
        );
      })}
      <div className="form-grid">
        <label htmlFor="stress-paths">Paths (futures drawn)</label>
        <input id="stress-paths" value={paths} onChange={(e) => setPaths(e.target.value)} aria-describedby="stress-paths-problem" />
        <span id="stress-paths-problem" className="field-error">
          {problemsOf(error, 'paths')}
        </span>
        <label htmlFor="stress-seed">Seed (the same seed gives the same result)</label>
        <input id="stress-seed" value={seed} onChange={(e) => setSeed(e.target.value)} aria-describedby="stress-seed-problem" />
        <span id="stress-seed-problem" className="field-error">
          {problemsOf(error, 'seed')}
        </span>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Running…' : 'Run the stress test'}
      </button>
      {error ? (
        <p role="alert" className="field-error">
          {error.formSummary(FIELD_LABELS)}
        </p>
      ) : null}
    </form>
  );
}
