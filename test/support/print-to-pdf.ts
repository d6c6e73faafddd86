import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH to use another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);

/** Flags for a closed network: no background connections, no first-run work, no sandbox (root in CI). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface PrintedPdf {
  pages: number;
  /** The PDF's text (pdftotext), or null when poppler-utils is not installed. */
  text: string | null;
}

/** Prints a page to PDF as Chromium's print dialog would (its own @page size and margins, backgrounds on), and reads it back. */
export async function printToPdf(html: string): Promise<PrintedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'cfm-print-'));
  const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const pages = hasTool('pdfinfo')
      ? Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1])
      : (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    const text = hasTool('pdftotext') ? execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8') : null;
    return { pages, text };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
