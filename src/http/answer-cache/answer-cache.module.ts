import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { getStorageToken, type ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { AnswerCache } from './answer-cache';
import { ANSWER_CACHE, AnswerCacheInterceptor } from './answer-cache.interceptor';
import { RememberedAnswers } from './remembered-answers';
import { SignedInRateLimit } from './signed-in-rate-limit';

/** Default budget of the answer cache: the worked example's answers are tens of kB, a large force's MTFP about 1 MB. */
export const DEFAULT_ANSWER_CACHE_MB = 64;

/** The answer cache, registered once for every controller (only CACHED_ROUTES are kept), and its fast lane. */
@Module({
  providers: [
    {
      provide: ANSWER_CACHE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new AnswerCache((config.answerCacheMegabytes ?? DEFAULT_ANSWER_CACHE_MB) * 2 ** 20),
    },
    { provide: APP_INTERCEPTOR, useClass: AnswerCacheInterceptor },
    {
      provide: RememberedAnswers,
      inject: [ANSWER_CACHE, EVENT_STORE, getStorageToken(), APP_CONFIG],
      useFactory: (cache: AnswerCache, store: EventStore, storage: ThrottlerStorage, config: AppConfig) =>
        new RememberedAnswers(cache, store, new SignedInRateLimit(storage, config.rateLimitPerMinute)),
    },
  ],
  exports: [ANSWER_CACHE, RememberedAnswers],
})
export class AnswerCacheModule {}
