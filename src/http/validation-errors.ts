import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../common/errors';
import { boundedDetails, summarise } from './error-body';

/** Flattens class-validator's nested errors into "lines[2].amount: must be ..." field problems. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = parent === '' ? e.property : /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    // A value that is not the object expected (a list, null) has no insides worth reporting,
    // and class-validator's own word on it ("nested property ...") says less than ours.
    const notAnObject = e.constraints?.isNestedObject !== undefined;
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
      if (notAnObject && constraint === 'nestedValidation') continue;
      out.push({
        field,
        message: constraint === 'whitelistValidation' ? 'is not a field this request accepts' : stripProperty(message, e.property),
      });
    }
    if (e.children?.length && !notAnObject) out.push(...toFieldProblems(e.children, field));
  }
  return out;
}

function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

export function validationException(errors: ValidationError[]): BadRequestException {
  const details = toFieldProblems(errors);
  return new BadRequestException({
    statusCode: 400,
    error: 'invalid_input',
    message: summarise(details, 'The request is not valid.'),
    ...boundedDetails(details),
  });
}
