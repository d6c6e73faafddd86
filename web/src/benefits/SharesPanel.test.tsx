// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharesPanel } from './SharesPanel';
import type { SharesJson } from './types';

// One unit with an outturn (BCH's JPS, 2016/17 as the API answers) and one without.
const answer: SharesJson = {
  year: '2016/17',
  units: [
    {
      unitCode: 'jps',
      name: 'Joint Protective Services',
      budget: '30000000.00',
      outturn: '29650000.00',
      variance: '-350000.00',
      shares: [{ force: 'herts', sharePercent: '40.00', contribution: '12000000.00', outturn: '11860000.00' }],
    },
    {
      unitCode: 'ops',
      name: 'Operational Support',
      budget: '40000000.00',
      outturn: null,
      variance: null,
      shares: [{ force: 'herts', sharePercent: '45.00', contribution: '18000000.00', outturn: null }],
    },
  ],
  memberTotals: [{ force: 'herts', total: '30000000.00', outturn: null }],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show(asOf?: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => new Response(JSON.stringify(path.startsWith('/forces') ? [] : answer), { status: 200 })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SharesPanel alliance="bch" asOf={asOf} years={['2016/17']} />
    </QueryClientProvider>,
  );
}

describe('SharesPanel', () => {
  it("shows a unit's outturn and variance against its budget as the API gives them, and a missing outturn in words, not as 0", async () => {
    show();
    const units = await screen.findByTestId('shares-units');
    const jps = within(units).getByRole('row', { name: /Joint Protective Services/ });
    expect(
      within(jps)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['£30,000,000.00', '£29,650,000.00', '(£350,000.00)', 'herts', '40.00 %', '£12,000,000.00', '£11,860,000.00']);
    const ops = within(units).getByRole('row', { name: /Operational Support/ });
    expect(
      within(ops)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('no outturn yet');
    const members = screen.getByTestId('shares-members');
    expect(within(members).getByRole('row', { name: /herts/ }).textContent).toContain('no outturn yet');
  });

  it("offers the unit's outturn form, and hides it as at a past moment", async () => {
    show();
    await screen.findByTestId('shares-units');
    expect(screen.getByRole('form', { name: "A unit's outturn" })).toBeTruthy();
    cleanup();
    show('179');
    await screen.findByTestId('shares-units');
    expect(screen.queryByRole('form', { name: "A unit's outturn" })).toBeNull();
  });
});
