import { DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccessGuard } from './access.guard';
import { MEMBERSHIP_READER, SCENARIO_RESOLVER, type MembershipReader, type ScenarioResolver } from './access-readers';
import { resolveAuthSecret } from './auth-secret';
import { TokenIssuer } from './token-issuer';

const PROVIDERS = [
  {
    provide: TokenIssuer,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => new TokenIssuer(resolveAuthSecret(config.dataDir, config.jwtSecret).secret),
  },
  { provide: APP_GUARD, useClass: AccessGuard },
];

/** What the app registers for access: the slices' readers behind access's own interfaces. */
export interface AccessReaders {
  membership: Type<MembershipReader>;
  scenarios: Type<ScenarioResolver>;
}

@Global()
@Module({})
export class AuthModule {
  static forRoot(readers: AccessReaders): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: MEMBERSHIP_READER, useClass: readers.membership },
        { provide: SCENARIO_RESOLVER, useClass: readers.scenarios },
        ...PROVIDERS,
      ],
      exports: [TokenIssuer],
    };
  }
}
