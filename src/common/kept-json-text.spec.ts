import { answerJson, keepJsonText } from './kept-json-text';

describe('JSON text kept for the parts of answers that stand', () => {
  const programme = () => ({
    code: 'jps',
    name: 'Joint "Protective" Services\n',
    years: [{ year: '2016/17', amount: '1.10' }],
    owner: null,
  });

  it('writes an answer with kept parts exactly as JSON.stringify writes it', () => {
    const kept = keepJsonText(programme());
    const nested = keepJsonText({ inner: keepJsonText({ deep: ['ü', '\u0000', '€'] }), after: 1 });
    const answers: unknown[] = [
      { alliance: 'bch', programmes: [kept, kept, programme()], total: '2.20', members: [] },
      [kept, null, 'text', 3, true],
      kept,
      { nested, skipped: undefined, list: [undefined, nested] },
      { asAt: { position: null }, ...{ programmes: [kept] } },
    ];
    for (const answer of answers) expect(answerJson(answer)).toBe(JSON.stringify(answer));
  });

  it('is an ordinary object everywhere else: JSON.stringify, a spread copy, its keys', () => {
    const plain = programme();
    const kept = keepJsonText(programme());
    expect(JSON.stringify({ p: kept })).toBe(JSON.stringify({ p: plain }));
    expect({ ...kept }).toEqual(plain);
    expect(Object.keys(kept)).toEqual(Object.keys(plain));
    expect(kept).toEqual(plain);
  });

  it('writes a part out once and copies its text after', () => {
    const kept = keepJsonText(programme());
    const first = answerJson({ programmes: [kept] });
    // A part is never changed once kept; were it changed, the text written first is what answers copy.
    kept.name = 'changed';
    expect(answerJson({ programmes: [kept] })).toBe(first);
    expect(JSON.stringify({ programmes: [kept] })).toContain('changed');
  });

  it('cannot be spoofed by an answer holding text that looks like a kept part', () => {
    const kept = keepJsonText(programme());
    const tricky = { note: '\u0000:0', other: `"\\u0000` };
    expect(answerJson({ tricky, programmes: [kept] })).toBe(JSON.stringify({ tricky, programmes: [kept] }));
  });

  it('leaves JSON.stringify as it was after an answer that threw', () => {
    const kept = keepJsonText(programme());
    const throws = {
      toJSON() {
        throw new Error('stopped');
      },
    };
    expect(() => answerJson({ programmes: [kept], throws })).toThrow('stopped');
    expect(JSON.stringify({ programmes: [kept] })).toBe(JSON.stringify({ programmes: [programme()] }));
  });

  it('marks a part once, however often it is kept', () => {
    const part = programme();
    expect(keepJsonText(keepJsonText(part))).toBe(part);
    expect(answerJson([part])).toBe(JSON.stringify([programme()]));
  });
});
