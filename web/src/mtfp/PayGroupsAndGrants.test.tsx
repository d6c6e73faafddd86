// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PayGroups } from './PayGroups';
import { SpecificGrants } from './SpecificGrants';
import type { MtfpYearJson, PayGroupJson } from './types';

const fig = (value: string) => ({ value });

// Officers in 2017/18: £10,000,000 base; a 2 % award from September: full year 10,000,000 × 2 % = 200,000.00,
// in year 7/12 of it = 116,666.67; no drift; pay 10,116,666.67. On-costs: pension 31 % of it = 3,136,166.67,
// NI 13.8 % = 1,396,100.00, levy 0.5 % of the pay above £3m = 35,583.33; on-costs 4,567,850.00.
const officers: PayGroupJson = {
  group: 'officers',
  lineCodes: ['PAY-OFFICERS'],
  base: fig('10000000.00'),
  opening: fig('10000000.00'),
  award: { basis: 'recorded', rate: fig('0.02'), effectiveMonth: 9, monthsInYear: 7, incrementalDrift: fig('0') },
  drift: fig('0.00'),
  awardFullYear: fig('200000.00'),
  awardInYear: fig('116666.67'),
  total: fig('10116666.67'),
  onCosts: {
    ratesFrom: '2017/18',
    pensionScheme: 'police',
    pensionRate: fig('0.31'),
    nationalInsuranceRate: fig('0.138'),
    pension: fig('3136166.67'),
    nationalInsurance: fig('1396100.00'),
    apprenticeshipLevy: fig('35583.33'),
    total: fig('4567850.00'),
  },
};
// Staff in the base budget's own year: no award, no on-cost rates.
const staff: PayGroupJson = {
  ...officers,
  group: 'staff',
  base: fig('4000000.00'),
  opening: fig('4000000.00'),
  award: null,
  awardFullYear: fig('0.00'),
  awardInYear: fig('0.00'),
  total: fig('4000000.00'),
  onCosts: null,
};

const years = [
  { year: '2016/17', expenditure: { payGroups: [] }, funding: { specificGrants: [] } },
  {
    year: '2019/20',
    expenditure: { payGroups: [officers, staff] },
    funding: {
      specificGrants: [
        {
          grantId: 'pensions-grant',
          name: 'Police pensions grant',
          kind: 'specific',
          amount: fig('2000000.00'),
          funds: { budgetLine: 'officers-and-staff', name: 'Police officers and staff', spend: fig('123500000.00') },
          conditions: 'Towards the officer employer pension contribution of 31.0 % from April 2019',
        },
        { grantId: 'uplift', name: 'Uplift grant', kind: 'ring_fenced', amount: fig('500000.00'), funds: null },
      ],
    },
  },
] as unknown as MtfpYearJson[];

afterEach(cleanup);

const cells = (name: RegExp) =>
  within(screen.getByRole('row', { name }))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('PayGroups', () => {
  it('shows each group from base to pay, the award in words, and the on-costs', () => {
    render(<PayGroups years={years} onExplain={() => undefined} />);
    expect((screen.getByLabelText('Year') as HTMLSelectElement).value).toBe('2019/20');
    expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Pay', 'Police officers', 'Police staff']);
    expect(cells(/^Award, in-year effect/)).toEqual(['116,666.67', '0.00']);
    expect(cells(/^Award, full-year effect/)).toEqual(['200,000.00', '0.00']);
    expect(cells(/^Pay award/)).toEqual(['2 % from Sep (7/12)', 'none (base year)']);
    expect(cells(/^Employer pension rate/)).toEqual(['31 % (police)', '–']);
    expect(cells(/^Employer NI rate/)).toEqual(['13.8 %', '–']);
    expect(screen.getByText(/On-costs at the rates recorded for 2017\/18/)).toBeTruthy();
    expect(cells(/^Employer pension \d/)).toEqual(['3,136,166.67', '–']);
    expect(cells(/^Apprenticeship levy/)).toEqual(['35,583.33', '–']);
    expect(cells(/^On-costs /)).toEqual(['4,567,850.00', '–']);
  });

  it("asks where a figure comes from by the group's /mtfp/explain line", () => {
    const onExplain = vi.fn();
    render(<PayGroups years={years} onExplain={onExplain} />);
    fireEvent.click(screen.getByRole('button', { name: /^Employer pension, Police officers/ }));
    expect(onExplain).toHaveBeenCalledWith({
      line: 'expenditure/payGroups/officers/onCosts/pension',
      label: 'Police officers: employer pension',
      year: '2019/20',
    });
  });

  it('shows nothing where no pay line names a group', () => {
    const { container } = render(<PayGroups years={[years[0]]} onExplain={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});

describe('SpecificGrants', () => {
  it('lists each grant with its kind, amount and the spend it funds', () => {
    render(<SpecificGrants years={years} />);
    expect(cells(/Police pensions grant/)).toEqual([
      '2019/20',
      'Specific',
      '£2,000,000.00',
      'Police officers and staff',
      '£123,500,000.00',
      'Towards the officer employer pension contribution of 31.0 % from April 2019',
    ]);
    expect(cells(/Uplift grant/)).toEqual(['2019/20', 'Ring-fenced', '£500,000.00', 'Not tied to a line', '–', '–']);
  });
});
