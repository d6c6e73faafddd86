import { ValidationOptions, registerDecorator } from 'class-validator';
import { Dec, DECIMAL_STRING } from '../../common/decimal';
import { FIELD_PATTERNS, documentFieldFormat, type FieldFormat } from './field-formats';

/** The largest amount the service accepts: a trillion pounds, far beyond any police budget. */
const MAX_MONEY = new Dec('1e12');
const YEAR = /^(\d{4})\/(\d{2})$/;

/** Money loses pennies as a JSON number; rates and quantities lose their exact decimal digits. */
function notANumber(value: unknown, what: string, example: string, loses = 'exact decimal digits'): string | null {
  if (typeof value === 'number') return `must be ${what} such as "${example}", not a JSON number (numbers lose ${loses})`;
  if (typeof value !== 'string') return `must be ${what} such as "${example}"`;
  return null;
}

function decorator(name: string, check: (value: unknown) => string | null, options: ValidationOptions | undefined, format: FieldFormat) {
  return (object: object, propertyName: string) => {
    if (!options?.each) documentFieldFormat(object, propertyName, format);
    let lastProblem = '';
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          const problem = check(value);
          lastProblem = problem ?? '';
          return problem === null;
        },
        defaultMessage: () => lastProblem,
      },
    });
  };
}

/** Pounds as a decimal string with at most two decimal places ("48800000.00"). */
export function IsMoney(options: ValidationOptions & { allowNegative?: boolean } = {}) {
  return decorator(
    'isMoney',
    (value) => {
      const wrongType = notANumber(value, 'a decimal string of pounds', '48800000.00', 'pennies');
      if (wrongType) return wrongType;
      const s = value as string;
      if (!DECIMAL_STRING.test(s)) return `must be a decimal string of pounds such as "48800000.00", not "${s.slice(0, 40)}"`;
      if ((s.split('.')[1]?.length ?? 0) > 2) return 'must have at most two decimal places (whole pence)';
      const d = new Dec(s);
      if (!options.allowNegative && d.isNegative() && !d.isZero()) return 'must not be negative';
      if (d.abs().greaterThanOrEqualTo(MAX_MONEY)) return 'is too large (the limit is £1,000,000,000,000)';
      return null;
    },
    options,
    {
      pattern: options.allowNegative ? FIELD_PATTERNS.money : FIELD_PATTERNS.nonNegativeMoney,
      example: '48800000.00',
      maxLength: 16,
    },
  );
}

/** A rate as a decimal fraction string ("0.02" for 2 %), within bounds. */
export function IsRate(options: ValidationOptions & { min?: string; max?: string } = {}) {
  const min = new Dec(options.min ?? '-1');
  const max = new Dec(options.max ?? '1');
  return decorator(
    'isRate',
    (value) => {
      const wrongType = notANumber(value, 'a decimal fraction string', '0.02');
      if (wrongType) return wrongType;
      const s = value as string;
      if (!DECIMAL_STRING.test(s) || s.length > 24)
        return `must be a decimal fraction string such as "0.02" (2 %), not "${s.slice(0, 40)}"`;
      const d = new Dec(s);
      if (d.lessThan(min) || d.greaterThan(max))
        return `must be between ${min.toFixed()} and ${max.toFixed()} (${min.times(100).toFixed()} % to ${max.times(100).toFixed()} %)`;
      return null;
    },
    options,
    { pattern: min.isNegative() ? FIELD_PATTERNS.decimal : FIELD_PATTERNS.positiveDecimal, example: '0.02', maxLength: 24 },
  );
}

/** A positive decimal quantity that is not money (Band D equivalents, population). */
export function IsQuantity(options: ValidationOptions = {}) {
  return decorator(
    'isQuantity',
    (value) => {
      const wrongType = notANumber(value, 'a decimal string', '420000.5');
      if (wrongType) return wrongType;
      const s = value as string;
      if (!DECIMAL_STRING.test(s) || s.length > 30) return `must be a decimal string such as "420000.5", not "${s.slice(0, 40)}"`;
      if (new Dec(s).lessThanOrEqualTo(0)) return 'must be greater than zero';
      return null;
    },
    options,
    { pattern: FIELD_PATTERNS.positiveDecimal, example: '420000.5', maxLength: 30 },
  );
}

/** A financial year written "2016/17", between 2000/01 and 2099/00. */
export function IsFinancialYear(options: ValidationOptions = {}) {
  return decorator(
    'isFinancialYear',
    (value) => {
      if (value === undefined) return 'is required: a financial year written like "2016/17"';
      if (typeof value !== 'string') return 'must be a financial year written like "2016/17"';
      const m = YEAR.exec(value);
      if (!m) return `must be a financial year written like "2016/17", not "${value.slice(0, 40)}"`;
      const start = Number(m[1]);
      if (Number(m[2]) !== (start + 1) % 100)
        return `"${value}" is not a financial year: ${start}/${String((start + 1) % 100).padStart(2, '0')} would be`;
      if (start < 2000 || start > 2099) return 'must be between 2000/01 and 2099/00';
      return null;
    },
    options,
    { pattern: FIELD_PATTERNS.financialYear, example: '2017/18', minLength: 7, maxLength: 7 },
  );
}
