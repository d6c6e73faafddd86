import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import { Rate } from '../../common/rate';

/** What the PCC office asks for: the year, the rises to compare, and the groups of PCCs its PCC belongs to. */
export interface PreceptOptionsRequest {
  year: FinancialYear;
  percentageRise?: Rate;
  poundRise?: Money;
  /** e.g. ["lowest-quartile PCCs"]: principles for these groups apply besides those for all PCCs. */
  groups: string[];
}

/** As asked over HTTP: without a year, the first year of the plan with no approved precept (see defaultPreceptYear). */
export type PreceptOptionsAsked = Omit<PreceptOptionsRequest, 'year'> & { year?: FinancialYear };

export function parsePreceptOptionsAsked(query: {
  year?: unknown;
  percentageRise?: unknown;
  poundRise?: unknown;
  groups?: unknown;
}): PreceptOptionsAsked {
  const rest = parseRises(query);
  return isAbsent(query.year) ? rest : { year: FinancialYear.parse(query.year, 'year'), ...rest };
}

const MAX_GROUPS = 10;

/** Reads the query string: ?year=2017/18&percentageRise=0.0199&poundRise=5.00&groups=lowest-quartile PCCs. */
export function parsePreceptOptionsRequest(query: {
  year?: unknown;
  percentageRise?: unknown;
  poundRise?: unknown;
  groups?: unknown;
}): PreceptOptionsRequest {
  const year = FinancialYear.parse(query.year, 'year');
  return { year, ...parseRises(query) };
}

function parseRises(query: { percentageRise?: unknown; poundRise?: unknown; groups?: unknown }): Omit<PreceptOptionsRequest, 'year'> {
  const percentageRise = isAbsent(query.percentageRise)
    ? undefined
    : Rate.parse(single(query.percentageRise, 'percentageRise'), 'percentageRise');
  const poundRise = isAbsent(query.poundRise) ? undefined : parsePoundRise(single(query.poundRise, 'poundRise'));
  return { percentageRise, poundRise, groups: parseGroups(query.groups) };
}

function parsePoundRise(value: string): Money {
  const rise = Money.parse(value, 'poundRise');
  if (!rise.value.times(100).isInteger()) throw new InvalidInputError('poundRise', 'must be in pounds and pence, e.g. "5.00"');
  return rise;
}

/** Repeated (groups=a&groups=b) or comma-separated (groups=a,b). */
function parseGroups(value: unknown): string[] {
  if (isAbsent(value)) return [];
  const given = Array.isArray(value) ? value : [value];
  if (given.some((g) => typeof g !== 'string'))
    throw new InvalidInputError('groups', 'must be names of groups of PCCs, e.g. "lowest-quartile PCCs"');
  const groups = (given as string[])
    .flatMap((g) => g.split(','))
    .map((g) => g.trim())
    .filter((g) => g.length > 0);
  if (groups.length > MAX_GROUPS || groups.some((g) => g.length > 100)) {
    throw new InvalidInputError('groups', `must name at most ${MAX_GROUPS} groups of PCCs, each at most 100 characters`);
  }
  return [...new Set(groups)];
}

function single(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new InvalidInputError(field, 'must be given once');
  return value;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === '';
}
