import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { withoutSources } from '../http/compact-answer';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';

/**
 * The year 2016/17 of these facts: pay £100m, supplies £30m, fees (income) £5m, DAISU growth
 * £2.4m and a £1m saving. Expenditure £100m + £30m + £2.4m − £1m = £131.4m; NRE £131.4m − £5m =
 * £126.4m. General reserve £4m, minimum 3 % of NRE = £3,792,000.
 */
const planned: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  daisu: {
    type: 'BudgetItemAdded.v1',
    data: { itemId: 'daisu', kind: 'growth', fromYear: '2016/17', amount: '2400000', recurrence: 'recurring', description: 'DAISU' },
  },
  saving: {
    type: 'BudgetItemAdded.v1',
    data: { itemId: 'sav', kind: 'saving', fromYear: '2016/17', amount: '1000000', recurrence: 'recurring', description: 'Saving' },
  },
  general: {
    type: 'ReserveOpened.v1',
    data: { reserveId: 'general', name: 'General reserve', kind: 'general', purpose: '', openingBalance: '4000000', asAtYear: '2016/17' },
  },
  minimum: { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.03' } },
};
const forecastSept16: ForceFinanceEvent = {
  type: 'ForecastOutturnRecorded.v1',
  data: {
    year: '2016/17',
    asAtMonth: 6,
    lines: [
      { code: 'pay', amount: '101000000' },
      { code: 'fees', amount: '5200000' },
    ],
    items: [
      { itemId: 'daisu', amount: '2000000' },
      { itemId: 'sav', amount: '600000' },
    ],
  },
};
const forecastDec16: ForceFinanceEvent = {
  type: 'ForecastOutturnRecorded.v1',
  data: { year: '2016/17', asAtMonth: 9, lines: [{ code: 'pay', amount: '100500000' }] },
};
const actual16: ForceFinanceEvent = {
  type: 'OutturnRecorded.v1',
  data: {
    year: '2016/17',
    lines: [
      { code: 'pay', amount: '99000000' },
      { code: 'supplies', amount: '30500000' },
    ],
  },
};
const forecastJune17: ForceFinanceEvent = {
  type: 'ForecastOutturnRecorded.v1',
  data: { year: '2017/18', asAtMonth: 3, lines: [{ code: 'supplies', amount: '31000000' }] },
};

/** The figures alone (sources are checked in the last test). */
const years = (events: Record<string, ForceFinanceEvent>) =>
  withoutSources(mtfpToJson(projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 3 })).years);
const rows = (m: NonNullable<ReturnType<typeof years>[number]['monitoring']>) => [
  ...m.lines.map((l) => [l.code, l.budget.value, l.outturn.value, l.reported, l.variance.value]),
  ...m.items.map((i) => [i.itemId, i.budget.value, i.outturn.value, i.reported, i.variance.value]),
];

describe('projectMtfp: budget monitoring beside the plan', () => {
  it('shows nothing when no forecast or actual is recorded', () => {
    expect(years(planned).map((y) => y.monitoring)).toEqual([null, null, null]);
  });

  it('compares the forecast with the budget line by line; income and savings short of budget are overspends', () => {
    const [y16] = years({ ...planned, forecastSept16 });
    const m = y16.monitoring!;
    expect([m.basis, m.asAtMonth, m.asAtMonthName]).toEqual(['forecast', 6, 'September']);
    expect(rows(m)).toEqual([
      ['pay', '100000000.00', '101000000.00', true, '1000000.00'], // £101m − £100m
      ['supplies', '30000000.00', '30000000.00', false, '0.00'], // not named: on budget
      ['fees', '5000000.00', '5200000.00', true, '-200000.00'], // £0.2m more income: an underspend
      ['daisu', '2400000.00', '2000000.00', true, '-400000.00'], // £2.0m − £2.4m
      ['sav', '1000000.00', '600000.00', true, '400000.00'], // £0.4m of the £1m saving undelivered
    ]);
    // Expenditure £131.4m + (1.0m − 0.4m + 0.4m) = £132.4m = 101m + 30m + 2.0m − 0.6m.
    expect(m.expenditure).toEqual({
      budget: { value: '131400000.00' },
      outturn: { value: '132400000.00' },
      variance: { value: '1000000.00' },
    });
    expect(m.income).toEqual({ budget: { value: '5000000.00' }, outturn: { value: '5200000.00' }, variance: { value: '-200000.00' } });
    // NRE £126.4m + £0.8m = £127.2m = £132.4m − £5.2m.
    expect(m.nre).toEqual({ budget: { value: '126400000.00' }, outturn: { value: '127200000.00' }, variance: { value: '800000.00' } });
    expect(m.position).toBe('overspend');
    // £4m − £0.8m = £3.2m, below the £3,792,000 minimum; the planned reserve figures do not move.
    expect(m.generalReserve).toEqual({
      closing: { value: '4000000.00' },
      basis: 'projected',
      closingAfterOutturn: { value: '3200000.00' },
      belowMinimumAfterOutturn: true,
      note: 'An overspend of £800,000.00 would be met from the general reserve: it would close 2016/17 at £3,200,000.00, below its minimum',
    });
    expect(y16.reserves[0].closing.value).toBe('4000000.00');
  });

  it('never changes the plan: budget lines, NRE, gap and reserves are as without monitoring', () => {
    const without = years(planned);
    const withForecast = years({ ...planned, forecastSept16 });
    expect(withForecast.map((y) => ({ ...y, monitoring: null }))).toEqual(without);
  });

  it('a later forecast supersedes an earlier one for the same year', () => {
    const m = years({ ...planned, forecastSept16, forecastDec16 })[0].monitoring!;
    expect([m.basis, m.asAtMonth, m.asAtMonthName]).toEqual(['forecast', 9, 'December']);
    // Only pay is named now (£100.5m, +£0.5m); fees and the items are back on budget.
    expect(rows(m).filter((r) => r[3])).toEqual([['pay', '100000000.00', '100500000.00', true, '500000.00']]);
    expect(m.nre.variance.value).toBe('500000.00');
  });

  it('the actual supersedes the forecasts of its year only; earlier and later years are untouched', () => {
    const [y16, y17, y18] = years({ ...planned, forecastSept16, forecastJune17, actual16 });
    const m16 = y16.monitoring!;
    expect([m16.basis, m16.asAtMonth, m16.asAtMonthName]).toEqual(['actual', null, null]);
    // Pay £99m (−£1m), supplies £30.5m (+£0.5m): an underspend of £0.5m; the forecast's items are not in the actual.
    expect(m16.nre).toEqual({ budget: { value: '126400000.00' }, outturn: { value: '125900000.00' }, variance: { value: '-500000.00' } });
    expect(m16.position).toBe('underspend');
    expect(m16.generalReserve).toMatchObject({
      closingAfterOutturn: { value: '4500000.00' },
      note: 'An underspend of £500,000.00 would add to the general reserve: it would close 2016/17 at £4,500,000.00',
    });
    // 2017/18 keeps its own forecast: supplies £30m × 1.02 = £30.6m budget, £31m forecast, +£0.4m.
    expect(y17.monitoring).toMatchObject({ basis: 'forecast', asAtMonth: 3, nre: { variance: { value: '400000.00' } } });
    expect(y18.monitoring).toBeNull();
    // 2016/17 before (no monitoring) and 2018/19 after: exactly as the plan without any monitoring.
    const without = years(planned);
    expect(y18).toEqual(without[2]);
    expect({ ...y16, monitoring: null }).toEqual(without[0]);
    expect({ ...y17, monitoring: null }).toEqual(without[1]);
    const only17 = years({ ...planned, forecastJune17 });
    expect([only17[0], only17[2]]).toEqual([without[0], without[2]]);
  });

  it('once the year’s actual general reserve movement is recorded, the reserves already count it', () => {
    const movement: ForceFinanceEvent = {
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'general',
        year: '2016/17',
        direction: 'contribution',
        basis: 'actual',
        amount: '500000',
        supportsRevenueBudget: false,
        description: 'Underspend 2016/17',
      },
    };
    const m = years({ ...planned, actual16, movement })[0].monitoring!;
    // £4m + the £0.5m underspend contributed = £4.5m, as the reserve's own closing shows.
    expect(m.generalReserve).toEqual({
      closing: { value: '4500000.00' },
      basis: 'recorded',
      closingAfterOutturn: { value: '4500000.00' },
      belowMinimumAfterOutturn: false,
      note: 'The 2016/17 actual movements on the general reserve are recorded: it closes at £4,500,000.00',
    });
  });

  it('cites the forecast for the outturn and the plan for the budget', () => {
    const facts = factsFrom({ ...planned, forecastSept16 });
    const [y16] = projectMtfp({ facts, from: '2016/17', years: 1 }).years;
    const pay = y16.monitoring!.lines.find((l) => l.code === 'pay')!;
    expect(pay.outturn.sources).toEqual(['forecastSept16']);
    expect(pay.budget.sources).toEqual(['budget16']);
    expect(pay.variance.sources).toEqual(['forecastSept16', 'budget16']);
  });
});
