import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

describe('projectMtfp: gap, reserves and savings to identify', () => {
  const reserveEvents: Record<string, ForceFinanceEvent> = {
    ...baseEvents,
    support: {
      type: 'ReserveOpened.v1',
      data: {
        reserveId: 'support',
        name: 'Budget support reserve',
        kind: 'earmarked',
        purpose: 'MTFP',
        openingBalance: '25300000',
        asAtYear: '2016/17',
      },
    },
    general: {
      type: 'ReserveOpened.v1',
      data: {
        reserveId: 'general',
        name: 'General reserve',
        kind: 'general',
        purpose: 'Contingency',
        openingBalance: '4000000',
        asAtYear: '2016/17',
      },
    },
    minimum: { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.03' } },
    ...Object.fromEntries(
      ['2016/17', '2017/18', '2018/19', '2019/20'].map((year) => [
        `draw-${year}`,
        {
          type: 'ReserveMovementRecorded.v1',
          data: {
            reserveId: 'support',
            year,
            direction: 'drawdown',
            basis: 'planned',
            amount: '4450000',
            supportsRevenueBudget: true,
            description: 'Budget support',
          },
        } as ForceFinanceEvent,
      ]),
    ),
    ict: {
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'support',
        year: '2017/18',
        direction: 'drawdown',
        basis: 'planned',
        amount: '1000000',
        supportsRevenueBudget: false,
        description: 'ICT capital',
      },
    },
    topUp: {
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'general',
        year: '2017/18',
        direction: 'contribution',
        basis: 'planned',
        amount: '500000',
        supportsRevenueBudget: true,
        description: 'From revenue',
      },
    },
  };

  it('applies net revenue reserve use to the gap and shows each reserve year by year', () => {
    const mtfp = projectMtfp({ facts: factsFrom(reserveEvents), from: '2016/17', years: 4 });
    const y17 = mtfp.years[1];
    // NRE 2017/18: 101m + 30.6m − 5.15m = 126.45m; funding 59.4 + 39.6 + 10 + 1 + 62.3574 = 172.3574m
    expect(y17.nre.value.toPence()).toBe('126450000.00');
    expect(y17.gap.value.toPence()).toBe('-45907400.00');
    expect(y17.reserveUse.drawdowns.value.toPence()).toBe('4450000.00');
    expect(y17.reserveUse.contributions.value.toPence()).toBe('500000.00');
    expect(y17.reserveUse.net.value.toPence()).toBe('3950000.00');
    expect(y17.reserveUse.net.sources).toEqual(['draw-2017/18', 'topUp']);
    // A surplus year: −45,907,400 − 3,950,000 = −49,857,400 is a surplus, not negative savings; the £3.95m
    // planned reserve use is all more than the budget needs.
    expect(y17.savingsToIdentify.value.toPence()).toBe('0.00');
    expect(y17.surplus.value.toPence()).toBe('49857400.00');
    expect(mtfp.warnings).toContain(
      '2017/18: the plan has a surplus of £45,907,400.00 before reserves, yet draws £3,950,000.00 (net) from reserves that the budget does not need',
    );
    const support17 = y17.reserves.find((r) => r.reserveId === 'support')!;
    expect([support17.opening, support17.drawdowns, support17.closing].map((f) => f.value.toPence())).toEqual([
      '20850000.00',
      '5450000.00',
      '15400000.00',
    ]);
    expect(support17.closing.sources).toEqual(['support', 'draw-2016/17', 'draw-2017/18', 'ict']);
    const support19 = mtfp.years[3].reserves.find((r) => r.reserveId === 'support')!;
    expect(support19.closing.value.toPence()).toBe('6500000.00');
  });

  it('flags general reserves closing below the minimum share of NRE', () => {
    const mtfp = projectMtfp({ facts: factsFrom(reserveEvents), from: '2016/17', years: 2 });
    const [y16, y17] = mtfp.years;
    // 3 % of 2016/17 NRE (125m) is 3.75m; general reserve 4m: fine. 2017/18: 4.5m against 3 % of 126.45m = 3.7935m: fine.
    expect(y16.generalReserve).toMatchObject({ belowMinimum: false });
    expect(y17.generalReserve!.closing.value.toPence()).toBe('4500000.00');

    const strict = projectMtfp({
      facts: factsFrom({ ...reserveEvents, minimum: { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.05' } } }),
      from: '2016/17',
      years: 1,
    });
    const check = strict.years[0].generalReserve!;
    expect(check.belowMinimum).toBe(true);
    expect(check.minimum!.value.toPence()).toBe('6250000.00');
    expect(check.minimum!.sources).toEqual(expect.arrayContaining(['minimum', 'budget16']));
    expect(strict.years[0].alerts).toEqual([
      'General reserves close 2016/17 at £4,000,000.00, below the minimum of £6,250,000.00 (5.00 % of NRE)',
    ]);
  });

  it('cites an event for every non-zero figure', () => {
    const json = mtfpToJson(projectMtfp({ facts: factsFrom(reserveEvents), from: '2016/17', years: 4 }));
    const unsourced: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (
        'value' in record &&
        'sources' in record &&
        !/^-?0(\.0+)?$/.test(String(record.value)) &&
        (record.sources as string[]).length === 0
      )
        unsourced.push(path);
      for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
    };
    visit(json, 'mtfp');
    expect(unsourced).toEqual([]);
  });
});
