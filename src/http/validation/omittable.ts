import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out, but not sent as null. class-validator's IsOptional skips the
 * field's checks for null as well as for undefined, so `"reason": null` was accepted and
 * reached the domain as null; this skips them only when the field is absent.
 */
export function Omittable() {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
