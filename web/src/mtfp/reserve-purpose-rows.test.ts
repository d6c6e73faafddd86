import { describe, expect, it } from 'vitest';
import { reservePurposeRows } from './reserve-purpose-rows';
import type { MtfpYearJson } from './types';

// Herts 2016/17 as the API answers it (compact): the base-budget support reserve's drawdown has an outturn.
const year = {
  year: '2016/17',
  reserves: [
    {
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      purposeCategory: 'contingency',
      opening: { value: '13300000.00' },
      contributions: { value: '0.00' },
      drawdowns: { value: '0.00' },
      closing: { value: '13300000.00' },
      plannedAndActual: {
        contributions: { planned: { value: '0.00' }, actual: null, variance: null },
        drawdowns: { planned: { value: '0.00' }, actual: null, variance: null },
      },
      plannedClosing: { value: '13300000.00' },
    },
    {
      reserveId: 'budget-support',
      name: 'Base-budget support reserve',
      kind: 'earmarked',
      purposeCategory: 'within_mtfp',
      opening: { value: '25300000.00' },
      contributions: { value: '0.00' },
      drawdowns: { value: '4450000.00' },
      closing: { value: '20850000.00' },
      plannedAndActual: {
        contributions: { planned: { value: '0.00' }, actual: null, variance: null },
        drawdowns: { planned: { value: '4450000.00' }, actual: { value: '4450000.00' }, variance: { value: '0.00' } },
      },
      plannedClosing: { value: '20850000.00' },
    },
  ],
  reservesByPurpose: [
    {
      purposeCategory: 'within_mtfp',
      reserveIds: ['budget-support'],
      opening: { value: '25300000.00' },
      contributions: { value: '0.00' },
      drawdowns: { value: '4450000.00' },
      closing: { value: '20850000.00' },
      plannedContributions: { value: '0.00' },
      plannedDrawdowns: { value: '4450000.00' },
      plannedAndActual: {
        contributions: { planned: { value: '0.00' }, actual: null, variance: null },
        drawdowns: { planned: { value: '4450000.00' }, actual: { value: '4450000.00' }, variance: { value: '0.00' } },
      },
    },
    {
      purposeCategory: 'contingency',
      reserveIds: ['general'],
      opening: { value: '13300000.00' },
      contributions: { value: '0.00' },
      drawdowns: { value: '0.00' },
      closing: { value: '13300000.00' },
      plannedContributions: { value: '0.00' },
      plannedDrawdowns: { value: '0.00' },
    },
  ],
} as unknown as MtfpYearJson;

describe('reservePurposeRows', () => {
  it("lists each purpose's reserves, then the purpose's total, in the API's order", () => {
    expect(reservePurposeRows(year).map((r) => [r.label, Boolean(r.total)])).toEqual([
      ['Base-budget support reserve', false],
      ['Used within the MTFP – total', true],
      ['General reserve', false],
      ['Contingency (general reserve) – total', true],
    ]);
  });

  it('puts planned, actual and variance side by side, each with the line /mtfp/explain takes', () => {
    const [support] = reservePurposeRows(year);
    expect(support.values).toMatchObject({
      'drawdowns/planned': '4450000.00',
      'drawdowns/actual': '4450000.00',
      'drawdowns/variance': '0.00',
    });
    expect(support.lines['drawdowns/actual']).toBe('reserves/budget-support/plannedAndActual/drawdowns/actual');
    // No outturn recorded for contributions: no actual and no variance (a dash), never a zero.
    expect(support.values['contributions/actual']).toBeUndefined();
    expect(support.lines['contributions/actual']).toBeUndefined();
  });

  it("gives a purpose's total its actual and variance where the API has them, and leaves them empty where it has none", () => {
    const total = reservePurposeRows(year)[1];
    expect(total.values).toEqual({
      opening: '25300000.00',
      'contributions/planned': '0.00',
      'drawdowns/planned': '4450000.00',
      'drawdowns/actual': '4450000.00',
      'drawdowns/variance': '0.00',
      closing: '20850000.00',
    });
    expect(total.lines['drawdowns/planned']).toBe('reservesByPurpose/within_mtfp/plannedDrawdowns');
    expect(total.lines['drawdowns/variance']).toBe('reservesByPurpose/within_mtfp/plannedAndActual/drawdowns/variance');
    // The contingency total has no outturn (and, from an older answer, no plannedAndActual): dashes, never zeros.
    const contingency = reservePurposeRows(year)[3];
    expect(Object.keys(contingency.values)).toEqual(['opening', 'contributions/planned', 'drawdowns/planned', 'closing']);
  });
});
