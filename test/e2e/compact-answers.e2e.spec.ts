import { startTestApp, type TestApp } from '../support/test-app';

/** Every path in an answer that ends in a `sources` list, e.g. "years.0.gap.sources". */
function sourcePaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcePaths(v, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'sources' && Array.isArray(v) ? [`${path}.${key}`] : sourcePaths(v, `${path}.${key}`),
  );
}

/** The answer with every `sources` list taken out, as the test sees it (not the service's code). */
function figuresOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figuresOnly);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === 'sources' && Array.isArray(v)))
      .map(([k, v]) => [k, figuresOnly(v)]),
  );
}

/**
 * The projections answer with their figures alone unless asked for the events behind them
 * (`?include=sources`): the same figures either way, and an include the service does not know
 * is refused, naming the field. On the worked example.
 */
describe('compact answers, with sources on request', () => {
  let t: TestApp;
  const PROJECTIONS = [
    '/forces/herts/mtfp',
    '/forces/herts/mtfp?from=2016/17&years=4&asOf=2017-02-01T00:00:00Z',
    '/forces/herts/precept-options?year=2017/18&poundRise=5.00',
    '/forces/herts/collaboration?from=2016/17&years=4',
    '/alliances/bch/collaboration-shares?year=2017/18',
    '/alliances/bch/benefits-realisation',
  ];
  const withSources = (url: string) => `${url}${url.includes('?') ? '&' : '?'}include=sources`;

  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(() => t.close());

  it.each(PROJECTIONS)('%s: the figures alone by default, the same figures with their sources on request', async (url) => {
    const compact = await t.http().get(url).expect(200);
    const full = await t.http().get(withSources(url)).expect(200);
    expect(sourcePaths(compact.body)).toEqual([]);
    expect(sourcePaths(full.body).length).toBeGreaterThan(0);
    expect(compact.body).toEqual(figuresOnly(full.body));
    expect(compact.text.length).toBeLessThan(full.text.length);
  });

  it("Herts' five-year MTFP is under a third of the bytes without its sources", async () => {
    const compact = await t.http().get('/forces/herts/mtfp').expect(200);
    const full = await t.http().get('/forces/herts/mtfp?include=sources').expect(200);
    expect(compact.body.years).toHaveLength(5);
    expect(compact.text.length * 3).toBeLessThan(full.text.length);
  });

  it.each(['source', 'SOURCES', '', 'sources,events'])('refuses include=%p, naming the field, in any format', async (value) => {
    for (const format of ['json', 'csv']) {
      const res = await t.http().get(`/forces/herts/mtfp?include=${value}&format=${format}`).expect(400);
      expect(res.body).toMatchObject({
        error: 'invalid_input',
        details: [{ field: 'include', message: expect.stringMatching(/"sources"/) }],
      });
    }
  });

  it('leaves /mtfp/explain as it was: a line with its figure, its sources and the events behind them', async () => {
    const res = await t.http().get('/forces/herts/mtfp/explain?year=2017/18&line=gap').expect(200);
    expect(res.body.figure.sources.length).toBeGreaterThan(0);
    expect(res.body.events.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(res.body.figure.sources));
  });
});
