import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, phase1End, seriousAccessibilityProblems, startRig, type BrowserRig } from './browser-support';

/** What a journey spec gets: the running rig, where phase 1 of the worked example ends, and page helpers. */
export interface Journeys {
  /** The rig and the end of phase 1, once beforeAll has started them. */
  started(): { rig: BrowserRig; endOfPhase1: string };
  /** A new browser context (its own session storage) at `url`. */
  open(url: string, width?: number): Promise<Page>;
  /** No serious accessibility problems (axe), and a screenshot named `name` for the record. */
  checked(page: Page, name: string): Promise<void>;
}

/**
 * A describe block of browser journeys against one rig (the service with the worked example, and
 * Chromium). Skipped, saying so, where Chromium is not installed: `apt-get install -y chromium`.
 */
export function describeJourneys(title: string, define: (journeys: Journeys) => void): void {
  const executable = findChromium();
  if (!executable)
    process.stdout.write(
      `Browser journeys SKIPPED: no Chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'} (apt-get install -y chromium).\n`,
    );
  (executable ? describe : describe.skip)(title, () => {
    let rig: BrowserRig;
    let endOfPhase1: string;
    beforeAll(async () => {
      rig = await startRig(executable as string);
      endOfPhase1 = await phase1End(rig);
    }, 120_000);
    afterAll(async () => {
      process.stdout.write(`Browser journey screenshots: ${rig?.screenshots}\n`);
      await rig?.close();
    });
    define({
      started: () => ({ rig, endOfPhase1 }),
      async open(url, width = 1280) {
        const context = await rig.browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
        const page = await context.newPage();
        await page.goto(url);
        return page;
      },
      async checked(page, name) {
        expect(await seriousAccessibilityProblems(page)).toEqual([]);
        await page.screenshot({ path: join(rig.screenshots, `${name}.png`), fullPage: false });
      },
    });
  });
}
