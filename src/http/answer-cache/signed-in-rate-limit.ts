import type { OutgoingHttpHeaders } from 'node:http';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { RATE_LIMIT_WINDOW_MS, rateLimitKeyOf, signedInTracker } from '../rate-limit.guard';

/**
 * A signed-in subject's request counted against the same allowance, in the same storage, as
 * RateLimitGuard counts it, with the same X-RateLimit headers; null once the allowance is spent
 * (then the request goes to the full pipeline, which answers 429 in its own words).
 */
export class SignedInRateLimit {
  constructor(
    private readonly storage: ThrottlerStorage,
    private readonly limitPerMinute: number,
  ) {}

  async count(subject: string): Promise<OutgoingHttpHeaders | null> {
    const limit = this.limitPerMinute;
    const window = RATE_LIMIT_WINDOW_MS;
    const { totalHits, timeToExpire, isBlocked } = await this.storage.increment(
      rateLimitKeyOf(signedInTracker(subject)),
      window,
      limit,
      window,
      'default',
    );
    if (isBlocked) return null;
    return {
      'X-RateLimit-Limit': limit,
      'X-RateLimit-Remaining': Math.max(0, limit - totalHits),
      'X-RateLimit-Reset': timeToExpire,
    };
  }
}
