import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import type { AsAt } from '../../projections/projection';
import { FACTS, type FactsRunner } from '../../projections/projections.module';
import type { StreamFacts } from '../../projections/stream-facts.projection';
import { FORCE_CODE, forceStreamId, type ForceState } from '../force.decider';

export interface ForceView {
  code: string;
  name: string;
  registeredAt: string | null;
  /** Ids of the events behind this view. */
  sources: string[];
}

export class ListForcesQuery {
  constructor(readonly asAt: AsAt = { kind: 'latest' }) {}
}
export class GetForceQuery {
  constructor(
    readonly code: string,
    readonly asAt: AsAt = { kind: 'latest' },
  ) {}
}

/** Every registered force, in code order. */
export function registeredForces(facts: StreamFacts): ForceView[] {
  return Object.entries(facts.streams)
    .filter(([stream]) => /^force-[a-z][a-z0-9]*$/.test(stream))
    .map(([, state]) => state as ForceState)
    .filter((s) => s.code !== null)
    .map(toView)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The force, or a 404 that says which code was not found. */
export function requireForce(facts: StreamFacts, code: string): ForceView {
  const state = FORCE_CODE.test(code) ? (facts.streams[forceStreamId(code)] as ForceState | undefined) : undefined;
  if (!state || state.code === null)
    throw new NotFoundError(`No force "${code.slice(0, 40)}" is registered. GET /forces lists the forces.`);
  return toView(state);
}

function toView(s: ForceState): ForceView {
  return { code: s.code as string, name: s.name as string, registeredAt: s.registeredAt, sources: s.sources };
}

@QueryHandler(ListForcesQuery)
export class ListForcesHandler implements IQueryHandler<ListForcesQuery, ForceView[]> {
  constructor(@Inject(FACTS) private readonly facts: FactsRunner) {}
  async execute(query: ListForcesQuery): Promise<ForceView[]> {
    return registeredForces((await this.facts.view(query.asAt)).state);
  }
}

@QueryHandler(GetForceQuery)
export class GetForceHandler implements IQueryHandler<GetForceQuery, ForceView> {
  constructor(@Inject(FACTS) private readonly facts: FactsRunner) {}
  async execute(query: GetForceQuery): Promise<ForceView> {
    return requireForce((await this.facts.view(query.asAt)).state, query.code);
  }
}
