import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';

export interface FieldSpec {
  name: string;
  label: string;
  /** A choice from these (value, words); a text field when absent. */
  options?: readonly (readonly [string, string])[];
  /** Left out of the request when blank. */
  optional?: boolean;
  /** Part of the path (e.g. which reserve), not of the request body. */
  inPath?: boolean;
}

/**
 * One write to the service as a form: every field labelled, the service's objection to a field
 * shown beside it (and any other as a sentence below), and – whatever happens – the values kept,
 * so nothing typed is lost when a write fails. Values go as typed: the service does the checking.
 */
export function WriteForm(props: {
  id: string;
  title: string;
  path: (values: Record<string, string>) => string;
  fields: FieldSpec[];
  initial: Record<string, string>;
  submit: string;
}) {
  const [values, setValues] = useState(props.initial);
  const client = useQueryClient();
  const write = useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, string> }) => api(path, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries(),
  });
  const error = write.error instanceof ApiError ? write.error : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const sent = props.fields.filter((f) => !f.inPath && !(f.optional && !values[f.name]?.trim()));
    write.mutate({ path: props.path(values), body: Object.fromEntries(sent.map((f) => [f.name, values[f.name] ?? ''])) });
  };
  return (
    <form className="panel" onSubmit={onSubmit} noValidate aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <div className="form-grid">
        {props.fields.map((f) => {
          const id = `${props.id}-${f.name}`;
          const problem = error?.fieldProblem(f.name);
          const common = {
            id,
            value: values[f.name] ?? '',
            'aria-invalid': problem ? true : undefined,
            'aria-describedby': `${id}-problem`,
            onChange: (e: { target: { value: string } }) => setValues({ ...values, [f.name]: e.target.value }),
          };
          return (
            <Row key={f.name} id={id} label={f.label} problem={problem}>
              {f.options ? (
                <select {...common}>
                  {f.options.map(([value, words]) => (
                    <option key={value} value={value}>
                      {words}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common} />
              )}
            </Row>
          );
        })}
      </div>
      <button type="submit" disabled={write.isPending}>
        {props.submit}
      </button>
      {write.isSuccess ? <p role="status">Recorded.</p> : null}
      {write.error ? (
        <p role="alert" className="field-error">
          {error ? error.formSummary(Object.fromEntries(props.fields.map((f) => [f.name, f.label]))) : write.error.message}
        </p>
      ) : null}
    </form>
  );
}

function Row({ id, label, problem, children }: { id: string; label: string; problem?: string; children: React.ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
      <span id={`${id}-problem`} className="field-error" data-testid={`problem-${id}`}>
        {problem ?? ''}
      </span>
    </>
  );
}
