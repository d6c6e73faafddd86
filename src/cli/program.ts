import { Command, CommanderError, Option } from 'commander';
import { MintTokenError, mintToken } from '../auth/mint-token';
import { CliError, type CliIo } from './cli-io';
import { backupStore } from './commands/backup';
import { EXPORT_NAMES, IMPORT_NAMES, exportAnswer, importFile } from './commands/http-commands';
import { rebuildProjections } from './commands/rebuild-projections';
import { restoreStore } from './commands/restore';
import { verifyStore } from './commands/verify';

const STORE = '[on the store] ';
const HTTP = '[through HTTP] ';
const KEY = '[with the signing key] ';

const dataDir = () => new Option('--data-dir <dir>', 'the data folder (default: DATA_DIR, else ./data)');
const url = () => new Option('--url <url>', 'the service (default: CFM_URL, else http://localhost:3000)');
const token = () => new Option('--token <token>', 'a bearer token (default: CFM_TOKEN)');

/** The `cfm` command line: each command works on the SQLite store directly or through the HTTP API, as its help says. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('cfm')
    .description('The collaboration finance modeller from the command line: operators work on the store, analysts through the API.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .addHelpText(
      'after',
      `\n${STORE}commands open the SQLite files of the configured DATA_DIR; those that write refuse while a service runs on them.\n${HTTP}commands call a running service with a token.`,
    );

  addTokenCommand(program, io);
  addHttpCommands(program, io);
  addStoreCommands(program, io);
  return program;
}

function addTokenCommand(program: Command, io: CliIo): void {
  program
    .command('token')
    .description(`${KEY}mint a bearer token, as npm run token does (no build needed)`)
    .requiredOption('--role <role>', 'admin, force_finance, pcc_office, alliance_board or viewer')
    .option('--force <code>', 'the force a force role or viewer is for')
    .option('--alliance <code>', 'the alliance an alliance_board or viewer is for')
    .option('--subject <subject>', 'who the token names (recorded as the actor)')
    .option('--days <days>', 'valid for this many days (1 to 366)', '30')
    .addOption(dataDir())
    .action((o: { role: string; force?: string; alliance?: string; subject?: string; days: string; dataDir?: string }) => {
      const env = o.dataDir ? { ...io.env, DATA_DIR: o.dataDir } : io.env;
      try {
        io.out(`${mintToken(o, env)}\n`);
      } catch (error) {
        if (error instanceof MintTokenError) throw new CliError(error.message, error.exitCode);
        throw error;
      }
    });
}

function addHttpCommands(program: Command, io: CliIo): void {
  program
    .command('export')
    .description(`${HTTP}save an answer to a file: ${EXPORT_NAMES.join(', ')}`)
    .argument('<what>', EXPORT_NAMES.join(' | '))
    .option('--force <code>', 'the force (mtfp, precept-report)')
    .option('--alliance <code>', 'the alliance (benefits-report)')
    .option('--from <year>', 'first year, e.g. 2016/17 (mtfp)')
    .option('--years <n>', 'how many years (mtfp)')
    .option('--year <year>', 'the year (precept-report)')
    .option('--as-of <when>', 'an ISO time or global position: as the plan stood then')
    .option('--scenario <id>', 'under one of the force’s scenarios (mtfp)')
    .option('--sources', 'with each figure, the ids of the events it came from (mtfp as json)')
    .addOption(new Option('--format <format>', 'json, csv or xlsx (reports are html)').default('json'))
    .option('--out <file>', 'where to save it (default: print it)')
    .addOption(url())
    .addOption(token())
    .action((what: string, o) => exportAnswer(io, what, o));

  program
    .command('import')
    .description(
      `${HTTP}post a spreadsheet to a force: a base budget (.csv, .xlsx or .json) by default, or budget items, assumptions, reserves or an edited plan workbook (all or nothing)`,
    )
    .argument('<file>', 'the file; its extension gives its media type')
    .requiredOption('--force <code>', 'the force whose plan it is')
    .addOption(new Option('--into <what>', 'what the file holds').choices(IMPORT_NAMES).default('budgets'))
    .option('--year <year>', 'the year a budget is for (when the file does not say)')
    .option('--dry-run', 'ask what would be recorded, recording nothing')
    .option('--idempotency-key <key>', 'makes a retry safe')
    .addOption(url())
    .addOption(token())
    .action((file: string, o) => importFile(io, file, o));
}

function addStoreCommands(program: Command, io: CliIo): void {
  program
    .command('rebuild-projections')
    .description(`${STORE}throw the projections away and fold every event again, with progress (refused while a service runs)`)
    .addOption(dataDir())
    .action((o: { dataDir?: string }) => rebuildProjections(io, o));

  program
    .command('verify')
    .description(
      `${STORE}check every stream is gap-free, every event parses and the projections equal a rebuild (read-only; exit 1 naming what differs)`,
    )
    .addOption(dataDir())
    .action((o: { dataDir?: string }) => verifyStore(io, o));

  program
    .command('backup')
    .description(`${STORE}consistent online backup of the event store, even while a service writes to it, with progress`)
    .argument('<file>', 'the backup file to write')
    .option('--force', 'replace the file if it exists')
    .addOption(dataDir())
    .action((file: string, o: { dataDir?: string; force?: boolean }) => backupStore(io, file, o));

  program
    .command('restore')
    .description(
      `${STORE}put a backup in place of the event store (refused while a service runs on it; --force to replace a store holding events)`,
    )
    .argument('<file>', 'the backup file')
    .option('--force', 'replace a store that holds events (it is moved aside)')
    .addOption(dataDir())
    .action((file: string, o: { dataDir?: string; force?: boolean }) => restoreStore(io, file, o));
}

/** Runs one command line; resolves to the exit code (0 when it worked). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
