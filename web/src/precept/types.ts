/** The API's precept options (GET /forces/{force}/precept-options?year=…); money as decimal strings. */
export const BANDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

export interface PreceptOptionJson {
  kind: 'freeze' | 'percentage_rise' | 'pound_rise' | 'recorded' | 'largest_without_referendum';
  label: string;
  bandD: string;
  bands: Record<(typeof BANDS)[number], string>;
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
  conventions: string[];
  warnings: string[];
}
