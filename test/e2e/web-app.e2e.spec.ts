import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { TEST_JWT_SECRET } from '../support/test-app';

/** The web app is served beside the API: its files, its routes, and nothing of the API changed. */
describe('the web app at /', () => {
  let app: INestApplication;
  let dir: string;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cfm-web-'));
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><title>app</title><script type="module" src="/assets/index-abc123.js"></script>',
    );
    writeFileSync(join(web, 'assets', 'index-abc123.js'), 'console.log("app")');
    const config = { ...loadConfig({ DATA_DIR: dir }), seedExampleWhenEmpty: false, logRequests: false, jwtSecret: TEST_JWT_SECRET };
    app = await createApp(config, { quiet: true, webDir: web });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and never lets it be cached (it names the current assets)', async () => {
    const page = await http().get('/').set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('/assets/index-abc123.js');
  });

  it('tells a client that is not a browser where the web app, the API docs and the guide are, rather than a 404', async () => {
    const root = await http().get('/').expect(200);
    expect(root.body).toMatchObject({ docs: '/docs', openApi: '/docs-json', health: '/health' });
    expect(root.body.webApp).toMatch(/browser/);
  });

  it('serves hashed assets cached for a year', async () => {
    const asset = await http().get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("answers the app's own pages with index.html, so a reload or a shared link works", async () => {
    const page = await http().get('/app/forces/herts/mtfp?asOf=158').set('Accept', 'text/html,application/xhtml+xml').expect(200);
    expect(page.text).toContain('<title>app</title>');
  });

  it('leaves the API as it was: its paths need a token and its 404s stay JSON, even for a browser', async () => {
    const api = await http().get('/forces/herts').set('Accept', 'text/html').expect(401);
    expect(api.body).toMatchObject({ statusCode: 401, error: expect.any(String) });
    const missing = await http().get('/no-such-thing').set('Accept', 'application/json').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'not_found' });
    const missingAsset = await http().get('/assets/gone-123.js').set('Accept', 'text/html').expect(404);
    expect(missingAsset.body).toMatchObject({ statusCode: 404 });
  });

  it('keeps the API docs where they were', async () => {
    const docs = await http().get('/docs-json').expect(200);
    expect(docs.body).toMatchObject({ info: { title: 'Collaboration finance modeller' } });
  });
});
