import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { HttpRequest } from './http-request';
import { ACCESS_KEY, type AccessRule } from '../auth/access.decorator';
import { TokenIssuer } from '../auth/token-issuer';
import { UnauthenticatedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const SUBJECT = 'subject:';
const ADDRESS = 'address:';

/** The window each allowance is counted over. */
export const RATE_LIMIT_WINDOW_MS = 60_000;
/** A signed-in subject's tracker: one allowance wherever its requests come from. */
export const signedInTracker = (subject: string): string => `${SUBJECT}${subject}`;
/** The throttler's storage key: one per allowance across all endpoints (the default is per endpoint, which would multiply the limit by the number of routes). */
export const rateLimitKeyOf = (tracker: string, throttler = 'default'): string => `${throttler}:${tracker}`;

/**
 * Fair rate limits. A request with a valid token counts against its subject's allowance,
 * wherever it comes from; one without (no token, or one that fails to verify) against its
 * address's, a separate and smaller one. So a flood of guessed tokens from an address never
 * spends a signed-in user's allowance, even from the same address, and a user behind a shared
 * NAT is not limited by their neighbours. Public endpoints (/health) are not limited at all:
 * a monitor must be able to tell a busy service from a dead one.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: TokenIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    return rule?.public === true;
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const request = props.context.switchToHttp().getRequest<HttpRequest>();
    const subject = this.verifiedSubject(request);
    if (subject !== null)
      return super.handleRequest({ ...props, limit: this.config.rateLimitPerMinute, getTracker: async () => signedInTracker(subject) });
    const address = await this.getTracker(request);
    return super.handleRequest({
      ...props,
      limit: this.config.rateLimitUnauthenticatedPerMinute,
      getTracker: async () => `${ADDRESS}${address}`,
    });
  }

  protected override async getErrorMessage(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<string> {
    const wait = `Wait ${Math.max(1, detail.timeToBlockExpire)} seconds and try again.`;
    if (detail.tracker.startsWith(SUBJECT))
      return `Too many requests: each signed-in user may make ${detail.limit} requests a minute. ${wait}`;
    return `Too many requests without a valid token from this address: ${detail.limit} requests a minute are allowed. ${wait}`;
  }

  /** The subject of a valid token, or null; the access guard still decides (and answers 401) on its own. */
  private verifiedSubject(request: HttpRequest): string | null {
    try {
      return this.tokens.verifyRequest(request).subject;
    } catch (error) {
      if (error instanceof UnauthenticatedError) return null;
      throw error;
    }
  }
}
