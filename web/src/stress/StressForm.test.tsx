// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { StressForm } from './StressForm';

afterEach(cleanup);

const refusal = (message: string, details: { field: string; message: string }[]) =>
  new ApiError(400, { statusCode: 400, error: 'invalid_input', message, details });

function show(error: ApiError) {
  render(<StressForm onRun={() => undefined} error={error} pending={false} />);
}

describe('StressForm', () => {
  it('names a refused variable by its label, with every problem under it beside it', () => {
    show(
      refusal('distributions.payAward.min: must be at most the mode; seed: must be a whole number', [
        { field: 'distributions.payAward.min', message: 'must be at most the mode (0.02)' },
        { field: 'distributions.payAward.max', message: 'must be at least the mode (0.02)' },
        { field: 'seed', message: 'must be a whole number' },
      ]),
    );
    expect(screen.getByRole('alert').textContent).toBe('Check Pay award and Seed: what is wrong is shown beside each.');
    expect(screen.getByTestId('problem-payAward').textContent).toBe('must be at most the mode (0.02); must be at least the mode (0.02)');
    expect(screen.getByTestId('problem-grantChange').textContent).toBe('');
  });

  it("keeps the service's sentence for a problem no field shows", () => {
    const sentence = 'distributions: at least one variable must be given a distribution';
    show(refusal(sentence, [{ field: 'distributions', message: 'at least one variable must be given a distribution' }]));
    expect(screen.getByRole('alert').textContent).toBe(sentence);
  });
});
