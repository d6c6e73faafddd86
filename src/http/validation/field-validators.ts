import { Matches, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { COLLABORATION_CODE, FORCE_CODE } from '../../common/codes';
import { textProblem } from '../../common/text';
import { documentFieldFormat } from './field-formats';

/** An alliance, unit or programme code: it becomes part of a stream id and of MTFP line codes. */
export function IsCollaborationCode(options: ValidationOptions = {}) {
  const matches = Matches(COLLABORATION_CODE, {
    message: 'must be 1–40 lower-case letters, digits or hyphens, starting with a letter (e.g. "bch" or "joint-protective-services")',
    ...options,
  });
  return (object: object, propertyName: string) => {
    if (!options.each) documentFieldFormat(object, propertyName, { pattern: COLLABORATION_CODE.source, example: 'bch' });
    matches(object, propertyName);
  };
}

/** A registered force's code, as in POST /forces ("herts"). */
export function IsForceCode(options: ValidationOptions = {}) {
  const matches = Matches(FORCE_CODE, {
    message: 'must be a force code: 2–20 lower-case letters or digits, starting with a letter (e.g. "herts")',
    ...options,
  });
  return (object: object, propertyName: string) => {
    if (!options.each) documentFieldFormat(object, propertyName, { pattern: FORCE_CODE.source, example: 'herts' });
    matches(object, propertyName);
  };
}

/**
 * A field that belongs to some kinds of a request only: refused, saying which kinds take it,
 * when the request's `kind` is another. Pair it with @ValidateIf so it runs when the field is given.
 */
export function OnlyForKinds(kinds: readonly string[], options: ValidationOptions = {}) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'onlyForKinds',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value === undefined || kinds.includes((args.object as { kind?: string }).kind ?? ''),
        defaultMessage: () => `is only accepted with kind ${kinds.map((k) => `"${k}"`).join(' or ')}`,
      },
    });
}

/**
 * Text a request must carry (under @ValidateIf, when it must): one clear message for each way
 * it can be wrong – missing, not text (null included), blank, too long, control or bidi
 * characters – rather than all of them at once.
 */
export function IsRequiredText(options: { maxLength: number; whenMissing: string } & ValidationOptions) {
  const { maxLength, whenMissing, ...validationOptions } = options;
  const problemWith = (value: unknown): string | null => {
    if (value === undefined) return whenMissing;
    if (typeof value === 'string' && !/\S/.test(value)) return 'must not be blank';
    return textProblem(value, { max: maxLength, multiline: true });
  };
  return (object: object, propertyName: string) => {
    documentFieldFormat(object, propertyName, { maxLength });
    registerDecorator({
      name: 'isRequiredText',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => problemWith(value) === null,
        defaultMessage: (args?: ValidationArguments) => problemWith(args?.value) ?? '',
      },
    });
  };
}
