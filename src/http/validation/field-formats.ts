import { getMetadataStorage } from 'class-validator';

/**
 * What a field validator accepts, written down for the OpenAPI document: each validator (IsMoney,
 * IsRate, IsFinancialYear, IsName, the code validators, …) records the pattern, lengths and an
 * example of the property it decorates, on the DTO class. src/http/openapi/request-schemas.ts
 * copies them into the request schemas (which are named after their classes), so the documented
 * contract is as strict as the validation and cannot drift from it.
 */
export interface FieldFormat {
  readonly pattern?: string;
  readonly example?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

type DtoClass = abstract new (...args: never[]) => object;

const formats = new Map<DtoClass, Map<string, FieldFormat>>();
const classesByName = new Map<string, DtoClass>();

export function documentFieldFormat(target: object, property: string, format: FieldFormat): void {
  const dto = (target as { constructor: DtoClass }).constructor;
  const ofClass = formats.get(dto) ?? new Map<string, FieldFormat>();
  ofClass.set(property, { ...ofClass.get(property), ...format });
  formats.set(dto, ofClass);
  classesByName.set(dto.name, dto);
}

/** A DTO class recorded here, by the name its schema has; and the classes it extends. */
function lineage(className: string): DtoClass[] {
  const chain: DtoClass[] = [];
  for (let dto = classesByName.get(className); dto && dto !== Object; dto = Object.getPrototypeOf(dto) as DtoClass) chain.push(dto);
  return chain;
}

/** The formats of a DTO's properties (its own and those it inherits), by its class name. */
export function fieldFormatsOf(className: string): ReadonlyMap<string, FieldFormat> {
  const merged = new Map<string, FieldFormat>();
  for (const dto of lineage(className).reverse()) for (const [property, format] of formats.get(dto) ?? []) merged.set(property, format);
  return merged;
}

/** Every property class-validator checks on the DTO (its own and inherited), or null for a class not recorded here. */
export function validatedPropertiesOf(className: string): ReadonlySet<string> | null {
  const dto = classesByName.get(className);
  if (!dto) return null;
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto as unknown as Function, '', true, false);
  return new Set(metadata.map((m) => m.propertyName));
}

/** Patterns the validators hold to (JSON Schema regular expressions, as strings). */
export const FIELD_PATTERNS = {
  money: '^-?(0|[1-9]\\d*)(\\.\\d{1,2})?$',
  nonNegativeMoney: '^(0|[1-9]\\d*)(\\.\\d{1,2})?$',
  decimal: '^-?(0|[1-9]\\d*)(\\.\\d+)?$',
  positiveDecimal: '^(0|[1-9]\\d*)(\\.\\d+)?$',
  financialYear: '^20\\d{2}/\\d{2}$',
} as const;
