// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CapitalProgramme } from './CapitalProgramme';
import type { CapitalFundingJson, MtfpYearJson } from './types';

const fig = (value: string) => ({ value });
const funding = (grant: string, receipts: string, rcco: string, reserves: string, borrowing: string): CapitalFundingJson => ({
  capitalGrant: fig(grant),
  capitalReceipts: fig(receipts),
  revenueContribution: fig(rcco),
  reserves: fig(reserves),
  borrowing: fig(borrowing),
});

// The worked example's 2017/18 fleet scheme: £1,500,000 = receipts 300,000 + reserves 200,000 + borrowing 1,000,000.
const fleet = {
  schemeId: 'fleet-2017',
  name: 'Vehicle fleet replacement',
  cost: fig('1500000.00'),
  funding: funding('0.00', '300000.00', '0.00', '200000.00', '1000000.00'),
  fromReserve: 'specific-change',
  assetLifeYears: 5,
};
const empty = { schemes: [], spend: fig('0.00'), funding: funding('0.00', '0.00', '0.00', '0.00', '0.00') };
const years = [
  {
    year: '2017/18',
    capitalProgramme: { schemes: [fleet], spend: fig('1500000.00'), funding: fleet.funding },
    reserves: [{ reserveId: 'specific-change', name: 'Change programme reserve' }],
  },
  { year: '2018/19', capitalProgramme: empty, reserves: [] },
] as unknown as MtfpYearJson[];

afterEach(cleanup);

describe('CapitalProgramme', () => {
  it("shows each year's schemes with cost, funding by source and the year's total, and leaves out years without schemes", () => {
    render(<CapitalProgramme years={years} />);
    expect(screen.getAllByRole('table')).toHaveLength(1);
    const table = screen.getByRole('table', { name: /Capital programme, 2017\/18/ });
    const scheme = within(table).getByRole('row', { name: /Vehicle fleet replacement/ });
    expect(
      within(scheme)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['£1,500,000.00', '£0.00', '£300,000.00', '£0.00', '£200,000.00', '£1,000,000.00', 'Change programme reserve', '5 years']);
    const total = within(table).getByRole('row', { name: /Total/ });
    expect(within(total).getAllByRole('cell')[0].textContent).toBe('£1,500,000.00');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('Revenue contribution (RCCO)');
  });

  it('shows nothing when no year has a scheme', () => {
    const { container } = render(<CapitalProgramme years={[years[1]]} />);
    expect(container.textContent).toBe('');
  });
});
