/** One stream per force holds all its finance decisions, so their invariants are checked together. */
export const FORCE_FINANCE_STREAM_PREFIX = 'force-finance-';

export function forceFinanceStreamId(forceCode: string): string {
  return `${FORCE_FINANCE_STREAM_PREFIX}${forceCode}`;
}
