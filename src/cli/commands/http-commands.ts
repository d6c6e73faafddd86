import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CliError, type CliIo } from '../cli-io';
import { send, type HttpOptions } from '../http-client';

const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html',
};

export interface ExportOptions extends HttpOptions {
  force?: string;
  alliance?: string;
  from?: string;
  years?: string;
  year?: string;
  asOf?: string;
  scenario?: string;
  /** The figures' source event ids (the JSON is compact without). */
  sources?: boolean;
  format: string;
  out?: string;
}

/** What `cfm export <what>` reads: the endpoint and its query, from the options. */
const EXPORTS: Record<string, (o: ExportOptions) => { path: string; query: Record<string, string | undefined> }> = {
  mtfp: (o) => ({
    path: `/forces/${need(o.force, '--force')}/mtfp`,
    query: { from: o.from, years: o.years, scenario: o.scenario, include: o.sources ? 'sources' : undefined },
  }),
  'precept-report': (o) => ({ path: `/forces/${need(o.force, '--force')}/precept-report`, query: { year: need(o.year, '--year') } }),
  'benefits-report': (o) => ({ path: `/alliances/${need(o.alliance, '--alliance')}/benefits-report`, query: {} }),
  'plan-workbook': (o) => ({ path: `/forces/${need(o.force, '--force')}/plan-workbook`, query: {} }),
};
/** Answers that come in one format only (a printable page, the plan workbook): asked for as they are. */
const ONE_FORMAT: Record<string, string> = {
  'precept-report': MEDIA_TYPES.html,
  'benefits-report': MEDIA_TYPES.html,
  'plan-workbook': MEDIA_TYPES.xlsx,
};
export const EXPORT_NAMES = Object.keys(EXPORTS);

function need(value: string | undefined, flag: string): string {
  if (!value) throw new CliError(`${flag} is needed`, 2);
  return encodeURIComponent(value);
}

function queryString(query: Record<string, string | undefined>): string {
  const present = Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return present.length === 0 ? '' : `?${new URLSearchParams(present).toString()}`;
}

/** `cfm export mtfp --force herts ...`: one answer, saved as the service gives it (format json is the plain answer; others are asked for with format=). */
export async function exportAnswer(io: CliIo, what: string, options: ExportOptions): Promise<void> {
  const endpoint = EXPORTS[what];
  if (!endpoint) throw new CliError(`Nothing called "${what}" to export; one of: ${EXPORT_NAMES.join(', ')}.`, 2);
  const { path, query } = endpoint(options);
  const format = options.format;
  const plain = format === 'json' || what in ONE_FORMAT;
  const accept = ONE_FORMAT[what] ?? MEDIA_TYPES[format] ?? '*/*';
  const answer = await send(io, options, {
    method: 'GET',
    path: `${path}${queryString({ ...query, asOf: options.asOf, ...(plain ? {} : { format }) })}`,
    accept,
  });
  if (options.out) {
    writeFileSync(options.out, answer.body);
    io.out(`Saved ${answer.body.length} bytes (${answer.contentType || 'no content type'}) to ${options.out}.\n`);
  } else io.out(answer.body.toString('utf8'));
}

/** Where `cfm import --into` posts a file: the force's endpoints that take spreadsheets (README, "Spreadsheets"). */
const IMPORT_TARGETS: Record<string, { path: string; takes: readonly string[] }> = {
  budgets: { path: 'budgets', takes: ['csv', 'xlsx', 'json'] },
  'budget-items': { path: 'budget-items', takes: ['csv', 'xlsx'] },
  assumptions: { path: 'assumptions', takes: ['csv', 'xlsx'] },
  reserves: { path: 'reserves', takes: ['csv', 'xlsx'] },
  'plan-workbook': { path: 'plan-workbook', takes: ['xlsx'] },
};
export const IMPORT_NAMES = Object.keys(IMPORT_TARGETS);

export interface ImportOptions extends HttpOptions {
  force: string;
  into?: string;
  year?: string;
  dryRun?: boolean;
  idempotencyKey?: string;
}

/** ".csv, .xlsx or .json" */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The media type of a file to import, by its extension, if the target takes it. */
export function mediaTypeOf(file: string, takes: readonly string[] = IMPORT_TARGETS.budgets.takes): string {
  const extension = extname(file).slice(1).toLowerCase();
  if (!takes.includes(extension)) throw new CliError(`${file}: this import takes ${orList(takes.map((t) => `.${t}`))} files`, 2);
  return MEDIA_TYPES[extension];
}

/**
 * `cfm import <file> --force herts [--into budget-items]`: posts the file, as it is and with its
 * media type, to one of the force's endpoints that take spreadsheets (the base budget by default).
 */
export async function importFile(io: CliIo, file: string, options: ImportOptions): Promise<void> {
  const into = options.into ?? 'budgets';
  const target = IMPORT_TARGETS[into];
  if (!target) throw new CliError(`Nothing called "${into}" to import into; one of: ${IMPORT_NAMES.join(', ')}.`, 2);
  if (options.year && into !== 'budgets') throw new CliError('--year is for --into budgets only: the other sheets say their years', 2);
  const contentType = mediaTypeOf(file, target.takes);
  const body = readFileSync(file);
  const query = queryString({ year: options.year, dryRun: options.dryRun ? 'true' : undefined });
  const answer = await send(io, options, {
    method: 'POST',
    path: `/forces/${encodeURIComponent(options.force)}/${target.path}${query}`,
    accept: 'application/json',
    body,
    contentType,
    headers: options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {},
  });
  io.out(`${answer.status} ${options.dryRun ? '(dry run: nothing recorded) ' : ''}${answer.body.toString('utf8')}\n`);
}
