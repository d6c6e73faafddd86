// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openingYear, SharesPanel } from './SharesPanel';
import type { AllianceUnitBudgetsJson, SharesJson } from './types';

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

// BCH's units have budgets up to 2019/20 in the worked example; its programmes run to 2021/22.
const budgets: AllianceUnitBudgetsJson = {
  units: [
    { code: 'jps', budgets: [{ year: '2016/17', amount: '30000000.00' }] },
    { code: 'ops', budgets: [{ year: '2019/20', amount: '52000000.00' }] },
  ],
};

function show(asOf?: string, years = ['2016/17']) {
  const fetched = vi.fn(async (path: string) => {
    const body = path.startsWith('/forces') ? [] : path.includes('/collaboration-shares') ? answer : budgets;
    return new Response(JSON.stringify(body), { status: 200 });
  });
  vi.stubGlobal('fetch', fetched);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SharesPanel alliance="bch" asOf={asOf} years={years} />
    </QueryClientProvider>,
  );
  return fetched;
}

describe('openingYear', () => {
  it('is the latest year in which a unit has a budget', () => {
    expect(openingYear(['2016/17', '2019/20', '2020/21', '2021/22'], budgets)).toBe('2019/20');
  });

  it('is the latest year when no unit has a budget in any of them, or the budgets could not be read', () => {
    expect(openingYear(['2020/21', '2021/22'], budgets)).toBe('2021/22');
    expect(openingYear(['2020/21', '2021/22'], undefined)).toBe('2021/22');
  });
});

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

  it('opens on the latest year with unit budgets, not on a later year with none', async () => {
    const fetched = show(undefined, ['2016/17', '2019/20', '2020/21', '2021/22']);
    await screen.findByTestId('shares-units');
    expect((document.getElementById('shares-year') as HTMLSelectElement).value).toBe('2019/20');
    const sharesAsked = fetched.mock.calls.map(([path]) => path).filter((p) => p.includes('/collaboration-shares'));
    expect(sharesAsked).toEqual(['/alliances/bch/collaboration-shares?year=2019%2F20']);
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
