import { formatPounds, formatRate } from '../format/money';
import type { BandDFig } from './types';

const BASIS: Record<string, string> = {
  approved: 'Approved',
  proposed: 'Proposed',
  frozen: 'Frozen (carried)',
  override: 'Scenario override',
  none: 'None recorded',
};

/** How a year's Band D was set, in words: the API's basis and, for an assumption, what was assumed (re-punctuated, never worked out). */
export function bandDBasis(bandD: BandDFig | undefined): string | null {
  if (!bandD?.basis) return null;
  if (bandD.basis !== 'assumed') return BASIS[bandD.basis] ?? bandD.basis;
  const a = bandD.assumption;
  const what =
    a?.kind === 'freeze'
      ? 'freeze'
      : a?.kind === 'percentage'
        ? `${formatRate(a.rate)} rise`
        : a?.kind === 'pound'
          ? `${formatPounds(a.amount, { symbol: true })} rise`
          : a?.kind === 'max_without_referendum'
            ? 'largest rise without a referendum'
            : 'as recorded';
  return `Assumed – ${what}${a?.needsReferendum ? ' (needs a referendum)' : ''}`;
}
