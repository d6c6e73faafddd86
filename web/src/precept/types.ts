/** The API's precept options (GET /forces/{force}/precept-options?year=…); money as decimal strings. */
export const BANDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

export interface PreceptOptionJson {
  kind: 'freeze' | 'percentage_rise' | 'pound_rise' | 'recorded' | 'largest_without_referendum';
  label: string;
  bandD: string;
  bands: Record<(typeof BANDS)[number], string>;
  /** Every band a week: the exact yearly charge ÷ 52, to the penny (the service's sum, as in the precept report). */
  weeklyBands: Record<(typeof BANDS)[number], string>;
  change: { yearly: string; weekly: string; percent: string };
  preceptIncome: string;
  incomeAboveFreeze: string;
  referendum: { required: boolean; largestBandDAllowed: string | null; explanation: string };
}

export interface PreceptOptionsJson {
  year: string;
  previousBandD: { value: string };
  taxBase: { value: string };
  options: PreceptOptionJson[];
  /** The groups of PCCs whose referendum principles were applied: recorded in the reference data, or asked for as a what-if. */
  referendumGroups: { appliesTo: string; basis: 'recorded' | 'what-if' }[];
  conventions: string[];
  warnings: string[];
}
