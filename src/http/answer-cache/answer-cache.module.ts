import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AnswerCache } from './answer-cache';
import { ANSWER_CACHE, AnswerCacheInterceptor } from './answer-cache.interceptor';

/** Default budget of the answer cache: the worked example's answers are tens of kB, a large force's MTFP about 1 MB. */
export const DEFAULT_ANSWER_CACHE_MB = 64;

/** The answer cache, registered once for every controller (only CACHED_ROUTES are kept). */
@Module({
  providers: [
    {
      provide: ANSWER_CACHE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new AnswerCache((config.answerCacheMegabytes ?? DEFAULT_ANSWER_CACHE_MB) * 2 ** 20),
    },
    { provide: APP_INTERCEPTOR, useClass: AnswerCacheInterceptor },
  ],
  exports: [ANSWER_CACHE],
})
export class AnswerCacheModule {}
