#!/usr/bin/env node
/** `cfm`: the command line (package.json "bin"), built with the service into dist/cli/cfm.js. See program.ts. */
import { runCli } from './program';
import { terminalIo } from './terminal-io';

// Exits when the command is done, whatever timers a library left (stdout and stderr are synchronous for files and pipes on Linux).
void runCli(process.argv.slice(2), terminalIo).then((code) => process.exit(code));
