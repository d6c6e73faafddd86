import { SetMetadata } from '@nestjs/common';
import type { Permission } from './access-rules';

export const ACCESS_KEY = 'access-rule';

/**
 * Where the guard finds the force or alliance a request is about. By default the route's
 * `:force` and `:alliance` parameters; `body:code` for the endpoints that create one;
 * `stream` for the audit trail (the scope is read from the stream id).
 */
export type TargetSource = 'params' | 'body:code' | 'stream';

export interface AccessRule {
  permission?: Permission;
  public?: boolean;
  target: TargetSource;
}

/** Declares what an endpoint does; the global AccessGuard decides who may do it. */
export const Access = (permission: Permission, target: TargetSource = 'params') => SetMetadata(ACCESS_KEY, { permission, target } satisfies AccessRule);

/** No token needed: health and the API docs only. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true, target: 'params' } satisfies AccessRule);
