import { Dec, fixedHalfUp } from './decimal';
import { Money } from './money';

/**
 * Money holds an amount known to be whole pence as a BigInt count of pence, and any other amount
 * as a Dec. Every method must answer exactly as the Dec arithmetic does, whichever form each
 * amount is in: these compare the two on amounts of every size, sign and number of places.
 */
describe('Money: whole pence and other amounts give the answers of exact decimal arithmetic', () => {
  // A fixed pseudo-random sequence, so a failure can be replayed.
  let seed = 4242;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const amountText = (): string => {
    const whole = String(next() % 10 ** (next() % 10));
    const places = next() % 5; // 0 to 4 places: whole pence up to 2, more than pence beyond
    const fraction = places === 0 ? '' : `.${String(next()).padStart(10, '0').slice(0, places)}`;
    return `${next() % 3 === 0 ? '-' : ''}${whole}${fraction}`;
  };

  it('adds, subtracts, compares and writes 5,000 pairs as Dec does', () => {
    const differing: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const [a, b] = [amountText(), amountText()];
      const [x, y] = [Money.of(a), Money.of(b)];
      const [dx, dy] = [new Dec(a), new Dec(b)];
      const got = [
        x.plus(y).toPence(),
        x.minus(y).toPence(),
        x.plus(y).toExact(),
        x.minus(y).toExact(),
        x.compare(y),
        x.equals(y),
        x.lessThan(y),
        x.greaterThan(y),
        x.negated().toExact(),
        x.isZero(),
        x.isNegative(),
        x.isPositive(),
        x.toPence(),
        x.toExact(),
        x.wholePence().toString(),
        Money.sum([x, y, x]).toExact(),
        x.value.equals(dx),
      ];
      const want = [
        fixedHalfUp(dx.plus(dy), 2),
        fixedHalfUp(dx.minus(dy), 2),
        dx.plus(dy).toFixed(),
        dx.minus(dy).toFixed(),
        dx.comparedTo(dy),
        dx.equals(dy),
        dx.lessThan(dy),
        dx.greaterThan(dy),
        dx.negated().toFixed(),
        dx.isZero(),
        dx.isNegative() && !dx.isZero(),
        dx.greaterThan(0),
        fixedHalfUp(dx, 2),
        dx.toFixed(),
        dx.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0).replace(/^-0$/, '0'),
        dx.plus(dy).plus(dx).toFixed(),
        true,
      ];
      if (JSON.stringify(got) !== JSON.stringify(want)) differing.push(`${a} and ${b}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it.each([
    ['1200', '1200.00', '1200'],
    ['1200.5', '1200.50', '1200.5'],
    ['-0.05', '-0.05', '-0.05'],
    ['-0', '0.00', '0'],
    ['0.10', '0.10', '0.1'],
    ['007.70', '7.70', '7.7'],
    ['1.005', '1.01', '1.005'],
    ['-1.005', '-1.01', '-1.005'],
    ['-0.004', '0.00', '-0.004'],
  ])('reads %s: in pence %s, exactly %s', (text, pence, exact) => {
    const amount = Money.of(text);
    expect(amount.toPence()).toBe(pence);
    expect(amount.toExact()).toBe(exact);
    expect(JSON.stringify({ amount })).toBe(`{"amount":"${pence}"}`);
  });

  it('keeps exactness when whole pence meet an amount that is not (a rate applied)', () => {
    const pence = Money.of('100.00');
    const third = pence.dividedBy(3);
    expect(third.plus(pence).toExact()).toBe(new Dec('100').dividedBy(3).plus('100').toFixed());
    expect(Money.sum([pence, third, pence]).toExact()).toBe(new Dec('100').dividedBy(3).plus('200').toFixed());
    expect(pence.times('0.025').toExact()).toBe('2.5');
    expect(pence.times('0.025').plus(Money.of('0.01')).toPence()).toBe('2.51');
  });

  it('makes whole pence from allocation exactly, and rounds an amount that is not to whole pence half-up', () => {
    expect(Money.ofPence(-123456789012345678901234567890n).toPence()).toBe('-1234567890123456789012345678.90');
    expect(Money.ofPence(5n).toExact()).toBe('0.05');
    expect(Money.of('2.345').wholePence()).toBe(235n);
    expect(Money.of('-2.345').wholePence()).toBe(-235n);
    expect(Money.of('-0.004').wholePence()).toBe(0n);
  });

  it('still refuses a JSON number and text that is not a decimal, naming the field', () => {
    expect(() => Money.parse(12, 'amount')).toThrow(/amount/);
    expect(() => Money.parse('1e3', 'amount')).toThrow(/amount/);
    expect(() => Money.parse('12.', 'amount')).toThrow(/amount/);
    expect(Money.parse('12.30', 'amount').toExact()).toBe('12.3');
  });
});
