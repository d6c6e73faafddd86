// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForecastOutturnForm } from './ForecastOutturnForm';
import type { MtfpYearJson } from './types';

const fig = (value: string) => ({ value });
const years = [
  {
    year: '2017/18',
    monitoring: null,
    expenditure: {
      lines: [
        { code: 'officer-pay', name: 'Police officers', kind: 'pay', amount: fig('59000000.00') },
        { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: fig('17340000.00') },
      ],
      items: [{ itemId: 'daisu', kind: 'growth', description: 'DAISU', amount: fig('2400000.00') }],
    },
    income: { lines: [{ code: 'fees', name: 'Fees and charges', amount: fig('5500000.00') }] },
  },
] as unknown as MtfpYearJson[];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show(answer: { status: number; body: unknown }) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(answer.body), { status: answer.status }));
  vi.stubGlobal('fetch', fetch);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ForecastOutturnForm force="herts" years={years} />
    </QueryClientProvider>,
  );
  return fetch;
}

describe('ForecastOutturnForm', () => {
  it('sends only the lines and items forecast to differ, the month as a number, and says it is recorded', async () => {
    const fetch = show({ status: 201, body: { stream: 'force-finance-herts', version: 9 } });
    expect(screen.getByRole('row', { name: /Supplies and services/ }).textContent).toContain('17,340,000.00');
    fireEvent.change(screen.getByLabelText('As at month'), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('Supplies and services'), { target: { value: '16940000.00' } });
    fireEvent.change(screen.getByLabelText('DAISU'), { target: { value: '2200000.00' } });
    fireEvent.change(screen.getByLabelText(/^Why/), { target: { value: 'Month 9 monitoring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record forecast outturn' }));
    await screen.findByRole('status');
    const [path, init] = fetch.mock.calls[0] as unknown as [string, { method: string; body: string }];
    expect(path).toBe('/forces/herts/forecast-outturns');
    expect(JSON.parse(init.body)).toEqual({
      year: '2017/18',
      asAtMonth: 9,
      lines: [{ code: 'supplies', amount: '16940000.00' }],
      items: [{ itemId: 'daisu', amount: '2200000.00' }],
      reason: 'Month 9 monitoring',
    });
  });

  it("shows the service's objection beside the amount it names, and keeps what was typed", async () => {
    show({
      status: 400,
      body: {
        statusCode: 400,
        error: 'invalid_input',
        message: 'lines[0].amount: must be a decimal string of pounds such as "48800000.00", not "16.9m"',
        details: [{ field: 'lines[0].amount', message: 'must be a decimal string of pounds such as "48800000.00", not "16.9m"' }],
      },
    });
    fireEvent.change(screen.getByLabelText('Supplies and services'), { target: { value: '16.9m' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record forecast outturn' }));
    await screen.findByRole('alert');
    // Supplies was the only line sent, so lines[0] is supplies, not the first line of the budget.
    expect(screen.getByTestId('problem-forecast-outturn-lines-supplies').textContent).toContain('must be a decimal string of pounds');
    expect(screen.getByTestId('problem-forecast-outturn-lines-officer-pay').textContent).toBe('');
    expect((screen.getByLabelText('Supplies and services') as HTMLInputElement).value).toBe('16.9m');
    // The line under the form names the line by its name, not the service's "lines[0].amount".
    expect(screen.getByRole('alert').textContent).toBe('Check Supplies and services: what is wrong is shown beside it.');
  });

  it('names the rows and fields refused by their labels, the reason beside its box too', async () => {
    show({
      status: 400,
      body: {
        statusCode: 400,
        error: 'invalid_input',
        message: 'items[0].amount: must be a decimal string; reason: must be at most 1000 characters long (it has 1001)',
        details: [
          { field: 'items[0].amount', message: 'must be a decimal string of pounds such as "48800000.00", not "lots"' },
          { field: 'reason', message: 'must be at most 1000 characters long (it has 1001)' },
        ],
      },
    });
    fireEvent.change(screen.getByLabelText('DAISU'), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record forecast outturn' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Check DAISU and Why: what is wrong is shown beside each.');
    expect(screen.getByTestId('problem-forecast-outturn-items-daisu').textContent).toContain('not "lots"');
    expect(screen.getByText('must be at most 1000 characters long (it has 1001)')).toBeTruthy();
    // Beside the reason's box, and tied to it for a screen reader.
    const why = screen.getByLabelText(/^Why/);
    expect(why.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(why.getAttribute('aria-describedby')!)?.textContent).toBe(
      'must be at most 1000 characters long (it has 1001)',
    );
  });

  it("keeps the service's sentence when what it refused is not shown beside a field", async () => {
    const sentence = 'lines[0].code: "supplies" is not a line of the 2017/18 base budget';
    show({
      status: 400,
      body: { statusCode: 400, error: 'invalid_input', message: sentence, details: [{ field: 'lines[0].code', message: 'x' }] },
    });
    fireEvent.change(screen.getByLabelText('Supplies and services'), { target: { value: '1.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record forecast outturn' }));
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
  });
});
