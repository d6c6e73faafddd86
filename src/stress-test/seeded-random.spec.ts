import { SeededRandom } from './seeded-random';

describe('SeededRandom (xoshiro128**)', () => {
  it('gives the published reference outputs for the state {1, 2, 3, 4}', () => {
    const random = SeededRandom.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 10 }, () => random.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.nextFloat());
    };
    expect(draw(2017)).toEqual(draw(2017));
    expect(draw(2017)).not.toEqual(draw(2018));
  });

  it('draws uniforms in [0, 1) and standard normals with the right mean and spread', () => {
    const random = new SeededRandom(5);
    const n = 50_000;
    let min = 1;
    let max = 0;
    let sum = 0;
    let sumNormal = 0;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const u = random.nextFloat();
      min = Math.min(min, u);
      max = Math.max(max, u);
      sum += u;
      const z = random.nextNormal();
      sumNormal += z;
      sumSquares += z * z;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumNormal / n).toBeCloseTo(0, 1);
    expect(sumSquares / n).toBeCloseTo(1, 1);
  });
});
