import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { MONEY_PATTERN, RATE_PATTERN, YEAR_PATTERN } from './openapi-components';

/**
 * Small builders for the answer schemas, so each reads like the JSON it describes: every object
 * closed (`additionalProperties: false`) with all its fields required unless named optional,
 * money and rates as strings with their patterns.
 */
type Schema = SchemaObject | ReferenceObject;

export const money = (description?: string): SchemaObject => ({ type: 'string', pattern: MONEY_PATTERN, ...describe(description) });
/** Rates, shares and other exact decimals (a tax base, a percentage): a decimal string. */
export const decimal = (description?: string): SchemaObject => ({ type: 'string', pattern: RATE_PATTERN, ...describe(description) });
export const year: SchemaObject = { type: 'string', pattern: YEAR_PATTERN, example: '2017/18' };
export const text = (description?: string): SchemaObject => ({ type: 'string', ...describe(description) });
export const oneOf = (...values: string[]): SchemaObject => ({ type: 'string', enum: values });
export const bool: SchemaObject = { type: 'boolean' };
export const list = (items: Schema, description?: string): SchemaObject => ({ type: 'array', items, ...describe(description) });
export const texts = (description?: string): SchemaObject => list({ type: 'string' }, description);
export const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/**
 * `null` allowed too (OpenAPI 3.0 `nullable`; a $ref cannot carry it, so wrap it). An enum must
 * list null itself: `nullable` does not widen an enum (OpenAPI 3.0.3 clarification).
 */
export function nullable(schema: Schema): SchemaObject {
  if ('$ref' in schema) return { allOf: [schema], nullable: true };
  return { ...schema, nullable: true, ...(schema.enum ? { enum: [...schema.enum, null] } : {}) };
}

/** A closed object: every field required but those named optional. */
export function object(properties: Record<string, Schema>, optional: readonly string[] = [], description?: string): SchemaObject {
  return {
    type: 'object',
    ...describe(description),
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
    additionalProperties: false,
  };
}

/** Only with `?include=sources`: the ids of the events a figure came from. */
export const SOURCES: SchemaObject = texts('Only with ?include=sources: the ids of the events this figure came from');

/** A figure: its value and, on request, its sources; `extra` fields of its own (a basis, the year it was set for). */
export function figure(value: SchemaObject, extra: Record<string, Schema> = {}, optional: readonly string[] = []): SchemaObject {
  return object({ value, sources: ref('Sources'), ...extra }, ['sources', ...optional]);
}

/** Which force, as at which position, under which scenario: the head of a force's projection. */
export const FORCE_HEAD: Record<string, Schema> = {
  force: { type: 'string', example: 'herts' },
  asAt: ref('AsAt'),
  scenario: ref('ScenarioNote'),
};
export const HEAD: Record<string, Schema> = { asAt: ref('AsAt'), scenario: ref('ScenarioNote') };

function describe(description: string | undefined): { description?: string } {
  return description ? { description } : {};
}
