import type { INestApplication } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import type { Principal } from '../../src/auth/principal';
import { signInLink } from '../../src/auth/sign-in-link';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { loadConfig } from '../../src/config/app-config';
import { PHASE_2_START, WORKED_EXAMPLE_STEPS, workedExampleStepKeys } from '../../src/worked-example/worked-example';
import { TEST_JWT_SECRET } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');

/** CHROMIUM_PATH when set, otherwise Debian's Chromium (apt-get install -y chromium); null when it is not there. */
export function findChromium(): string | null {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** The flags the machine notes give for headless Chromium on a closed network. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserRig {
  app: INestApplication;
  browser: Browser;
  base: string;
  port: number;
  screenshots: string;
  link(principal: Omit<Principal, 'subject'> & { subject?: string }): string;
  token(principal: Omit<Principal, 'subject'> & { subject?: string }): string;
  close(): Promise<void>;
}

/** Builds the web app into a temp folder, starts the real service on a temp SQLite store with the worked example, and Chromium. */
export async function startRig(executablePath: string): Promise<BrowserRig> {
  const dir = mkdtempSync(join(tmpdir(), 'cfm-browser-'));
  const webDir = join(dir, 'web');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', join(ROOT, 'web', 'vite.config.mts'), '--outDir', webDir, '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  const config = {
    ...loadConfig({ DATA_DIR: dir }),
    seedExampleWhenEmpty: true,
    logRequests: false,
    jwtSecret: TEST_JWT_SECRET,
    rateLimitPerMinute: 1_000_000,
    rateLimitUnauthenticatedPerMinute: 1_000_000,
  };
  const app = await createApp(config, { quiet: true, webDir });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  const tokens = new TokenIssuer(TEST_JWT_SECRET);
  const token: BrowserRig['token'] = (p) => tokens.issue({ subject: p.subject ?? `${p.role}@${p.force ?? p.alliance ?? 'all'}`, ...p });
  const screenshots = mkdtempSync(join(tmpdir(), 'cfm-screens-'));
  return {
    app,
    browser,
    port,
    base: `http://localhost:${port}`,
    screenshots,
    token,
    link: (p) => signInLink(port, token(p)),
    async close() {
      await browser.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** axe-core's serious and critical violations on the page as it is now (ids and the first offending node). */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  // A string, not a function: this runs in the page, whose DOM types the service's tsconfig does not load.
  const violations = (await page.evaluate('axe.run(document).then((result) => result.violations)')) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes[0]?.target.join(' ')}`);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** "190012345.00" → "190,012,345.00", as the grid shows it. */
export function grouped(value: string): string {
  const [whole, pence] = value.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}

/** The global position of the last event of the 2016 plan (phase 1 of the worked example). */
export async function phase1End(rig: BrowserRig): Promise<string> {
  const last = WORKED_EXAMPLE_STEPS[PHASE_2_START - 1];
  const key = workedExampleStepKeys(WORKED_EXAMPLE_STEPS)[PHASE_2_START - 1];
  const trail = await request(rig.app.getHttpServer())
    .get(`/streams/${last.streamId}/events?limit=1000`)
    .set('Authorization', `Bearer ${rig.token({ role: 'admin' })}`)
    .expect(200);
  const entry = (trail.body.events as { position: string; metadata: { idempotencyKey?: string } }[]).find(
    (e) => e.metadata.idempotencyKey === key,
  );
  if (!entry) throw new Error('The end of phase 1 is not in the audit trail');
  return entry.position;
}
