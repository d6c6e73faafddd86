import { RateLimitCounter } from './rate-limit-counter';

const MINUTE = 60_000;

describe('RateLimitCounter', () => {
  let clock: number;
  let counter: RateLimitCounter;
  const hit = (key = 'default:subject:alice', limit = 3) => counter.increment(key, MINUTE, limit, MINUTE);

  beforeEach(() => {
    clock = Date.parse('2026-11-30T12:00:00.000Z');
    counter = new RateLimitCounter(() => clock);
  });

  it('counts hits within the window and blocks the one over the limit for the block duration', async () => {
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    clock += 10_000;
    expect((await hit()).totalHits).toBe(2);
    expect((await hit()).totalHits).toBe(3);
    // The fourth of a limit of three: blocked for a minute from now.
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
    clock += 30_000;
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
  });

  it('lets hits leave the count as they leave the window, second by second', async () => {
    await hit(); // at 0 s
    clock += 20_000;
    await hit(); // at 20 s
    await hit(); // at 20 s: three in the window
    clock += 40_500; // 60.5 s: the first hit, counted in second 0, left the window at 60 s
    const fourth = await hit();
    expect(fourth).toMatchObject({ totalHits: 3, isBlocked: false });
    // The oldest counted hit now is the one at 20 s: it leaves at 80 s, 19.5 s from now → 20.
    expect(fourth.timeToExpire).toBe(20);
  });

  it('keeps each key apart and forgets idle ones after a window', async () => {
    await hit('default:subject:alice');
    expect((await hit('default:subject:bob')).totalHits).toBe(1);
    clock += 2 * MINUTE;
    expect((await hit('default:subject:alice')).totalHits).toBe(1);
  });

  it('counts a busy subject exactly, with a count per second rather than a timestamp per hit', async () => {
    // 100,000 hits within one second, then one more (the throttler's own storage would filter 100,000 timestamps for it).
    for (let i = 0; i < 100_000; i++) await hit('default:subject:busy', 1_000_000);
    expect((await hit('default:subject:busy', 1_000_000)).totalHits).toBe(100_001);
  });
});
