import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents, reserveMovement, reserveOpened } from '../../test/fixtures/mtfp-facts.fixture';

const opened = reserveOpened;
const movement = reserveMovement;

/** NRE of the base events is £125m in 2016/17 (100m pay + 30m non-pay − 5m income): 5 % is £6.25m, 3 % £3.75m. */
const events: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  support: opened('support', 'earmarked', '25300000', 'within_mtfp'),
  ict: opened('ict', 'earmarked', '2000000'),
  ictPurpose: { type: 'ReservePurposeCategorised.v1', data: { reserveId: 'ict', purposeCategory: 'beyond_mtfp' } },
  legacy: opened('legacy', 'earmarked', '1000000'),
  general: opened('general', 'general', '7000000'),
  minimum: { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.03' } },
  plan16: movement('support', '2016/17', 'drawdown', 'planned', '4450000', true),
  plan17: movement('support', '2017/18', 'drawdown', 'planned', '4450000', true),
  ictIn: movement('ict', '2016/17', 'contribution', 'planned', '500000', false),
  outturn16: movement('support', '2016/17', 'drawdown', 'actual', '3000000', true),
};

describe('projectMtfp: reserves by purpose, plan beside outturn, the 5 % guidance', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 2 });
  const [y16, y17] = mtfp.years;

  it('keeps the planned drawdown beside the actual that replaces it in the balance, with the variance', () => {
    const support16 = y16.reserves.find((r) => r.reserveId === 'support')!;
    // Counted: the actual £3m replaces the planned £4.45m: 25.3m − 3m = 22.3m.
    expect(support16.drawdowns.value.toPence()).toBe('3000000.00');
    expect(support16.closing.value.toPence()).toBe('22300000.00');
    // The plan stays: 4.45m planned, 3m actual, variance 3m − 4.45m = −1.45m; had it gone to plan, 25.3m − 4.45m = 20.85m.
    const drawdowns = support16.plannedAndActual.drawdowns;
    expect(drawdowns.planned).toEqual({ value: expect.anything(), sources: ['plan16'] });
    expect(drawdowns.planned.value.toPence()).toBe('4450000.00');
    expect(drawdowns.actual!.value.toPence()).toBe('3000000.00');
    expect(drawdowns.variance!.value.toPence()).toBe('-1450000.00');
    expect(drawdowns.variance!.sources).toEqual(['outturn16', 'plan16']);
    expect(support16.plannedAndActual.contributions.actual).toBeNull();
    expect(support16.plannedClosing.value.toPence()).toBe('20850000.00');

    // Only that year: 2017/18 opens at the actual 22.3m and draws the planned 4.45m (17.85m); to plan it was 16.4m.
    const support17 = y17.reserves.find((r) => r.reserveId === 'support')!;
    expect(support17.opening.value.toPence()).toBe('22300000.00');
    expect(support17.closing.value.toPence()).toBe('17850000.00');
    expect(support17.plannedAndActual.drawdowns.actual).toBeNull();
    expect(support17.plannedClosing.value.toPence()).toBe('16400000.00');
  });

  it('applies the actual reserve use to the gap and shows the planned use and the variance', () => {
    expect(y16.reserveUse.net.value.toPence()).toBe('3000000.00');
    expect(y16.reserveUse.planned.net.value.toPence()).toBe('4450000.00');
    expect(y16.reserveUse.variance.value.toPence()).toBe('-1450000.00');
    expect(y17.reserveUse.variance.value.toPence()).toBe('0.00');
  });

  it('groups the reserves by purpose under the 2018 guidance, with the planned use', () => {
    const groups = y16.reservesByPurpose.map((g) => ({
      purposeCategory: g.purposeCategory,
      reserveIds: g.reserveIds,
      opening: g.opening.value.toPence(),
      closing: g.closing.value.toPence(),
      plannedDrawdowns: g.plannedDrawdowns.value.toPence(),
      plannedContributions: g.plannedContributions.value.toPence(),
    }));
    expect(groups).toEqual([
      // 25.3m − 3m actual = 22.3m; planned use 4.45m.
      {
        purposeCategory: 'within_mtfp',
        reserveIds: ['support'],
        opening: '25300000.00',
        closing: '22300000.00',
        plannedDrawdowns: '4450000.00',
        plannedContributions: '0.00',
      },
      // Categorised after it opened: 2m + 0.5m = 2.5m.
      {
        purposeCategory: 'beyond_mtfp',
        reserveIds: ['ict'],
        opening: '2000000.00',
        closing: '2500000.00',
        plannedDrawdowns: '0.00',
        plannedContributions: '500000.00',
      },
      // A general reserve is the guidance's contingency, said or not.
      {
        purposeCategory: 'contingency',
        reserveIds: ['general'],
        opening: '7000000.00',
        closing: '7000000.00',
        plannedDrawdowns: '0.00',
        plannedContributions: '0.00',
      },
      // Opened without a purpose: read as before, shown as unclassified.
      {
        purposeCategory: 'unclassified',
        reserveIds: ['legacy'],
        opening: '1000000.00',
        closing: '1000000.00',
        plannedDrawdowns: '0.00',
        plannedContributions: '0.00',
      },
    ]);
  });

  it('alerts when the general reserve is above 5 % of NRE, as well as below the minimum', () => {
    const check = y16.generalReserve!;
    // 5 % of £125m = £6.25m; the general reserve is £7m.
    expect(check.guidanceCeiling.value.toPence()).toBe('6250000.00');
    expect(check.guidanceCeilingShareOfNre.toExact()).toBe('0.05');
    expect(check.aboveGuidanceCeiling).toBe(true);
    expect(check.belowMinimum).toBe(false);
    expect(y16.alerts).toEqual([
      'General reserves close 2016/17 at £7,000,000.00, above £6,250,000.00 (5 % of NRE): the Home Office reserves guidance (2018) asks for the level to be justified',
    ]);
    // Below the minimum and within 5 %: only the minimum alert. 3 % of £125m = £3.75m > £3m.
    const low = projectMtfp({
      facts: factsFrom({ ...events, general: opened('general', 'general', '3000000') }),
      from: '2016/17',
      years: 1,
    });
    expect(low.years[0].generalReserve!.aboveGuidanceCeiling).toBe(false);
    expect(low.years[0].alerts).toEqual([
      'General reserves close 2016/17 at £3,000,000.00, below the minimum of £3,750,000.00 (3.00 % of NRE)',
    ]);
  });

  it('renders the new figures as JSON lines, purposes named rather than numbered', () => {
    const json = mtfpToJson(mtfp).years[0];
    expect(json.reserves[0].plannedAndActual.drawdowns).toEqual({
      planned: { value: '4450000.00', sources: ['plan16'] },
      actual: { value: '3000000.00', sources: ['outturn16'] },
      variance: { value: '-1450000.00', sources: ['outturn16', 'plan16'] },
    });
    expect(json.generalReserve).toMatchObject({ guidanceCeilingShareOfNre: '0.05', aboveGuidanceCeiling: true });
    expect(json.reservesByPurpose[1]).toMatchObject({ purposeCategory: 'beyond_mtfp', closing: { value: '2500000.00' } });
  });
});
