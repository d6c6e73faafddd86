import { InvalidInputError } from './errors';

const PATTERN = /^(\d{4})\/(\d{2})$/;
/** The range the service accepts: wide enough for history (2010/11 freeze years) and long plans. */
const EARLIEST_START = 2000;
const LATEST_START = 2099;

/**
 * Years already read, and years' written forms: the engines read the same few dozen year
 * strings thousands of times an answer, and a year is immutable, so each is parsed (and
 * written) once. Only valid years are kept, and there are at most a hundred of them.
 */
const parsed = new Map<string, FinancialYear>();
const written = new Map<number, string>();

/**
 * A UK public-sector financial year, 1 April to 31 March, written "2016/17".
 * Immutable; compares by its starting calendar year.
 */
export class FinancialYear {
  private constructor(readonly startYear: number) {}

  static parse(input: unknown, field = 'year'): FinancialYear {
    const known = typeof input === 'string' ? parsed.get(input) : undefined;
    if (known) return known;
    const year = FinancialYear.read(input, field);
    parsed.set(input as string, year);
    return year;
  }

  private static read(input: unknown, field: string): FinancialYear {
    if (input === undefined) throw new InvalidInputError(field, 'is required: a financial year written like "2016/17"');
    if (typeof input !== 'string') {
      throw new InvalidInputError(field, 'must be a financial year written like "2016/17"');
    }
    const m = PATTERN.exec(input);
    if (!m) throw new InvalidInputError(field, `"${input}" is not a financial year written like "2016/17"`);
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end !== (start + 1) % 100) {
      throw new InvalidInputError(
        field,
        `"${input}" is not a financial year: ${start} is followed by ${String((start + 1) % 100).padStart(2, '0')}`,
      );
    }
    if (start < EARLIEST_START || start > LATEST_START) {
      throw new InvalidInputError(
        field,
        `"${input}" is outside the years the service plans (${EARLIEST_START}/${String((EARLIEST_START + 1) % 100).padStart(2, '0')} to ${LATEST_START}/${String((LATEST_START + 1) % 100).padStart(2, '0')})`,
      );
    }
    return new FinancialYear(start);
  }

  static starting(startYear: number): FinancialYear {
    return new FinancialYear(startYear);
  }

  /** `count` consecutive years starting with `from`. */
  static range(from: FinancialYear, count: number): FinancialYear[] {
    return Array.from({ length: count }, (_, i) => new FinancialYear(from.startYear + i));
  }

  next(): FinancialYear {
    return new FinancialYear(this.startYear + 1);
  }
  previous(): FinancialYear {
    return new FinancialYear(this.startYear - 1);
  }
  plus(years: number): FinancialYear {
    return new FinancialYear(this.startYear + years);
  }
  /** Years from `other` to this one (positive when this is later). */
  yearsSince(other: FinancialYear): number {
    return this.startYear - other.startYear;
  }
  compare(other: FinancialYear): number {
    return this.startYear - other.startYear;
  }
  equals(other: FinancialYear): boolean {
    return this.startYear === other.startYear;
  }
  isBefore(other: FinancialYear): boolean {
    return this.startYear < other.startYear;
  }
  isAfter(other: FinancialYear): boolean {
    return this.startYear > other.startYear;
  }
  toString(): string {
    let text = written.get(this.startYear);
    if (text === undefined) {
      text = `${this.startYear}/${String((this.startYear + 1) % 100).padStart(2, '0')}`;
      written.set(this.startYear, text);
    }
    return text;
  }
  toJSON(): string {
    return this.toString();
  }
}
