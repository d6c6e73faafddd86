import type { Sourced } from './sourced';
import type { MonitoredItem, MonitoredLine } from './force-finance.events';

/**
 * A year's budget monitoring as recorded: the latest forecast outturn (with its month) and the
 * year-end actual. Both are kept: the actual supersedes the forecast in the comparison with the
 * budget, and the forecast stays for the record.
 */
export interface OutturnFact extends Sourced {
  lines: MonitoredLine[];
  items: MonitoredItem[];
}

export interface ForecastOutturnFact extends OutturnFact {
  /** 1 = April … 12 = March. */
  asAtMonth: number;
}

export interface MonitoringYearFact {
  year: string;
  forecast: ForecastOutturnFact | null;
  actual: OutturnFact | null;
}
