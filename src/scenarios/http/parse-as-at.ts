import { InvalidInputError } from '../../common/errors';
import type { ScenarioAsAt } from '../scenario.events';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A new scenario's branch point as sent: a global position (not beyond the latest recorded) or a
 * time (not after `now`), normalised. Part of the one mapping (to-command.ts).
 */
export function parseAsAt(given: unknown, now: unknown, latestPosition: string | undefined): ScenarioAsAt {
  if (typeof given !== 'object' || given === null)
    throw new InvalidInputError('asAt', 'must be {"position":"1234"} or {"time":"2017-02-01T18:00:00Z"}');
  const { position, time } = given as { position?: unknown; time?: unknown };
  if ((position === undefined) === (time === undefined)) {
    throw new InvalidInputError('asAt', 'must give either a global position or a time, not both or neither');
  }
  if (position !== undefined) {
    if (typeof position !== 'string' || !/^\d{1,18}$/.test(position)) {
      throw new InvalidInputError('asAt.position', 'must be a global position written as digits, e.g. "1234"');
    }
    const normalised = BigInt(position).toString();
    if (latestPosition !== undefined && BigInt(normalised) > BigInt(latestPosition)) {
      throw new InvalidInputError('asAt.position', `${normalised} is beyond the latest position recorded (${latestPosition})`);
    }
    return { position: normalised };
  }
  if (typeof time !== 'string' || !ISO_TIME.test(time)) {
    throw new InvalidInputError(
      'asAt.time',
      'must be an ISO time such as "2017-02-01T18:00:00Z" (a bare date means the end of that day, UTC)',
    );
  }
  const at = new Date(time.length === 10 ? `${time}T23:59:59.999Z` : time);
  if (Number.isNaN(at.getTime())) throw new InvalidInputError('asAt.time', `"${time}" is not a real date and time`);
  const nowTime = typeof now === 'string' ? new Date(now) : new Date(Number.NaN);
  if (Number.isNaN(nowTime.getTime())) throw new InvalidInputError('now', 'the command must carry the time of the request as an ISO time');
  if (at.getTime() > nowTime.getTime())
    throw new InvalidInputError('asAt.time', `"${time}" is in the future; a scenario can branch from the baseline as it stood up to now`);
  return { time: at.toISOString() };
}
