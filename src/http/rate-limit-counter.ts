import type { ThrottlerStorage } from '@nestjs/throttler';

/** What ThrottlerStorage.increment answers (the package does not export the type by name). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** One allowance's hits, counted per second over the window: a ring of counts and their running sum. */
interface Allowance {
  counts: number[];
  /** The second (since the epoch) the newest slot of the ring counts. */
  newest: number;
  total: number;
  blockedUntil: number;
}

/**
 * Rate-limit storage that costs the same per request however many requests the window holds.
 * @nestjs/throttler's own in-memory storage keeps one timestamp per hit and filters the whole
 * list on every request, so a subject allowed many requests a minute makes each request slower
 * than the last (at 1,000 requests a second, 60,000 timestamps filtered per request). Here hits
 * are counted per second in a ring as long as the window, so a hit leaves the count within a
 * second of leaving the window; the limit, the block and the headers are as the throttler's.
 */
export class RateLimitCounter implements ThrottlerStorage {
  private readonly allowances = new Map<string, Allowance>();
  private sweptAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    this.sweep(now, ttl);
    const second = Math.floor(now / 1000);
    const slots = Math.max(1, Math.ceil(ttl / 1000));
    let allowance = this.allowances.get(key);
    if (allowance === undefined || allowance.counts.length !== slots) {
      allowance = { counts: new Array<number>(slots).fill(0), newest: second, total: 0, blockedUntil: 0 };
      this.allowances.set(key, allowance);
    }
    advance(allowance, second);
    if (allowance.blockedUntil > now) {
      return {
        totalHits: allowance.total + 1,
        timeToExpire: secondsUntil(allowance.blockedUntil, now),
        isBlocked: true,
        timeToBlockExpire: secondsUntil(allowance.blockedUntil, now),
      };
    }
    allowance.counts[second % slots]++;
    allowance.total++;
    const timeToExpire = secondsUntil(oldestCountedSecond(allowance) * 1000 + ttl, now);
    if (allowance.total > limit) {
      allowance.blockedUntil = now + blockDuration;
      return { totalHits: allowance.total, timeToExpire, isBlocked: true, timeToBlockExpire: secondsUntil(allowance.blockedUntil, now) };
    }
    return { totalHits: allowance.total, timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Forgets allowances with nothing counted and no block, at most once a window, so idle subjects cost no memory. */
  private sweep(now: number, ttl: number): void {
    if (now - this.sweptAt < ttl) return;
    this.sweptAt = now;
    const second = Math.floor(now / 1000);
    for (const [key, allowance] of this.allowances) {
      advance(allowance, second);
      if (allowance.total === 0 && allowance.blockedUntil <= now) this.allowances.delete(key);
    }
  }
}

/** Moves the ring on to `second`, emptying the slots of the seconds that have left the window. */
function advance(allowance: Allowance, second: number): void {
  const slots = allowance.counts.length;
  const steps = Math.min(second - allowance.newest, slots);
  for (let i = 1; i <= steps; i++) {
    const slot = (allowance.newest + i) % slots;
    allowance.total -= allowance.counts[slot];
    allowance.counts[slot] = 0;
  }
  if (second > allowance.newest) allowance.newest = second;
}

function oldestCountedSecond(allowance: Allowance): number {
  const slots = allowance.counts.length;
  for (let age = slots - 1; age > 0; age--) if (allowance.counts[(allowance.newest - age) % slots] > 0) return allowance.newest - age;
  return allowance.newest;
}

function secondsUntil(time: number, now: number): number {
  return Math.max(1, Math.ceil((time - now) / 1000));
}
