import type ExcelJS from 'exceljs';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { binary } from './spreadsheets';
import type { TestApp } from './test-app';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Herts' plan workbook through HTTP: its finance stream, a download (200 checked), an upload, a workbook's bytes. */
export function hertsPlanWorkbook(app: () => TestApp) {
  return {
    stream: () => app().app.get<symbol, EventStore>(EVENT_STORE).readStream('force-finance-herts'),
    download: async () => {
      const res = await binary(app().http().get('/forces/herts/plan-workbook'));
      expect(res.status).toBe(200);
      return res;
    },
    upload: (file: Buffer, query = '') => app().http().post(`/forces/herts/plan-workbook${query}`).set('Content-Type', XLSX).send(file),
    bytes: async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/** The column number of a header in a sheet's first row. */
export const col = (ws: ExcelJS.Worksheet, column: string) => (ws.getRow(1).values as unknown[]).indexOf(column);

/** The first data row of a sheet whose column `column` satisfies `match`. */
export const rowWhere = (ws: ExcelJS.Worksheet, column: string, match: (v: unknown) => boolean) => {
  const c = col(ws, column);
  for (let r = 2; r <= ws.rowCount; r += 1) if (match(ws.getRow(r).getCell(c).value)) return { row: ws.getRow(r), r };
  throw new Error(`no row in ${ws.name}`);
};
