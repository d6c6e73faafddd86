import { streamFold } from '../projections/stream-folds';
import { forceFinanceDecider } from './force-finance.decider';
import { FORCE_FINANCE_STREAM_PREFIX } from './force-finance.stream';

/** The read side folds each force's finance stream (`force-finance-{code}`) with the force-finance decider. */
export const forceFinanceFold = streamFold(FORCE_FINANCE_STREAM_PREFIX, forceFinanceDecider);
