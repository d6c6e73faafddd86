import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { fieldFormatsOf, validatedPropertiesOf } from '../validation/field-formats';

type Schemas = Record<string, SchemaObject | ReferenceObject>;

/**
 * Request body schemas as strict as their validation. Each property gains what its validator
 * recorded (pattern, lengths, an example) unless the schema says it already; and, since unknown
 * fields are refused (the ValidationPipe's forbidNonWhitelisted), a DTO whose schema documents
 * every property its validators check says `additionalProperties: false`. (Where a property is
 * not documented – a build without the Swagger compiler plugin – the schema stays open rather
 * than refuse what the service accepts; the properties a validator recorded are added.)
 */
export function strictRequestSchemas(schemas: Schemas): Schemas {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, '$ref' in schema ? schema : strict(name, schema)]));
}

function strict(name: string, schema: SchemaObject): SchemaObject {
  const formats = fieldFormatsOf(name);
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([property, field]) => {
      const format = formats.get(property);
      if (!format || '$ref' in field) return [property, field];
      const added = Object.fromEntries(Object.entries(format).filter(([key]) => (field as Record<string, unknown>)[key] === undefined));
      return [property, { ...field, ...added }];
    }),
  );
  // Every format is of a string (money, rates, years, codes, text): one the compiler plugin did not document is added.
  for (const [property, format] of formats) if (!(property in properties)) properties[property] = { type: 'string', ...format };
  const validated = validatedPropertiesOf(name);
  const documentsAll = validated !== null && [...validated].every((p) => p in properties);
  return { ...schema, properties, ...(documentsAll ? { additionalProperties: false } : {}) };
}
