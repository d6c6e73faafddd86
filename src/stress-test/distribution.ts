import { Dec } from '../common/decimal';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { Rate } from '../common/rate';
import type { SeededRandom } from './seeded-random';

/** Taken from Math once: a global looked up in a hot loop is slow where the global object is proxied (a test runner's sandbox). */
const { sqrt } = Math;

/**
 * A distribution of one uncertain variable, as a request gives it: decimal strings, like every
 * rate the service takes ("0.025" is 2.5 %).
 */
export type DistributionSpec =
  | { kind: 'triangular'; min: string; mode: string; max: string }
  | { kind: 'normal'; mean: string; sd: string }
  | { kind: 'uniform'; min: string; max: string };

const DISTRIBUTION_KINDS = ['triangular', 'normal', 'uniform'] as const;

/** A validated distribution, in floating point for sampling. */
export type Distribution =
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'normal'; mean: number; sd: number }
  | { kind: 'uniform'; min: number; max: number };

/**
 * Validates a distribution. A malformed one (not an object, an unknown kind, a value that is
 * not a decimal string or is outside `bounds`) is a 400, like any malformed field; parameters
 * that are each well-formed but cannot describe a distribution together (min above max, a mode
 * outside them, a negative standard deviation) are a 422, as the service refuses a plan period
 * that ends before it starts.
 */
export function parseDistribution(input: unknown, field: string, bounds: { min: string; max: string }): Distribution {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError(field, 'must be a distribution such as {"kind":"triangular","min":"0.01","mode":"0.02","max":"0.035"}');
  }
  const spec = input as Record<string, unknown>;
  const value = (name: string) => Rate.parse(spec[name], `${field}.${name}`, bounds).fraction;
  const allowOnly = (names: string[]) => {
    const extra = Object.keys(spec).filter((k) => k !== 'kind' && !names.includes(k));
    if (extra.length > 0)
      throw new InvalidInputError(
        `${field}.${extra[0]}`,
        `is not a parameter of a ${String(spec.kind)} distribution (it takes ${names.join(', ')})`,
      );
  };
  switch (spec.kind) {
    case 'triangular': {
      allowOnly(['min', 'mode', 'max']);
      const [min, mode, max] = [value('min'), value('mode'), value('max')];
      requireOrder(min, max, field, 'min', 'max');
      if (mode.lessThan(min) || mode.greaterThan(max))
        throw brokenRule(field, 'mode', `the mode (${mode.toFixed()}) must lie between min (${min.toFixed()}) and max (${max.toFixed()})`);
      return { kind: 'triangular', min: min.toNumber(), mode: mode.toNumber(), max: max.toNumber() };
    }
    case 'uniform': {
      allowOnly(['min', 'max']);
      const [min, max] = [value('min'), value('max')];
      requireOrder(min, max, field, 'min', 'max');
      return { kind: 'uniform', min: min.toNumber(), max: max.toNumber() };
    }
    case 'normal': {
      allowOnly(['mean', 'sd']);
      const mean = value('mean');
      const sd = Rate.parse(spec.sd, `${field}.sd`, { max: '1' }).fraction;
      if (sd.isNegative()) throw brokenRule(field, 'sd', `a standard deviation cannot be negative (${sd.toFixed()} given)`);
      return { kind: 'normal', mean: mean.toNumber(), sd: sd.toNumber() };
    }
    default:
      throw new InvalidInputError(`${field}.kind`, `must be one of ${DISTRIBUTION_KINDS.map((k) => `"${k}"`).join(', ')}`);
  }
}

function requireOrder(low: Dec, high: Dec, field: string, lowName: string, highName: string): void {
  if (low.greaterThan(high)) throw brokenRule(field, lowName, `${lowName} (${low.toFixed()}) is more than ${highName} (${high.toFixed()})`);
}

/** A rule one parameter breaks: the sentence names the distribution; the problem shown beside the parameter need not. */
function brokenRule(field: string, parameter: string, detail: string): RuleViolationError {
  return new RuleViolationError(`${field}: ${detail}`, `${field}.${parameter}`, detail);
}

/** One draw. Triangular by its inverse distribution function; normal by the polar method; uniform by scaling. */
export function sample(distribution: Distribution, random: SeededRandom): number {
  switch (distribution.kind) {
    case 'uniform':
      return distribution.min + random.nextFloat() * (distribution.max - distribution.min);
    case 'normal':
      return distribution.sd === 0 ? distribution.mean : distribution.mean + distribution.sd * random.nextNormal();
    case 'triangular': {
      const { min, mode, max } = distribution;
      const u = random.nextFloat();
      if (max === min) return mode;
      const split = (mode - min) / (max - min);
      return u < split ? min + sqrt(u * (max - min) * (mode - min)) : max - sqrt((1 - u) * (max - min) * (max - mode));
    }
  }
}

/** Whether the distribution always gives the same value. */
export function isDegenerate(distribution: Distribution): boolean {
  return distribution.kind === 'normal' ? distribution.sd === 0 : distribution.min === distribution.max;
}

/** A valid spec with its decimals written the one way the service stores them ("0.0250" → "0.025"). */
export function normalisedSpec(spec: DistributionSpec): DistributionSpec {
  const exact = (value: string) => new Dec(value).toFixed();
  switch (spec.kind) {
    case 'triangular':
      return { kind: spec.kind, min: exact(spec.min), mode: exact(spec.mode), max: exact(spec.max) };
    case 'normal':
      return { kind: spec.kind, mean: exact(spec.mean), sd: exact(spec.sd) };
    case 'uniform':
      return { kind: spec.kind, min: exact(spec.min), max: exact(spec.max) };
  }
}
