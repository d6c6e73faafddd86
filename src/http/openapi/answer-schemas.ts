import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { AUDIT_SCHEMAS } from './audit-schemas';
import { COLLABORATION_SCHEMAS } from './collaboration-schemas';
import { MTFP_SCHEMAS } from './mtfp-schemas';
import { SCENARIO_SCHEMAS } from './scenario-schemas';
import { VIEW_SCHEMAS } from './view-schemas';
import { SOURCES } from './schema-builders';

/**
 * The schemas of answers whose controllers name none, by "METHOD /path": the lists and views,
 * and the projections in full (mtfp-schemas.ts, collaboration-schemas.ts, scenario-schemas.ts).
 * Checked against real answers by test/e2e/openapi-contract.e2e.spec.ts.
 */
const SCENARIO_NOTE: SchemaObject = {
  type: 'object',
  description: 'Only under a scenario: which, the chain applied root-most first, and overrides that could not be applied as asked.',
  required: ['id', 'chain', 'warnings'],
  properties: {
    id: { type: 'string' },
    chain: { type: 'array', items: { type: 'string' } },
    warnings: { type: 'array', items: { type: 'string' } },
  },
};

const AS_AT: SchemaObject = {
  type: 'object',
  description: 'The global position the answer was worked out at (the last event it includes); null in an empty store.',
  required: ['position'],
  properties: { position: { type: 'string', nullable: true, pattern: '^\\d+$' } },
};

const FORCE: SchemaObject = {
  type: 'object',
  required: ['code', 'name', 'registeredAt'],
  properties: {
    code: { type: 'string', example: 'herts' },
    name: { type: 'string', example: 'Hertfordshire Constabulary' },
    registeredAt: { type: 'string', nullable: true },
    sources: { type: 'array', items: { type: 'string' }, description: 'Ids of the events behind this view' },
  },
};

const ALLIANCE_ENTRY: SchemaObject = {
  type: 'object',
  required: ['code', 'name', 'members', 'units', 'programmes'],
  properties: {
    code: { type: 'string', example: 'bch' },
    name: { type: 'string' },
    formedAt: { type: 'string', nullable: true },
    members: { type: 'array', items: { type: 'string' }, description: 'Every force that has been a member, in the order they joined' },
    units: { type: 'array', items: { type: 'string' } },
    programmes: { type: 'array', items: { type: 'string' } },
  },
};

const HEALTH: SchemaObject = {
  type: 'object',
  required: ['status', 'eventStore', 'headPosition', 'projections'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded'] },
    reasons: { type: 'array', items: { type: 'string' } },
    eventStore: { type: 'string', example: 'sqlite' },
    headPosition: { type: 'string', nullable: true },
    projections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'checkpoint', 'lag'],
        properties: {
          name: { type: 'string' },
          checkpoint: { type: 'string', nullable: true },
          lag: { type: 'string' },
          storeProblems: {},
        },
      },
    },
  },
};

export const ANSWER_SCHEMAS: Record<string, SchemaObject> = {
  AsAt: AS_AT,
  ScenarioNote: SCENARIO_NOTE,
  Force: FORCE,
  AllianceListEntry: ALLIANCE_ENTRY,
  Health: HEALTH,
  Sources: SOURCES,
  ...MTFP_SCHEMAS,
  ...COLLABORATION_SCHEMAS,
  ...SCENARIO_SCHEMAS,
  ...AUDIT_SCHEMAS,
  ...VIEW_SCHEMAS,
};

const schema = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

export const OPERATION_ANSWERS: Record<string, SchemaObject | ReferenceObject> = {
  'get /health': schema('Health'),
  'get /forces': { type: 'array', items: schema('Force') },
  'get /forces/{force}': schema('Force'),
  'get /alliances': { type: 'array', items: schema('AllianceListEntry') },
  'get /forces/{force}/mtfp': schema('Mtfp'),
  'get /forces/{force}/mtfp/explain': schema('MtfpExplanation'),
  'get /forces/{force}/precept-options': schema('PreceptOptions'),
  'get /forces/{force}/collaboration': schema('ForceCollaboration'),
  'get /alliances/{alliance}/collaboration-shares': schema('CollaborationShares'),
  'get /alliances/{alliance}/benefits-realisation': schema('BenefitsRealisation'),
  'get /scenarios/{scenario}/compare': schema('ScenarioComparison'),
  'get /forces/{force}/stress-tests/{run}': schema('StressTestRun'),
  'get /forces/{force}/stress-tests': schema('StressTestRuns'),
  'post /forces/{force}/stress-tests': schema('StressTestRunWritten'),
  'get /streams/{stream}/events': schema('StreamEvents'),
  'get /forces/{force}/audit': schema('ForceAuditTrail'),
  'get /alliances/{alliance}/audit': schema('AllianceAuditTrail'),
  'get /forces/{force}/alliance-invitations': schema('ForceInvitations'),
  'get /alliances/{alliance}/invitations': schema('AllianceInvitations'),
  'get /scenarios': schema('ScenarioList'),
  'get /referendum-principles': schema('ReferendumPrinciples'),
  'get /forces/{force}/finance': schema('ForceFinance'),
  'get /forces/{force}/budget-items/{itemId}': schema('BudgetItem'),
  'get /forces/{force}/reserves/{reserve}': schema('Reserve'),
  'get /alliances/{alliance}': schema('Alliance'),
  'get /scenarios/{scenario}': schema('Scenario'),
};
