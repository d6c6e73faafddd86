import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../common/errors';

/** Flattens class-validator's nested errors into "lines[2].amount: must be ..." field problems. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = parent === '' ? e.property : /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
      out.push({ field, message: constraint === 'whitelistValidation' ? 'is not a field this request accepts' : stripProperty(message, e.property) });
    }
    if (e.children?.length) out.push(...toFieldProblems(e.children, field));
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
    message: details.map((d) => `${d.field}: ${d.message}`).join('; ') || 'The request is not valid.',
    details,
  });
}
