import { InvalidInputError, RuleViolationError } from '../common/errors';
import { isDegenerate, parseDistribution, sample, type Distribution } from './distribution';
import { SeededRandom } from './seeded-random';

const RATE = { min: '-1', max: '1' };

function draws(distribution: Distribution, n = 40_000): number[] {
  const random = new SeededRandom(11);
  return Array.from({ length: n }, () => sample(distribution, random));
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('distributions', () => {
  it('parse decimal strings into distributions', () => {
    expect(parseDistribution({ kind: 'triangular', min: '0.01', mode: '0.02', max: '0.035' }, 'payAward', RATE)).toEqual({
      kind: 'triangular',
      min: 0.01,
      mode: 0.02,
      max: 0.035,
    });
    expect(parseDistribution({ kind: 'normal', mean: '-0.01', sd: '0.005' }, 'grantChange', RATE)).toEqual({
      kind: 'normal',
      mean: -0.01,
      sd: 0.005,
    });
    expect(parseDistribution({ kind: 'uniform', min: '0', max: '0.02' }, 'taxBaseGrowth', RATE)).toEqual({
      kind: 'uniform',
      min: 0,
      max: 0.02,
    });
  });

  it('refuse parameters that cannot describe a distribution (422) and malformed ones (400)', () => {
    expect(() => parseDistribution({ kind: 'triangular', min: '0.03', mode: '0.02', max: '0.01' }, 'payAward', RATE)).toThrow(
      new RuleViolationError('payAward: min (0.03) is more than max (0.01)'),
    );
    expect(() => parseDistribution({ kind: 'triangular', min: '0.01', mode: '0.04', max: '0.03' }, 'payAward', RATE)).toThrow(
      new RuleViolationError('payAward: the mode (0.04) must lie between min (0.01) and max (0.03)'),
    );
    expect(() => parseDistribution({ kind: 'normal', mean: '0', sd: '-0.1' }, 'grantChange', RATE)).toThrow(RuleViolationError);
    expect(() => parseDistribution({ kind: 'normal', mean: '0' }, 'grantChange', RATE)).toThrow(InvalidInputError);
    expect(() => parseDistribution({ kind: 'uniform', min: '-2', max: '0' }, 'payAward', RATE)).toThrow(/at least -1/);
    expect(() => parseDistribution('triangular', 'payAward', RATE)).toThrow(InvalidInputError);
  });

  it('sample with the right centre and range', () => {
    const triangular = draws({ kind: 'triangular', min: 0.01, mode: 0.02, max: 0.04 });
    expect(Math.min(...triangular)).toBeGreaterThanOrEqual(0.01);
    expect(Math.max(...triangular)).toBeLessThanOrEqual(0.04);
    expect(mean(triangular)).toBeCloseTo((0.01 + 0.02 + 0.04) / 3, 3);
    const uniform = draws({ kind: 'uniform', min: -0.02, max: 0.02 });
    expect(Math.min(...uniform)).toBeGreaterThanOrEqual(-0.02);
    expect(Math.max(...uniform)).toBeLessThan(0.02);
    expect(mean(uniform)).toBeCloseTo(0, 3);
    const normal = draws({ kind: 'normal', mean: 0.02, sd: 0.01 });
    expect(mean(normal)).toBeCloseTo(0.02, 3);
    expect(Math.sqrt(mean(normal.map((x) => (x - 0.02) ** 2)))).toBeCloseTo(0.01, 3);
  });

  it('give exactly the one value of a degenerate distribution', () => {
    for (const d of [
      { kind: 'triangular', min: 0.025, mode: 0.025, max: 0.025 },
      { kind: 'normal', mean: 0.025, sd: 0 },
      { kind: 'uniform', min: 0.025, max: 0.025 },
    ] as Distribution[]) {
      expect(isDegenerate(d)).toBe(true);
      expect(new Set(draws(d, 100))).toEqual(new Set([0.025]));
    }
  });
});
