import { Type } from 'class-transformer';
import { registerDecorator, ValidateNested, type ValidationArguments, type ValidationOptions } from 'class-validator';

type DtoClass = new () => object;

/** A nested DTO chosen by a property of the value (`kind`), as a discriminated union is. */
export interface NestedKinds {
  property: string;
  kinds: ReadonlyArray<{ name: string; value: DtoClass }>;
  /** For a value of no known kind: validates that kind and names the kinds there are. */
  otherwise: DtoClass;
}

/** What NestedObject recorded about a property: read by tests to try every nested field. */
export interface NestedProperty {
  property: string;
  each: boolean;
  classes: ReadonlyArray<{ kind?: { property: string; name: string }; value: DtoClass }>;
}

const registry = new Map<Function, Array<{ property: string; each: boolean; type: () => DtoClass | NestedKinds }>>();

/** Nested properties of a DTO class, its parents' included. */
export function nestedPropertiesOf(target: Function): NestedProperty[] {
  const own = (registry.get(target) ?? []).map(({ property, each, type }) => ({ property, each, classes: classesOf(type) }));
  const parent = Object.getPrototypeOf(target) as Function | null;
  return parent && parent !== Function.prototype ? [...nestedPropertiesOf(parent), ...own] : own;
}

export function isObjectNotList(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/**
 * A property holding one nested DTO – or, with `each`, a list of them – use it wherever a
 * request nests an object. ValidateNested alone validates an array's items as if they were the
 * object, so `[]` passed and reached the domain, and class-transformer's discriminator read
 * `kind` off null in `[null]` and threw (a 500). Here only a plain object is made into the DTO,
 * and anything else – a list, null, a number, text – is refused, naming the field.
 */
export function NestedObject(type: () => DtoClass | NestedKinds, options: ValidationOptions & { each?: boolean } = {}) {
  const { each = false, ...validationOptions } = options;
  return (object: object, propertyName: string) => {
    const classFor = (value: unknown): DtoClass => {
      const chosen = type();
      if (typeof chosen === 'function') return chosen;
      const kind = isObjectNotList(value) ? value[chosen.property] : undefined;
      return chosen.kinds.find((k) => k.name === kind)?.value ?? chosen.otherwise;
    };
    // Without a discriminator option class-transformer never reads a property of the value.
    Type((help) => classFor(help?.object?.[propertyName]))(object, propertyName);
    ValidateNested({ ...validationOptions, each })(object, propertyName);
    registerDecorator({
      name: 'isNestedObject',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => (each ? Array.isArray(value) && value.every(isObjectNotList) : isObjectNotList(value)),
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (!each) return `must be an object ({...}), not ${describe(value)}`;
          if (!Array.isArray(value)) return `must be a list of objects ([{...}]), not ${describe(value)}`;
          const index = value.findIndex((item) => !isObjectNotList(item));
          return `must be a list of objects ([{...}]): item ${index} is ${describe(value[index])}`;
        },
      },
    });
    const list = registry.get(object.constructor) ?? [];
    list.push({ property: propertyName, each, type });
    registry.set(object.constructor, list);
  };
}

/** The classes a nested property may hold; read when asked, as DTO classes may be declared after their use. */
function classesOf(type: () => DtoClass | NestedKinds): NestedProperty['classes'] {
  const chosen = type();
  return typeof chosen === 'function'
    ? [{ value: chosen }]
    : chosen.kinds.map((k) => ({ kind: { property: chosen.property, name: k.name }, value: k.value }));
}
