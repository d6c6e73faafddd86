import { keptFor } from './kept-for';

describe('keptFor: what is made from an object, once per object', () => {
  it('makes it the first time, gives the same thing after, and makes it again for another object', () => {
    const kept = new WeakMap<object, { made: number }>();
    let made = 0;
    const make = () => ({ made: ++made });
    const [one, other] = [{}, {}];
    const first = keptFor(kept, one, make);
    expect(keptFor(kept, one, make)).toBe(first);
    expect(keptFor(kept, other, make)).toEqual({ made: 2 });
    expect(made).toBe(2);
  });

  it('keeps what was made even when it is falsy, rather than making it again', () => {
    const kept = new WeakMap<object, string>();
    let made = 0;
    const key = {};
    expect(keptFor(kept, key, () => (made++, ''))).toBe('');
    expect(keptFor(kept, key, () => (made++, 'again'))).toBe('');
    expect(made).toBe(1);
  });
});
