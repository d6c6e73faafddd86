import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import type { Role } from '../../src/auth/principal';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { loadConfig, type AppConfig } from '../../src/config/app-config';

/** supertest with a bearer token already set on every request. */
export interface AuthorisedHttp {
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  patch(url: string): request.Test;
  delete(url: string): request.Test;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface TestApp {
  app: INestApplication;
  /** As an admin (who may do everything). */
  http: () => AuthorisedHttp;
  /** As a particular role and scope. */
  as: (principal: { role: Role; force?: string; alliance?: string; subject?: string }) => AuthorisedHttp;
  /** With no token at all. */
  anonymous: () => ReturnType<typeof request>;
  config: AppConfig;
  dir: string;
  /** Closes the app and opens a fresh one on the same files (a restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh app with Hertfordshire registered and its plan period 2016/17 to 2019/20: the least most HTTP tests need. */
export async function startTestAppWithHerts(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const t = await startTestApp(overrides);
  await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
  await t.http().post('/forces/herts/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }).expect(201);
  return t;
}

/** The real application on a fresh SQLite file in a temp folder, without the worked example unless asked. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'cfm-e2e-'));
  const config: AppConfig = {
    ...loadConfig({ DATA_DIR: dir }),
    seedExampleWhenEmpty: false,
    logRequests: false,
    jwtSecret: TEST_JWT_SECRET,
    rateLimitPerMinute: 1_000_000,
    rateLimitUnauthenticatedPerMinute: 1_000_000,
    ...overrides,
  };
  const tokens = new TokenIssuer(TEST_JWT_SECRET);
  let app = await createApp(config, { quiet: true });
  await app.init();
  const handle: TestApp = {
    get app() {
      return app;
    },
    http: () => authorised(app, tokens.issue({ role: 'admin', subject: 'admin@test' })),
    as: (p) => authorised(app, tokens.issue({ subject: p.subject ?? `${p.role}@${p.force ?? p.alliance ?? 'all'}`, ...p })),
    anonymous: () => request(app.getHttpServer()),
    config,
    dir,
    async restart() {
      await app.close();
      app = await createApp(config, { quiet: true });
      await app.init();
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}

function authorised(app: INestApplication, token: string): AuthorisedHttp {
  const agent = () => request(app.getHttpServer());
  const bearer = `Bearer ${token}`;
  return {
    get: (url) => agent().get(url).set('Authorization', bearer),
    post: (url) => agent().post(url).set('Authorization', bearer),
    put: (url) => agent().put(url).set('Authorization', bearer),
    patch: (url) => agent().patch(url).set('Authorization', bearer),
    delete: (url) => agent().delete(url).set('Authorization', bearer),
  };
}
