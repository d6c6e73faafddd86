import { describe, expect, it } from 'vitest';
import { payGroupRows } from './pay-group-rows';
import type { MtfpYearJson, PayGroupJson } from './types';

const fig = (value: string) => ({ value });

// Officers: £10,000,000 pay at a base of 1,000 FTE; 1,050 FTE in the year is a ratio of 1,050 ÷ 1,000 = 1.0500,
// adding 10,000,000 × 0.05 = £500,000.00 to pay. Employer pension £3,136,166.67 less the £2,000,000.00 pensions
// grant leaves 3,136,166.67 − 2,000,000.00 = £1,136,166.67 for the budget to bear.
const onCosts = (pension: string) => ({
  ratesFrom: '2017/18',
  pensionScheme: 'police',
  pensionRate: fig('0.31'),
  nationalInsuranceRate: fig('0.138'),
  pension: fig(pension),
  nationalInsurance: fig('0.00'),
  apprenticeshipLevy: fig('0.00'),
  total: fig(pension),
});
const group = {
  lineCodes: [],
  base: fig('10000000.00'),
  opening: fig('10000000.00'),
  award: null,
  drift: fig('0.00'),
  awardFullYear: fig('0.00'),
  awardInYear: fig('0.00'),
  total: fig('10500000.00'),
};
const officers = {
  ...group,
  group: 'officers',
  establishment: {
    baseFte: fig('1000.00'),
    baseFteFrom: '2016/17',
    fte: fig('1050.00'),
    fteFrom: '2017/18',
    ratio: '1.0500',
    effect: fig('500000.00'),
  },
  onCosts: {
    ...onCosts('3136166.67'),
    funding: { pension: { cost: fig('3136166.67'), granted: fig('2000000.00'), net: fig('1136166.67') } },
  },
} as PayGroupJson;
// Staff: no FTE recorded to scale their pay, and no grant against their pension.
const staff = { ...group, group: 'staff', establishment: null, onCosts: { ...onCosts('720000.00'), funding: null } } as PayGroupJson;
const year = (groups: PayGroupJson[]) => ({ year: '2017/18', expenditure: { payGroups: groups } }) as unknown as MtfpYearJson;
const byId = (groups: PayGroupJson[]) => new Map(payGroupRows(year(groups)).map((r) => [r.id, r]));

describe('payGroupRows', () => {
  it("shows each group's FTE beside the base's, the ratio and its effect on pay ('–' where FTE scales none)", () => {
    const rows = byId([officers, staff]);
    expect(rows.get('establishment/baseFte')?.values).toEqual({ officers: '1,000', staff: '–' });
    expect(rows.get('establishment/fte')?.values).toEqual({ officers: '1,050', staff: '–' });
    expect(rows.get('establishment/ratio')?.values).toEqual({ officers: '1.0500', staff: '–' });
    expect(rows.get('establishment/effect')?.values).toEqual({ officers: '500000.00', staff: null });
    expect(rows.get('establishment/fte')?.text).toBe(true);
  });

  it('shows the grant against the employer pension and the net the budget bears, by their explain lines', () => {
    const rows = byId([officers, staff]);
    expect(rows.get('onCosts/funding/pension/granted')?.values).toEqual({ officers: '2000000.00', staff: null });
    expect(rows.get('onCosts/funding/pension/net')?.values).toEqual({ officers: '1136166.67', staff: null });
  });

  it('leaves out the FTE and grant rows where no group has them', () => {
    const ids = [...byId([staff]).keys()];
    expect(ids.filter((id) => id.startsWith('establishment/') || id.startsWith('onCosts/funding/'))).toEqual([]);
  });
});
