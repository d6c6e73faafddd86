import type { Money } from '../common/money';
import { councilTaxBands, type CouncilTaxBand } from './council-tax-bands';

/** Weeks in a year by the precept consultations' convention (the options' weekly change uses it too). */
export const WEEKS_IN_A_YEAR = 52;

/** Every band's charge a week for a Band D: the exact yearly charge ÷ 52 (rounded to the penny, half-up, only when shown). */
export function weeklyCouncilTax(bandD: Money): Record<CouncilTaxBand, Money> {
  const yearly = councilTaxBands(bandD);
  const weekly = {} as Record<CouncilTaxBand, Money>;
  for (const band of Object.keys(yearly) as CouncilTaxBand[]) weekly[band] = yearly[band].dividedBy(WEEKS_IN_A_YEAR);
  return weekly;
}
