import { Money } from '../common/money';
import { mergeSourceLists, mergeSources, sumSourced, valuesOnly } from './sourced-money';

describe('merging the event ids figures cite', () => {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('keeps each id once, in the order first cited, for a few ids', () => {
    expect(mergeSources(['a', 'b'], ['b', 'c', 'a'], [], ['d'])).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeSources(['a', 'a'])).toEqual(['a']);
    expect(mergeSources()).toEqual([]);
  });

  it('keeps each id once, in the order first cited, for many (the path through one Set)', () => {
    const first = ids('e', 40);
    const second = [...ids('f', 10), ...first.slice(5, 15), 'e0', ...ids('g', 5)];
    expect(mergeSourceLists([first, second])).toEqual([...first, ...ids('f', 10), ...ids('g', 5)]);
    // Repeats within one long list go too.
    expect(mergeSourceLists([[...first, ...first.slice(0, 20)]])).toEqual(first);
  });

  it('always gives a new array, so a figure never shares its list with another', () => {
    const long = ids('h', 30);
    const short = ['x'];
    expect(mergeSourceLists([long])).not.toBe(long);
    expect(mergeSourceLists([long])).toEqual(long);
    expect(mergeSourceLists([short])).not.toBe(short);
  });
});

describe('working out figures for their values alone', () => {
  const figures = [
    { value: Money.of('1.10'), sources: ['a', 'b'] },
    { value: Money.of('2.25'), sources: ['b', 'c'] },
  ];

  it('gives the same values, citing no events, and cites them again afterwards', () => {
    const alone = valuesOnly(() => sumSourced(figures));
    expect(alone.value.toPence()).toBe('3.35');
    expect(alone.sources).toEqual([]);
    expect(sumSourced(figures)).toEqual({ value: Money.of('3.35'), sources: ['a', 'b', 'c'] });
  });

  it('cites events again after work that threw, and inside nested work only as deep as it goes', () => {
    expect(() =>
      valuesOnly(() => {
        throw new Error('stopped');
      }),
    ).toThrow('stopped');
    expect(mergeSources(['a'], ['b'])).toEqual(['a', 'b']);
    valuesOnly(() => {
      valuesOnly(() => undefined);
      expect(mergeSources(['a'], ['b'])).toEqual([]);
    });
    expect(mergeSources(['a'], ['b'])).toEqual(['a', 'b']);
  });
});
