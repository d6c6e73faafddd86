import { InvalidInputError } from '../common/errors';
import type { AsAt } from '../projections/projection';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Reads `asOf`: a global position ("1234") or an ISO time ("2017-02-01T12:00:00Z"; a bare date
 * means the end of that day, UTC). A time in the future is refused: the plan cannot yet say
 * what it will have said.
 */
export function parseAsOf(value: unknown, now: Date = new Date()): AsAt {
  if (value === undefined || value === '') return { kind: 'latest' };
  if (typeof value !== 'string') throw new InvalidInputError('asOf', 'must be given once, as an ISO time or a global position');
  if (/^\d{1,18}$/.test(value)) return { kind: 'position', position: BigInt(value) };
  if (!ISO_TIME.test(value)) {
    throw new InvalidInputError(
      'asOf',
      `"${value.slice(0, 40)}" is neither an ISO time (e.g. "2017-02-01T18:00:00Z") nor a global position (e.g. "1234")`,
    );
  }
  const time = new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value);
  if (Number.isNaN(time.getTime())) throw new InvalidInputError('asOf', `"${value}" is not a real date and time`);
  if (time.getTime() > now.getTime()) throw new InvalidInputError('asOf', `"${value}" is in the future; ask for a time up to now`);
  return { kind: 'time', time };
}
