import { createRequire } from 'node:module';
import type * as ExcelJSModule from 'exceljs';

type ExcelJS = typeof ExcelJSModule;
let loaded: ExcelJS | undefined;

/**
 * exceljs, loaded the first time a workbook is written or read: it takes longer to load than
 * the rest of the service together, and a service that never sees a spreadsheet (or one
 * restarting after a crash) should not wait for it. Loaded with require, so it resolves as
 * the rest of the service's packages do (NODE_PATH included).
 */
export function excel(): ExcelJS {
  loaded ??= createRequire(__filename)('exceljs') as ExcelJS;
  return loaded;
}
