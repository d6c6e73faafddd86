import fc from 'fast-check';
import { allocate, sharesOf, type Weight } from './allocation';
import { Dec } from './decimal';
import { InvalidInputError, RuleViolationError } from './errors';
import { Money } from './money';

const pounds = (pence: bigint) => Money.of(new Dec(pence.toString()).dividedBy(100));
const w = (key: string, weight: string): Weight => ({ key, weight: new Dec(weight) });

/** Any amount from -£10 trillion to +£10 trillion, in whole pence. */
const amountInPence = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
/** A positive decimal weight with up to 6 places: a percentage, a population, a budget. */
const positiveWeight = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Dec(units.toString()).dividedBy(new Dec(10).pow(places)));
const positiveWeights = fc
  .array(positiveWeight, { minLength: 1, maxLength: 12 })
  .map((ws) => ws.map((weight, i) => ({ key: `force${i}`, weight })));
const weightsWithSomeZeros = fc
  .array(fc.oneof(positiveWeight, fc.constant(new Dec(0))), { minLength: 1, maxLength: 12 })
  .filter((ws) => ws.some((x) => !x.isZero()))
  .map((ws) => ws.map((weight, i) => ({ key: `force${i}`, weight })));

const totalOf = (weights: Weight[]) => weights.reduce((s, x) => s.plus(x.weight), new Dec(0));

describe('allocate', () => {
  describe('properties', () => {
    it('allocations always sum exactly to the amount', () => {
      fc.assert(
        fc.property(amountInPence, weightsWithSomeZeros, (pence, weights) => {
          const allocated = Money.sum(allocate(pounds(pence), weights).map((a) => a.amount));
          expect(allocated.toExact()).toBe(pounds(pence).toExact());
        }),
      );
    });

    it('every allocation is whole pence and less than a penny from its exact share', () => {
      fc.assert(
        fc.property(amountInPence, positiveWeights, (pence, weights) => {
          const amount = pounds(pence);
          const total = totalOf(weights);
          for (const [i, a] of allocate(amount, weights).entries()) {
            expect(a.amount.value.times(100).isInteger()).toBe(true);
            // |allocation − amount × w / Σw| < 0.01, multiplied through by Σw to stay exact.
            const gap = a.amount.value.times(total).minus(amount.value.times(weights[i].weight)).abs();
            expect(gap.lessThan(total.times('0.01'))).toBe(true);
          }
        }),
      );
    });

    it('shares sum to exactly 1 and each is within 10^-30 of weight / Σweights', () => {
      fc.assert(
        fc.property(weightsWithSomeZeros, (weights) => {
          const total = totalOf(weights);
          const shares = sharesOf(weights);
          expect(shares.reduce((s, x) => s.plus(x.share), new Dec(0)).equals(1)).toBe(true);
          for (const [i, s] of shares.entries()) {
            expect(s.share.times(total).minus(weights[i].weight).abs().lessThan(total.times('1e-30'))).toBe(true);
          }
        }),
      );
    });

    it('gives every key the same pence whatever order the weights come in', () => {
      fc.assert(
        fc.property(amountInPence, positiveWeights, fc.nat(), (pence, weights, seed) => {
          const rotated = [...weights.slice(seed % weights.length), ...weights.slice(0, seed % weights.length)].reverse();
          const byKey = (as: { key: string; amount: Money }[]) => Object.fromEntries(as.map((a) => [a.key, a.amount.toExact()]));
          expect(byKey(allocate(pounds(pence), rotated))).toEqual(byKey(allocate(pounds(pence), weights)));
        }),
      );
    });

    it('splits a negative amount as the mirror image of the positive one', () => {
      fc.assert(
        fc.property(amountInPence, positiveWeights, (pence, weights) => {
          const plus = allocate(pounds(pence), weights).map((a) => a.amount.toExact());
          const minus = allocate(pounds(-pence), weights).map((a) => a.amount.negated().toExact());
          expect(minus).toEqual(plus);
        }),
      );
    });
  });

  describe('examples', () => {
    it('hands the odd penny of £100 split three equal ways to the key that sorts first', () => {
      const result = allocate(Money.parse('100.00'), [w('herts', '1'), w('beds', '1'), w('cambs', '1')]);
      expect(result.map((a) => [a.key, a.amount.toPence()])).toEqual([
        ['herts', '33.33'],
        ['beds', '33.34'],
        ['cambs', '33.33'],
      ]);
      // Three thirds, the last digit settled by the same rule so they add up to exactly 1.
      expect(result.map((a) => a.share.toFixed())).toEqual([
        '0.333333333333333333333333333333',
        '0.333333333333333333333333333334',
        '0.333333333333333333333333333333',
      ]);
    });

    it('gives the leftover pence to the largest remainders, not the largest shares', () => {
      // 10p by 0.64 / 0.36: exact 6.4p and 3.6p; floors 6p + 3p leave one penny, which goes to the 0.6 remainder.
      const result = allocate(Money.parse('0.10'), [w('a', '0.64'), w('b', '0.36')]);
      expect(result.map((a) => a.amount.toPence())).toEqual(['0.06', '0.04']);
      // 5p by 0.5 / 0.3 / 0.2: exact 2.5p, 1.5p, 1p; floors leave one penny; a and b tie on remainder and a sorts first.
      const tied = allocate(Money.parse('0.05'), [w('b', '0.3'), w('a', '0.5'), w('c', '0.2')]);
      expect(tied.map((x) => [x.key, x.amount.toPence()])).toEqual([
        ['b', '0.01'],
        ['a', '0.03'],
        ['c', '0.01'],
      ]);
    });

    it('keeps weights exact however many decimals they carry', () => {
      const result = allocate(Money.parse('48800000.00'), [w('beds', '0.30'), w('cambs', '0.30'), w('herts', '0.40')]);
      expect(result.map((a) => a.amount.toPence())).toEqual(['14640000.00', '14640000.00', '19520000.00']);
      expect(result.map((a) => a.share.toFixed())).toEqual(['0.3', '0.3', '0.4']);
    });

    it('splits zero into zeros', () => {
      const result = allocate(Money.ZERO, [w('a', '2'), w('b', '1')]);
      expect(result.map((a) => a.amount.toPence())).toEqual(['0.00', '0.00']);
      expect(result.map((a) => a.share.toFixed())).toEqual(['0.666666666666666666666666666667', '0.333333333333333333333333333333']);
    });

    it('splits a negative amount with the pence mirrored', () => {
      const result = allocate(Money.parse('-100.00'), [w('herts', '1'), w('beds', '1'), w('cambs', '1')]);
      expect(result.map((a) => a.amount.toPence())).toEqual(['-33.33', '-33.34', '-33.33']);
    });

    it('gives a zero weight nothing', () => {
      const result = allocate(Money.parse('10.00'), [w('a', '0'), w('b', '3')]);
      expect(result.map((a) => a.amount.toPence())).toEqual(['0.00', '10.00']);
      expect(result[0].share.isZero()).toBe(true);
    });
  });

  describe('refusals', () => {
    it('refuses to split between nobody', () => {
      expect(() => allocate(Money.parse('1.00'), [])).toThrow(RuleViolationError);
    });
    it('refuses weights that total zero', () => {
      expect(() => allocate(Money.parse('1.00'), [w('a', '0'), w('b', '0')])).toThrow(/total zero/);
    });
    it('refuses a negative weight', () => {
      expect(() => allocate(Money.parse('1.00'), [w('a', '-1'), w('b', '2')])).toThrow(RuleViolationError);
    });
    it('refuses the same key twice', () => {
      expect(() => allocate(Money.parse('1.00'), [w('a', '1'), w('a', '2')])).toThrow(InvalidInputError);
    });
  });
});
