import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Permission } from './access-rules';

export const ACCESS_KEY = 'access-rule';

/**
 * Where the guard finds the force or alliance a request is about. By default the route's
 * `:force` and `:alliance` parameters; `body:code` for the endpoints that create one;
 * `stream` for the audit trail (the scope is read from the stream id); `body:force` for a
 * request that names its force in the body (a new scenario); `scenario` for
 * /scenarios/{scenario}/... (the scenario's force, as recorded).
 */
export type TargetSource = 'params' | 'body:code' | 'stream' | 'body:force' | 'scenario';

/**
 * Where a request may name further scenarios it reads (`?scenario=`, `?with=`, a new
 * scenario's `basedOn`, a stress test's `scenario`): the caller must be allowed to read each,
 * besides doing what the endpoint does.
 */
export type ScenarioReference = 'query:scenario' | 'query:with' | 'body:basedOn' | 'body:scenario';

export interface AccessRule {
  permission?: Permission;
  public?: boolean;
  target: TargetSource;
  readsScenarios?: readonly ScenarioReference[];
}

/** Declares what an endpoint does; the global AccessGuard decides who may do it. */
export const Access = (permission: Permission, target: TargetSource = 'params', readsScenarios: readonly ScenarioReference[] = []) =>
  SetMetadata(ACCESS_KEY, { permission, target, ...(readsScenarios.length > 0 ? { readsScenarios } : {}) } satisfies AccessRule);

/** No token needed: health and the API docs only. */
export const Public = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { public: true, target: 'params' } satisfies AccessRule),
    // The OpenAPI document lists it without the bearer scheme (http/openapi/complete-openapi.ts).
    ApiExtension('x-public', true),
  );
