import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { pathOf, type HttpRequest } from '../http/http-request';
import { FORCE_CODE } from '../common/codes';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors';
import { ACCESS_KEY, type AccessRule, type ScenarioReference, type TargetSource } from './access.decorator';
import {
  MEMBERSHIP_READER,
  SCENARIO_RESOLVER,
  type MembershipReader,
  type ScenarioReadScope,
  type ScenarioResolver,
  type ScenarioStreamScope,
} from './access-readers';
import { isRead, mayAccess, permissionForStream, type Membership, type Permission, type Target } from './access-rules';
import type { Principal } from './principal';
import { PERMISSION_ACTIONS, rolesThatMay } from './roles-that-may';
import { TokenIssuer } from './token-issuer';

export type AuthenticatedRequest = HttpRequest & { principal?: Principal };

/**
 * The one place access is decided. Every endpoint declares what it does with @Access (or
 * @Public); an endpoint that declares nothing is refused, so a new endpoint is closed until
 * someone decides who may use it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenIssuer,
    @Inject(SCENARIO_RESOLVER) private readonly scenarios: ScenarioResolver,
    @Inject(MEMBERSHIP_READER) private readonly memberships: MembershipReader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (rule?.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = this.tokens.verifyRequest(request);
    request.principal = principal;
    if (!rule?.permission) throw new ForbiddenError('This endpoint has no access rule yet, so nobody may use it.');

    const target = await this.targetOf(request, rule.target);
    const permission = rule.target === 'stream' ? permissionForStream(String(request.params.stream ?? '')) : rule.permission;
    if (!mayAccess(principal, permission, target, await this.membership(principal, target))) {
      if (isRead(permission)) {
        throw new NotFoundError(`Nothing here for ${principal.subject}: ${describe(target)} is outside your scope, or does not exist.`);
      }
      throw new ForbiddenError(forbiddenMessage(principal, permission, target));
    }
    await this.checkScenariosRead(request, principal, rule.readsScenarios ?? []);
    return true;
  }

  private async targetOf(request: HttpRequest, source: TargetSource): Promise<Target> {
    if (source === 'scenario') return this.scenarioTarget(request);
    if (source === 'stream') {
      const scope = await this.scenarios.streamScope(String(request.params.stream ?? ''));
      if (scope) return scenarioStreamTarget(request, scope);
    }
    return targetOf(request, source);
  }

  /**
   * /scenarios/{scenario}/…: the scenario is looked for where the caller may look (their force;
   * for an admin the `force` asked for, or every force), and its scope is its force. One found
   * nowhere there is 404 in the same words as one that exists nowhere, so another force's
   * scenario of that id is neither named nor confirmed.
   */
  private async scenarioTarget(request: AuthenticatedRequest): Promise<Target> {
    const id = String(request.params.scenario ?? '');
    return this.scenarios.forceOf(id, this.scenarios.scopeOf(callerOf(request), requestedForce(request)));
  }

  /**
   * Every other scenario the request names is looked for in one force: the route's, the named
   * scenario's, or the new scenario's; else where the caller may look. A caller who may not read
   * that force's scenarios gets the answer for an unknown id whether or not it exists; one who
   * may is left to the endpoint, which looks in the same place and answers in the same words.
   */
  private async checkScenariosRead(request: HttpRequest, principal: Principal, references: readonly ScenarioReference[]): Promise<void> {
    for (const reference of references) {
      const [from, field] = reference.split(':') as ['query' | 'body', string];
      const value = ((from === 'query' ? request.query : request.body) as Record<string, unknown> | undefined)?.[field];
      if (typeof value !== 'string' || value === 'baseline') continue;
      const scope = await this.referenceScope(request, principal);
      const readable =
        scope.kind === 'any' || (scope.kind === 'force' && mayAccess(principal, 'scenario.read', { force: scope.force }, NO_MEMBERSHIP));
      if (!readable) throw this.scenarios.noSuchScenario(value);
    }
  }

  private async referenceScope(request: AuthenticatedRequest, principal: Principal): Promise<ScenarioReadScope> {
    const params = request.params as Record<string, string | undefined>;
    if (params.force !== undefined) return { kind: 'force', force: params.force };
    if (params.scenario !== undefined) {
      const force = (await this.scenarioTarget(request)).force;
      return force ? { kind: 'force', force } : { kind: 'none' };
    }
    const bodyForce = (request.body as { force?: unknown } | undefined)?.force;
    if (typeof bodyForce === 'string') return { kind: 'force', force: bodyForce };
    return this.scenarios.scopeOf(principal, requestedForce(request));
  }

  /** Alliance membership, read only when a rule could need it. */
  private async membership(principal: Principal, target: Target): Promise<Membership> {
    const needed = (principal.role === 'alliance_board' && target.force) || (principal.force && target.alliance);
    if (!needed) return NO_MEMBERSHIP;
    return this.memberships.membership();
  }
}

const NO_MEMBERSHIP: Membership = { membersOf: () => [], alliancesOf: () => [] };

/**
 * A scenario's stream is scoped like the scenario: by the force in its name, or for a stream
 * named before ids belonged to a force, by the force recorded on it – and only when the caller
 * may read that scenario, so an old stream of another force answers as one that does not exist.
 */
function scenarioStreamTarget(request: AuthenticatedRequest, scope: ScenarioStreamScope): Target {
  if (scope.kind === 'force-scoped') return { force: scope.force };
  const scenario = scope.scenario;
  const target = scenario?.force ? { force: scenario.force } : {};
  return scenario && mayAccess(callerOf(request), 'scenario.read', target, NO_MEMBERSHIP) ? target : {};
}

function callerOf(request: AuthenticatedRequest): Principal {
  if (!request.principal) throw new Error('The caller is verified before any target is worked out');
  return request.principal;
}

/** `?force=` on a scenario URL: whose scenario an admin means (anyone else may only name their own force). */
function requestedForce(request: HttpRequest): string | undefined {
  const force = request.query.force;
  if (force === undefined) return undefined;
  if (typeof force !== 'string' || !FORCE_CODE.test(force)) throw new InvalidInputError('force', 'must be a force code such as "herts"');
  return force;
}

function targetOf(request: HttpRequest, source: TargetSource): Target {
  const params = request.params as Record<string, string | undefined>;
  if (source === 'body:force') {
    const force = (request.body as { force?: unknown } | undefined)?.force;
    return { force: typeof force === 'string' ? force : undefined };
  }
  if (source === 'body:code') {
    const code = (request.body as { code?: unknown } | undefined)?.code;
    const text = typeof code === 'string' ? code : undefined;
    return pathOf(request).startsWith('/alliances') ? { alliance: text } : { force: text };
  }
  if (source === 'stream') return targetOfStream(params.stream ?? '');
  return { force: params.force, alliance: params.alliance };
}

/** The scope of a stream, from its id: force-herts, force-finance-herts, alliance-bch, ... */
export function targetOfStream(stream: string): Target {
  const force = /^force-(?:finance-|collaboration-)?([a-z][a-z0-9]*)$/.exec(stream);
  if (force) return { force: force[1] };
  const alliance = /^alliance-([a-z][a-z0-9-]*)$/.exec(stream);
  if (alliance) return { alliance: alliance[1] };
  const runs = /^stress-tests-([a-z][a-z0-9]*)$/.exec(stream);
  if (runs) return { force: runs[1] };
  return {};
}

function describe(target: Target): string {
  if (target.force) return `force "${target.force}"`;
  if (target.alliance) return `alliance "${target.alliance}"`;
  return 'this resource';
}

/** Names the role that may, when the caller's role is the problem; the scope, when their scope is. */
function forbiddenMessage(principal: Principal, permission: Permission, target: Target): string {
  const roles = rolesThatMay(permission, target);
  const theRoles = `the ${orList(roles)} role${roles.length > 1 ? 's' : ''}`;
  if (roles.includes(principal.role))
    return `${/^[aeiou]/.test(principal.role) ? 'An' : 'A'} ${principal.role} token${scopeOf(principal)} may not do this to ${describe(target)}; it is for ${theRoles} of ${describe(target)} (or admin).`;
  const whose = roles.length === 0 ? 'for admin only' : `for ${theRoles} (or admin)`;
  return `${PERMISSION_ACTIONS[permission]} is ${whose}; this token is ${principal.role}${scopeOf(principal)}.`;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function scopeOf(p: Principal): string {
  if (p.force) return ` for force "${p.force}"`;
  if (p.alliance) return ` for alliance "${p.alliance}"`;
  return '';
}
