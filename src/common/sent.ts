import type { Dec } from './decimal';
import type { FinancialYear } from './financial-year';
import type { Money } from './money';
import type { Rate } from './rate';

/**
 * A typed command as a caller sends it: decimal strings for money, rates and quantities,
 * "2016/17" for years, plain strings for codes and kinds. Each slice's one mapping
 * (`http/to-command.ts`) parses a `Sent<Command>` into the command.
 */
export type Sent<T> = T extends Money | FinancialYear | Rate | Dec | string
  ? string
  : T extends object
    ? { [K in keyof T]: K extends 'type' ? T[K] : Sent<T[K]> }
    : T;
