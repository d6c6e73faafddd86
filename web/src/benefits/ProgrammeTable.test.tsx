// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgrammeTable } from './ProgrammeTable';
import type { Programme, ProgrammeYear } from './types';

const totals = {
  planned: '1000000.00',
  forecast: '1000000.00',
  realised: null,
  bestEstimate: '1000000.00',
  variance: '0.00',
  deliveryPercent: '100',
  rag: 'green' as const,
  costsToAchieve: '0.00',
  netBenefit: '1000000.00',
};
const year = (y: string, recurrence: ProgrammeYear['recurrence']): ProgrammeYear => ({
  ...totals,
  year: y,
  varianceExplanation: null,
  recurrence,
});
// The worked example's JPS savings: recurring, save 2020/21, which the board marked one-off for that year.
const jps: Programme = {
  programmeCode: 'jps-savings',
  name: 'Joint Protective Services savings',
  owner: 'bch',
  cashable: true,
  recurrence: 'recurring',
  years: [year('2019/20', 'recurring'), year('2020/21', 'one_off')],
  total: totals,
  revisions: [],
  members: [],
};

afterEach(cleanup);

describe('ProgrammeTable', () => {
  it("says the programme's recurrence by its name, and a year's own where it differs", () => {
    render(<ProgrammeTable programme={jps} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Joint Protective Services savings (cashable, recurring)');
    expect(screen.getByRole('rowheader', { name: '2020/21 (one-off)' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '2019/20' })).toBeTruthy();
  });

  it('leaves the recurrence out where the API gives none', () => {
    render(<ProgrammeTable programme={{ ...jps, recurrence: undefined, years: [year('2019/20', undefined)] }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Joint Protective Services savings (cashable)');
  });
});
