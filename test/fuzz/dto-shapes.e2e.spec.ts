import { startTestApp, type TestApp } from '../support/test-app';
import { bodyRoutes, fieldCases, type BodyRoute, type FieldCase } from '../support/dto-metadata';
import { seedFuzzWorld, VALID_BODIES, type FuzzWorld } from './fuzz-world';

/**
 * Every field of every request body, found from the DTOs' own metadata (so a DTO or field
 * added later is tried too), refuses what it must: null where a value is expected, lists,
 * null and scalars where an object is, control and bidi characters in text, text longer than
 * its limit in characters. Each answer is a 400 naming the field, and nothing is recorded.
 */
const NOT_AN_OBJECT: unknown[] = [[], [null, null], null, 1, 'x'];
const HIDDEN_CHARACTERS = ['\u0000', '\u001b', '\u007f', '\u0085', '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f'];

describe('request bodies, field by field from the DTO metadata', () => {
  let t: TestApp;
  let world: FuzzWorld;
  let routes: BodyRoute[];
  const headPosition = async (): Promise<string | null> => (await t.http().get('/health').expect(200)).body.headPosition;

  beforeAll(async () => {
    t = await startTestApp();
    routes = bodyRoutes(t.app);
    world = await seedFuzzWorld(t, new Set(routes.map((r) => r.key)));
  });
  afterAll(async () => {
    await t?.close();
  });

  const urlOf = (route: BodyRoute) => route.path.replace(/\{(\w+)\}/g, (_, name: string) => world.params[name]?.[0] ?? 'none');
  const casesOf = (route: BodyRoute): FieldCase[] =>
    fieldCases(route.dto, { ...((VALID_BODIES[route.key] ?? {}) as Record<string, unknown>) });
  const everyCase = () => routes.flatMap((route) => casesOf(route).map((c) => ({ route, c })));

  /** Sends each body and collects what was not a 400 naming `field`: one failure lists them all. */
  async function expectRefusals(sends: Array<{ route: BodyRoute; field: string; body: object; what: string }>): Promise<void> {
    const before = await headPosition();
    const wrong: string[] = [];
    for (const s of sends) {
      const res = await t.http()[s.route.method.toLowerCase() as 'post'](urlOf(s.route)).send(s.body);
      const fields = ((res.body?.details ?? []) as Array<{ field: string }>).map((d) => d.field);
      if (res.status !== 400 || !fields.includes(s.field))
        wrong.push(`${s.route.key} ${s.field} = ${s.what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
    expect(await headPosition()).toBe(before);
  }

  it('finds the body DTOs of the controllers, and their nested DTOs through NestedObject only', () => {
    expect(routes.length).toBeGreaterThanOrEqual(27);
    const all = everyCase();
    expect(all.filter(({ c }) => c.nested === 'object').map(({ route, c }) => `${route.key} ${c.field}`)).toEqual(
      expect.arrayContaining(['POST /alliances/{alliance}/units/{unit}/cost-shares basis', 'POST /referendum-principles limit']),
    );
    expect(all.filter(({ c }) => c.nested === 'list').map(({ c }) => c.field)).toEqual(
      expect.arrayContaining(['lines', 'members', 'basis.percentages', 'basis.figures']),
    );
    // @ValidateNested or @Type on their own let a list through where an object belongs: use @NestedObject.
    expect(all.filter(({ c }) => c.nestedWithoutDecorator).map(({ route, c }) => `${route.key} ${c.field}`)).toEqual([]);
    // class-validator's Length and MaxLength count UTF-16 units and let control characters in: use IsName or IsFreeText.
    const utf16 = all.filter(({ c }) => c.validators.some((v) => ['isLength', 'maxLength', 'minLength'].includes(v)));
    expect(utf16.map(({ route, c }) => `${route.key} ${c.field}`)).toEqual([]);
    // Text that is not a code (checked by a pattern) is a name or free text, with their rules.
    const looseText = all.filter(({ c }) => c.validators.includes('isString') && !c.validators.includes('matches'));
    expect(looseText.map(({ route, c }) => `${route.key} ${c.field}`)).toEqual([]);
  });

  it('refuses null for every field: absent is how a field is left out', async () => {
    await expectRefusals(everyCase().map(({ route, c }) => ({ route, field: c.field, body: c.body(null), what: 'null' })));
  });

  it('refuses a list, null, a number or text wherever an object is expected', async () => {
    const sends = everyCase().flatMap(({ route, c }) => {
      if (c.nested === 'object' || c.validators.includes('isObject'))
        return NOT_AN_OBJECT.map((bad) => ({ route, field: c.field, body: c.body(bad), what: JSON.stringify(bad) }));
      if (c.nested === 'list') {
        return [...NOT_AN_OBJECT.map((bad) => [bad]), {}, 'x'].map((bad) => ({
          route,
          field: c.field,
          body: c.body(bad),
          what: JSON.stringify(bad),
        }));
      }
      return [];
    });
    expect(sends.length).toBeGreaterThanOrEqual(50);
    await expectRefusals(sends);
  });

  it('refuses control and bidirectional formatting characters in every name and free text, and text over its limit in characters', async () => {
    const sends = everyCase().flatMap(({ route, c }) => {
      if (!c.textRules) return [];
      const hidden = HIDDEN_CHARACTERS.map((char) => ({
        route,
        field: c.field,
        body: c.body(`Pay${char}roll`),
        what: `U+${char.codePointAt(0)!.toString(16)}`,
      }));
      // An emoji is one character but two UTF-16 units: one over the limit in characters is refused.
      const tooLong = { route, field: c.field, body: c.body('😀'.repeat(c.textRules.max + 1)), what: `${c.textRules.max + 1} emoji` };
      const loneSurrogate = { route, field: c.field, body: c.body('Pay\ud800roll'), what: 'a lone surrogate' };
      const lineBreak = c.textRules.multiline ? [] : [{ route, field: c.field, body: c.body('Pay\nroll'), what: 'a line break in a name' }];
      return [...hidden, tooLong, loneSurrogate, ...lineBreak];
    });
    expect([...new Set(sends.map((s) => s.field))]).toEqual(
      expect.arrayContaining(['reason', 'name', 'description', 'purpose', 'owner', 'note', 'appliesTo', 'lines[0].name', 'lines[0].code']),
    );
    await expectRefusals(sends);
  });
});
