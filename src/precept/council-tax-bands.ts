import type { Money } from '../common/money';

export type CouncilTaxBand = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';

/** Each band as ninths of Band D (England): A 6/9 … H 18/9. */
export const BAND_NINTHS: Readonly<Record<CouncilTaxBand, number>> = { A: 6, B: 7, C: 8, D: 9, E: 11, F: 13, G: 15, H: 18 };

/**
 * Every band's charge for a Band D, exact (Band D × ninths ÷ 9, multiplied first so thirds stay
 * exact); rounded to the penny, half-up, only when shown.
 */
export function councilTaxBands(bandD: Money): Record<CouncilTaxBand, Money> {
  const bands = {} as Record<CouncilTaxBand, Money>;
  for (const [band, ninths] of Object.entries(BAND_NINTHS) as Array<[CouncilTaxBand, number]>) {
    bands[band] = bandD.times(ninths).dividedBy(9);
  }
  return bands;
}
