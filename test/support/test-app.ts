import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadConfig, type AppConfig } from '../../src/config/app-config';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  config: AppConfig;
  dir: string;
  /** Closes the app and opens a fresh one on the same files (a restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real application on a fresh SQLite file in a temp folder, without the worked example unless asked. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'cfm-e2e-'));
  const config: AppConfig = {
    ...loadConfig({ DATA_DIR: dir }),
    seedExampleWhenEmpty: false,
    logRequests: false,
    ...overrides,
  };
  let app = await createApp(config, { quiet: true });
  await app.init();
  const handle: TestApp = {
    get app() {
      return app;
    },
    http: () => request(app.getHttpServer()),
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
