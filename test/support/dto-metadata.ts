import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
// class-transformer keeps its @Type metadata here; the package exports no public reader for it.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { getMetadataStorage } from 'class-validator';
import { nestedPropertiesOf } from '../../src/http/validation/nested-object';

/**
 * Reads what the application declares about its request bodies, so tests can try every field
 * of every DTO a controller takes – a DTO added tomorrow is tried too, without anyone listing it.
 */

// Nest's own metadata keys and enums (from @nestjs/common/constants and its enums).
const PATH = 'path';
const METHOD = 'method';
const ROUTE_ARGS = '__routeArguments__';
const BODY_PARAM = 3;
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];

type DtoClass = new () => object;

export interface BodyRoute {
  /** "POST /forces/{force}/budgets", as the OpenAPI document (and VALID_BODIES) write it. */
  key: string;
  method: string;
  path: string;
  dto: DtoClass;
}

/** Every route whose handler takes a @Body() DTO class. */
export function bodyRoutes(app: INestApplication): BodyRoute[] {
  const routes: BodyRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Function;
      const base = String(Reflect.getMetadata(PATH, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD, handler) === undefined) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as unknown[];
        const body = Object.entries(args).find(([key, arg]) => key.split(':')[0] === String(BODY_PARAM) && arg.data === undefined);
        const dto = body ? types[body[1].index] : undefined;
        if (typeof dto !== 'function' || dto === Object) continue;
        const path = `/${[base, String(Reflect.getMetadata(PATH, handler) ?? '')].filter((p) => p && p !== '/').join('/')}`.replace(
          /:(\w+)/g,
          '{$1}',
        );
        const method = METHODS[Reflect.getMetadata(METHOD, handler) as number];
        routes.push({ key: `${method} ${path}`, method, path, dto: dto as DtoClass });
      }
    }
  }
  return routes;
}

export interface FieldCase {
  /** As the error names it: "basis.percentages[0].share". */
  field: string;
  /** The names of the validators on it: isName, isNestedObject, isObject, maxLength... */
  validators: string[];
  /** The text rules when it is a name or free text. */
  textRules?: { max: number; min?: number; multiline?: boolean };
  /** When it holds nested DTOs: one, or a list of them. */
  nested?: 'object' | 'list';
  /** Whether class-transformer or class-validator nests here without NestedObject. */
  nestedWithoutDecorator: boolean;
  /** The body with this field set to `value` (and everything around it as in the base body). */
  body(value: unknown): object;
}

function metadataOf(cls: Function): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
}

/** Every field of `dto`, nested DTOs' fields included (each kind of a discriminated one). */
export function fieldCases(dto: Function, base: Record<string, unknown>): FieldCase[] {
  const out: FieldCase[] = [];
  const walk = (cls: Function, own: Record<string, unknown>, place: (value: Record<string, unknown>) => object, prefix: string): void => {
    const metadata = metadataOf(cls);
    const nested = nestedPropertiesOf(cls);
    for (const property of [...new Set(metadata.map((m) => m.propertyName))]) {
      const field = prefix ? `${prefix}.${property}` : property;
      const mine = metadata.filter((m) => m.propertyName === property);
      const declared = nested.find((n) => n.property === property);
      const text = mine.find((m) => m.name === 'isName' || m.name === 'isFreeText');
      const typed = defaultMetadataStorage.findTypeMetadata(cls, property) !== undefined;
      out.push({
        field,
        validators: mine.map((m) => m.name ?? m.type),
        textRules: text?.constraints?.[0],
        nested: declared ? (declared.each ? 'list' : 'object') : undefined,
        nestedWithoutDecorator: !declared && (typed || mine.some((m) => m.type === 'nestedValidation')),
        body: (value) => place({ ...own, [property]: value }),
      });
      // Inside a nested DTO, start from the base body's own value there, when it is of that kind.
      const given = declared?.each ? (own[property] as unknown[] | undefined)?.[0] : own[property];
      for (const kind of declared?.classes ?? []) {
        const sample = typeof given === 'object' && given !== null && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
        const sameKind = !kind.kind || sample[kind.kind.property] === kind.kind.name;
        const start = sameKind ? { ...sample } : { [kind.kind!.property]: kind.kind!.name };
        const child = (value: Record<string, unknown>) => place({ ...own, [property]: declared!.each ? [value] : value });
        walk(kind.value, start, child, declared!.each ? `${field}[0]` : field);
      }
    }
  };
  walk(dto, base, (body) => body, '');
  return out;
}
