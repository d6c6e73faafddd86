import { Dec, fixedHalfUp } from './decimal';

describe('fixedHalfUp: a decimal written to a number of places, half-up', () => {
  // What the answers have always written: round half-up, then write that many places.
  const twoSteps = (value: Dec, places: number) => value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);

  it.each([
    ['1.235', 2, '1.24'],
    ['-1.235', 2, '-1.24'],
    ['1.2349', 2, '1.23'],
    ['7500000', 2, '7500000.00'],
    ['0.43902439', 4, '0.4390'],
    ['0.00005', 4, '0.0001'],
  ])('writes %s to %i places as %s', (value, places, written) => {
    expect(fixedHalfUp(new Dec(value), places)).toBe(written);
  });

  it.each([
    ['-0.004', 2],
    ['-0.0049999', 2],
    ['-0.00004', 4],
    ['-1e-30', 2],
    ['-0', 2],
    ['-0.4', 0],
  ])('writes %s, which rounds to zero, without a sign at %i places, as the two steps did', (value, places) => {
    expect(fixedHalfUp(new Dec(value), places)).toBe(twoSteps(new Dec(value), places));
    expect(fixedHalfUp(new Dec(value), places).startsWith('-')).toBe(false);
  });

  it('writes what the two steps wrote for 20,000 decimals of every size and sign', () => {
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 20161;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const differing: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const digits = String(next()).padStart(10, '0');
      const point = next() % 10;
      const text = `${next() % 2 ? '-' : ''}${digits.slice(0, point) || '0'}.${digits.slice(point)}`.replace(/^(-?)0+(\d)/, '$1$2');
      for (const places of [0, 2, 4]) {
        const value = new Dec(text);
        if (fixedHalfUp(value, places) !== twoSteps(value, places)) differing.push(`${text} to ${places}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('writes values with no more places than asked (most figures) as the two steps did, padded', () => {
    let seed = 2017;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const differing: string[] = [];
    const fixed = ['0', '-0', '5', '-5', '0.5', '-0.05', '1e21', '-1e25', '123456789012345678901234567890.1', '1e-2', '100', '12.30'];
    const generated = Array.from({ length: 5_000 }, () => {
      const whole = String(next()).slice(0, 1 + (next() % 10));
      const places = next() % 3;
      const fraction = places === 0 ? '' : `.${String(next()).padStart(places, '0').slice(0, places)}`;
      return `${next() % 2 ? '-' : ''}${whole}${fraction}`;
    });
    for (const text of [...fixed, ...generated]) {
      for (const places of [0, 1, 2, 4]) {
        const value = new Dec(text);
        if (fixedHalfUp(value, places) !== twoSteps(value, places)) differing.push(`${text} to ${places}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
