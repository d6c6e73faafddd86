// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetMonitoring } from './BudgetMonitoring';
import type { MonitoringJson, MtfpYearJson } from './types';

const fig = (value: string) => ({ value });
const line = (code: string, kind: string, name: string, budget: string, outturn: string, variance: string, reported: boolean) => ({
  code,
  kind,
  name,
  budget: fig(budget),
  outturn: fig(outturn),
  variance: fig(variance),
  reported,
});

// Herts' 2016/17 actual outturn as the API answers it (some of its lines): officer pay £400,000 over,
// supplies £400,000 under, fees £150,000 more than budgeted, DAISU £200,000 under; net £350,000 under.
const actual2016: MonitoringJson = {
  basis: 'actual',
  asAtMonth: null,
  asAtMonthName: null,
  lines: [
    line('officer-pay', 'pay', 'Police officers (1,929 FTE at March 2016)', '58509300.00', '58909300.00', '400000.00', true),
    line('staff-pay', 'pay', 'Police staff (1,247 FTE at March 2016)', '45450000.00', '45450000.00', '0.00', false),
    line('supplies', 'non_pay', 'Supplies and services', '17340000.00', '16940000.00', '-400000.00', true),
    line('fees', 'income', 'Fees and charges', '5500000.00', '5650000.00', '-150000.00', true),
  ],
  items: [{ ...line('', 'growth', 'DAISU', '2400000.00', '2200000.00', '-200000.00', true), itemId: 'daisu' }],
  expenditure: { budget: fig('201061000.00'), outturn: fig('200861000.00'), variance: fig('-200000.00') },
  income: { budget: fig('14061000.00'), outturn: fig('14211000.00'), variance: fig('-150000.00') },
  nre: { budget: fig('187000000.00'), outturn: fig('186650000.00'), variance: fig('-350000.00') },
  position: 'underspend',
  generalReserve: {
    closing: fig('13300000.00'),
    basis: 'projected',
    closingAfterOutturn: fig('13650000.00'),
    belowMinimumAfterOutturn: false,
    note: 'An underspend of £350,000.00 would add to the general reserve: it would close 2016/17 at £13,650,000.00',
  },
};

// A later year with a forecast as at month 9 (December): £120,000 over on officer pay.
const forecast2017: MonitoringJson = {
  ...actual2016,
  basis: 'forecast',
  asAtMonth: 9,
  asAtMonthName: 'December',
  lines: [line('officer-pay', 'pay', 'Police officers', '59000000.00', '59120000.00', '120000.00', true)],
  items: [],
  expenditure: { budget: fig('202000000.00'), outturn: fig('202120000.00'), variance: fig('120000.00') },
  income: { budget: fig('14000000.00'), outturn: fig('14000000.00'), variance: fig('0.00') },
  nre: { budget: fig('188000000.00'), outturn: fig('188120000.00'), variance: fig('120000.00') },
  position: 'overspend',
  generalReserve: null,
};

const years = [
  { year: '2015/16', monitoring: null },
  { year: '2016/17', monitoring: actual2016 },
  { year: '2017/18', monitoring: forecast2017 },
] as unknown as MtfpYearJson[];

afterEach(cleanup);

describe('BudgetMonitoring', () => {
  it('opens on the latest year monitored, its forecast named by month, the position in words', () => {
    render(<BudgetMonitoring years={years} onExplain={() => undefined} />);
    expect((screen.getByLabelText('Year') as HTMLSelectElement).value).toBe('2017/18');
    expect(screen.getByRole('columnheader', { name: 'Forecast outturn (month 9, December)' })).toBeTruthy();
    expect(screen.getByTestId('monitoring-position').textContent).toContain('Overspend of £120,000.00, forecast as at month 9 (December).');
  });

  it('shows budget, actual outturn and variance by line, underspends in brackets, unreported lines taken as on budget', () => {
    render(<BudgetMonitoring years={years} onExplain={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2016/17' } });
    expect(screen.getByRole('columnheader', { name: 'Actual outturn' })).toBeTruthy();
    expect(screen.getByTestId('monitoring-position').textContent).toContain('Underspend of £350,000.00, at the year end.');
    expect(screen.getByTestId('monitoring-position').textContent).toContain('close 2016/17 at £13,650,000.00');
    const nre = screen.getByRole('row', { name: /^Net revenue expenditure/ });
    expect(
      within(nre)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['187,000,000.00', '186,650,000.00', '(350,000.00)']);
    fireEvent.click(screen.getByRole('button', { name: 'Expenditure' }));
    const officers = screen.getByRole('row', { name: /^Police officers/ });
    expect(
      within(officers)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['58,509,300.00', '58,909,300.00', '400,000.00']);
    expect(screen.getByRole('row', { name: /^Police staff/ }).textContent).toContain('not in the outturn: taken as on budget');
    expect(screen.getByRole('row', { name: /^DAISU/ }).textContent).toContain('growth');
  });

  it('asks where a figure comes from by its /mtfp/explain line', () => {
    const onExplain = vi.fn();
    render(<BudgetMonitoring years={years} onExplain={onExplain} />);
    fireEvent.click(screen.getByRole('button', { name: /^Net revenue expenditure \(NRE\), Variance/ }));
    expect(onExplain).toHaveBeenCalledWith({
      line: 'monitoring/nre/variance',
      label: 'Net revenue expenditure (NRE), variance',
      year: '2017/18',
    });
  });

  it('says so when no year has an outturn', () => {
    render(<BudgetMonitoring years={[years[0]]} onExplain={() => undefined} />);
    expect(screen.getByText('No forecast or actual outturn is recorded for any year of this plan.')).toBeTruthy();
  });
});
