import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestAppWithHerts } from '../support/test-app';

/** A data folder written by the real service (Herts with a budget, a tax base and a precept), the service stopped again. */
export async function storeWrittenByTheService(): Promise<string> {
  const t = await startTestAppWithHerts();
  const post = (path: string, body: object) => t.http().post(`/forces/herts/${path}`).send(body).expect(201);
  for (const year of ['2016/17', '2017/18']) {
    await post('budgets', { year, lines: [{ code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' }] });
    await post('tax-base', { year, bandDEquivalents: '420000' });
  }
  await post('precepts', { year: '2016/17', bandD: '147.00', status: 'approved' });
  await t.app.close(); // keeps the folder (t.close() would remove it)
  return t.dir;
}

/** A copy of a stopped store's files in a new folder, to spoil one way or another. */
export function copyOfStore(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'cfm-cli-copy-'));
  for (const file of ['events.db', 'projections.db']) copyFileSync(join(dir, file), join(copy, file));
  return copy;
}

/** Runs SQL on a store's events, as an operator with the sqlite3 shell might. */
export function tamper(dir: string, sql: string, ...params: unknown[]): void {
  const db = new Database(join(dir, 'events.db'));
  db.prepare(sql).run(...params);
  db.close();
}

export function eventRows(path: string, upTo?: bigint): unknown[] {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare('SELECT * FROM events WHERE position <= ? ORDER BY position')
    .safeIntegers(true)
    .all(upTo ?? 9_000_000_000_000_000n);
  db.close();
  return rows;
}
