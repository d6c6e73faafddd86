import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { setActorResolver } from '../http/write-context.decorator';
import { AccessGuard, type AuthenticatedRequest } from './access.guard';
import { resolveAuthSecret } from './auth-secret';
import { TokenIssuer } from './token-issuer';

// The actor recorded on every event is the token's subject.
setActorResolver((request) => (request as AuthenticatedRequest).principal?.subject ?? 'anonymous');

@Global()
@Module({
  providers: [
    {
      provide: TokenIssuer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new TokenIssuer(resolveAuthSecret(config.dataDir, config.jwtSecret).secret),
    },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenIssuer],
})
export class AuthModule {}
