import { Dec, decimalOf } from './decimal';
import { InvalidInputError, RuleViolationError } from './errors';
import { Money } from './money';

/**
 * Splitting money between parties without losing or inventing a penny.
 *
 * Everything is done in exact integer arithmetic (BigInt): weights are scaled to whole numbers
 * by their largest number of decimal places, so each party's exact fraction is the rational
 * W_i / ΣW with nothing rounded. Two things are then shared out by largest remainder
 * (Hamilton's method) over that exact fraction:
 *  - the pence of the amount: floor each party's exact pence, then hand the pence left over,
 *    one each, to the largest remainders;
 *  - the share itself, in units of 10^-30: the same method, so the shares are decimals of at
 *    most 30 places that sum to exactly 1 and each lies within 10^-30 of the exact fraction.
 * Ties between equal remainders go to the key that sorts first (plain code-unit order), so the
 * result never depends on the order the weights were given in.
 */

/** Decimal places a share is given to (Dec's 40 significant digits hold them exactly). */
const SHARE_DECIMAL_PLACES = 30;
const SHARE_UNITS = 10n ** BigInt(SHARE_DECIMAL_PLACES);

export interface Weight<K extends string = string> {
  key: K;
  /** Any non-negative decimal: a percentage, a population, a budget. Only ratios matter. */
  weight: Dec;
}

export interface Allocation<K extends string = string> {
  key: K;
  /** weight / Σweights to 30 decimal places; the shares of one allocation sum to exactly 1. */
  share: Dec;
  /** Whole pence; the amounts of one allocation sum to exactly the amount allocated. */
  amount: Money;
}

/**
 * Splits `amount` by `weights`, returning one allocation per weight in the order given.
 * The amount is taken to the penny first (half-up, as Money.wholePence does); a negative
 * amount is split as its absolute value and negated, so allocate(-x) is exactly -allocate(x).
 * Refuses no weights, a negative weight, weights totalling zero and repeated keys.
 */
export function allocate<K extends string>(amount: Money, weights: readonly Weight<K>[]): Allocation<K>[] {
  const { scaled, total, keys } = wholeNumberWeights(weights);
  const shareUnits = largestRemainder(SHARE_UNITS, scaled, total, keys);

  const amounts = allocatePence(amount, { scaled, total, keys }).map(moneyOfPence);
  return weights.map((w, i) => {
    const share = unitsOver(shareUnits[i], SHARE_DECIMAL_PLACES);
    return { key: w.key, share, amount: amounts[i] };
  });
}

/** Weights checked and scaled to whole numbers once, for splitting many amounts by them (allocatePence). */
export interface PreparedWeights {
  scaled: bigint[];
  total: bigint;
  keys: string[];
}

export function prepareWeights(weights: readonly Weight[]): PreparedWeights {
  return wholeNumberWeights(weights);
}

/**
 * The amounts `allocate(amount, weights)` gives, in the same order, as whole pence (negative
 * for a negative amount), without working out the shares again: for adding up many
 * allocations exactly and making money of the sums once.
 */
export function allocatePence(amount: Money, weights: PreparedWeights): bigint[] {
  return allocateWholePence(amount.wholePence(), weights);
}

/** allocatePence for an amount already in whole pence. */
export function allocateWholePence(pence: bigint, { scaled, total, keys }: PreparedWeights): bigint[] {
  if (pence >= 0n) return largestRemainder(pence, scaled, total, keys);
  return largestRemainder(-pence, scaled, total, keys).map((units) => -units);
}

/** Whole pence as money, exactly. */
export function moneyOfPence(pence: bigint): Money {
  return Money.ofPence(pence);
}

/** Just the shares (Σ = 1 exactly), for when there is no amount to split yet. */
export function sharesOf<K extends string>(weights: readonly Weight<K>[]): { key: K; share: Dec }[] {
  return allocate(Money.ZERO, weights).map(({ key, share }) => ({ key, share }));
}

/** units / 10^places, exactly: written out as a decimal and read (once per text), which is far cheaper than dividing. */
function unitsOver(units: bigint, places: number): Dec {
  const digits = units.toString().padStart(places + 1, '0');
  return decimalOf(`${digits.slice(0, -places)}.${digits.slice(-places)}`);
}

function wholeNumberWeights<K extends string>(weights: readonly Weight<K>[]): { scaled: bigint[]; total: bigint; keys: K[] } {
  if (weights.length === 0) throw new RuleViolationError('There is nobody to share the amount between: no weights were given.');
  const seen = new Set<string>();
  let places = 0;
  for (const { key, weight } of weights) {
    if (seen.has(key)) throw new InvalidInputError('weights', `"${key}" appears more than once`);
    seen.add(key);
    if (!weight.isFinite()) throw new InvalidInputError('weights', `the weight for "${key}" is not a finite number`);
    if (weight.isNegative() && !weight.isZero()) {
      throw new RuleViolationError(`The weight for "${key}" is ${weight.toFixed()}: a share cannot be negative.`);
    }
    places = Math.max(places, weight.decimalPlaces());
  }
  const scale = new Dec(10).pow(places);
  const scaled = weights.map(({ weight }) => BigInt(weight.times(scale).toFixed(0)));
  const total = scaled.reduce((sum, w) => sum + w, 0n);
  if (total === 0n)
    throw new RuleViolationError(
      `The weights (${weights.map((w) => `${w.key} ${w.weight.toFixed()}`).join(', ')}) total zero, so there is nothing to share by.`,
    );
  return { scaled, total, keys: weights.map((w) => w.key) };
}

/** Hamilton's method: `units` split in proportion to `weights` (non-negative, `total` > 0). */
function largestRemainder(units: bigint, weights: bigint[], total: bigint, keys: string[]): bigint[] {
  const quotas = weights.map((w) => (units * w) / total);
  const remainders = weights.map((w) => (units * w) % total);
  let left = units - quotas.reduce((sum, q) => sum + q, 0n);
  if (left === 0n) return quotas;
  const order = weights
    .map((_, i) => i)
    .sort((a, b) =>
      remainders[a] !== remainders[b] ? (remainders[a] > remainders[b] ? -1 : 1) : keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0,
    );
  // Fewer units are left over than there are non-zero remainders, so a party whose exact
  // quota is whole never receives one.
  for (const i of order) {
    if (left === 0n) break;
    quotas[i] += 1n;
    left -= 1n;
  }
  return quotas;
}
