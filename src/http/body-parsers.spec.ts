import { NOT_JSON, parseStrictJson, UnreadableBodyError } from './body-parsers';

describe('reading a JSON body strictly, as the service always has', () => {
  it('given an object or a list, when read, then it is parsed as JSON.parse would', () => {
    expect(parseStrictJson('{"code":"kent","amount":"1.00"}')).toEqual({ code: 'kent', amount: '1.00' });
    expect(parseStrictJson('  [1, 2]')).toEqual([1, 2]);
  });

  it('given no bytes (or only spaces), when read, then the body is an empty object', () => {
    expect(parseStrictJson('')).toEqual({});
    expect(parseStrictJson(' \n')).toEqual({});
  });

  it('given a bare value at the top, when read, then it is refused as not JSON (400)', () => {
    for (const text of ['"kent"', '5', 'true', 'null']) {
      expect(() => parseStrictJson(text)).toThrow(new UnreadableBodyError(400, NOT_JSON));
    }
  });

  it('given broken JSON, when read, then it is refused as not JSON (400)', () => {
    const refusal = (() => {
      try {
        parseStrictJson('{"code":');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(UnreadableBodyError);
    expect(refusal).toMatchObject({ status: 400, message: NOT_JSON });
  });

  it('given a key that names the prototype, when read, then it stays an own field for the body guard to refuse', () => {
    const body = parseStrictJson('{"__proto__":{"admin":true}}') as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(body, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
