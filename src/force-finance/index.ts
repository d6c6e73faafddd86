/** Force finance: one stream per force (`force-finance-{forceCode}`) holding all its finance decisions. */
export * from './force-finance.commands';
export * from './force-finance.events';
export * from './force-finance.state';
export { forceFinanceDecider, decideForceFinance } from './force-finance.decider';
export { forceFinanceStreamId, FORCE_FINANCE_STREAM_PREFIX } from './force-finance.stream';
export { reserveBalances, effectiveMovements, type ReserveYear } from './reserve-balances';
export { formatPounds } from './format-pounds';
export { keyedAppend, keyedItems, type KeyedList } from './keyed-list';
export type { SourcedMoney } from './sourced-money';
