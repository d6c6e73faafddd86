import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { textProblem, type TextRules } from '../../common/text';
import { documentFieldFormat } from './field-formats';

/**
 * Free-text fields. Use these instead of IsString + Length/MaxLength: class-validator counts
 * UTF-16 units and lets control and bidi characters through (see common/text.ts). One message
 * for the first thing wrong, rather than one per rule.
 */
function text(name: string, rules: TextRules, options: ValidationOptions = {}) {
  return (object: object, propertyName: string) => {
    // Characters as JSON Schema counts them (code points), as the validator does.
    if (!options.each) documentFieldFormat(object, propertyName, { maxLength: rules.max, ...(rules.min ? { minLength: rules.min } : {}) });
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options,
      constraints: [rules],
      validator: {
        validate: (value: unknown) => textProblem(value, rules) === null,
        defaultMessage: (args?: ValidationArguments) => textProblem(args?.value, rules) ?? '',
      },
    });
  };
}

/** A name, title or code typed by a person: one line, no control characters at all, 1 to `max` characters. */
export function IsName(max: number, options?: ValidationOptions) {
  return text('isName', { max, min: 1 }, options);
}

/** Longer text (a reason, a description, a note): line breaks and tabs allowed, other control characters not. */
export function IsFreeText(max: number, options: ValidationOptions & { min?: number } = {}) {
  const { min, ...validationOptions } = options;
  return text('isFreeText', { max, min, multiline: true }, validationOptions);
}
