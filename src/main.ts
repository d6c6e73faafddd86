import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from './app.factory';
import { AuthSecretError, resolveAuthSecret, type AuthSecret } from './auth/auth-secret';
import { signInLink } from './auth/sign-in-link';
import { TokenIssuer } from './auth/token-issuer';
import { loadConfig } from './config/app-config';
import { JsonLogger } from './logging/json-logger';
import { ensurePrivateDir } from './storage/private-files';

async function main(): Promise<void> {
  const loaded = loadConfig();
  ensurePrivateDir(loaded.dataDir); // before anything writes into it (the signing key comes first)
  const key = signingKeyOrExit(loaded.dataDir, loaded.jwtSecret);
  const config = { ...loaded, jwtSecret: key.secret };
  const app = await createApp(config);
  await listenOnEveryAddress(app, config.port);
  const where = config.eventStore.kind === 'sqlite' ? `SQLite file ${config.eventStore.path}` : 'EventStoreDB';
  console.log(
    JSON.stringify({ level: 'info', msg: `Listening on http://localhost:${config.port} (API docs at /docs), events in ${where}` }),
  );
  if (key.created) {
    // Printed once, when the signing key is first made (as Jupyter does); `npm run token` mints more.
    const token = new TokenIssuer(key.secret).issue({ subject: 'admin', role: 'admin' }, 30);
    console.log(
      [
        '',
        'An admin token for this new installation (valid 30 days; shown only now):',
        '',
        `    ${token}`,
        '',
        'Or open the web app signed in as admin (the link is the token; keep it private):',
        '',
        `    ${signInLink(config.port, token)}`,
        '',
        `Use it as "Authorization: Bearer <token>". Mint others with: npm run token -- --role force_finance --force herts [--link]`,
        `The signing key is kept in ${key.path}; set JWT_SECRET to use your own.`,
        '',
      ].join('\n'),
    );
  } else if (key.source === 'file' && config.eventStore.kind === 'eventstoredb') {
    console.warn(
      JSON.stringify({
        level: 'warn',
        msg: "JWT_SECRET is not set: replicas sharing this EventStoreDB will not accept each other's tokens.",
      }),
    );
  }
}

/**
 * Every interface, IPv6 and IPv4 (as Node's own listen does when given no host), so a container
 * publishes the port; on a machine without IPv6, every IPv4 interface.
 */
async function listenOnEveryAddress(app: INestApplication, port: number): Promise<void> {
  try {
    await app.listen(port, '::');
  } catch (error) {
    if ((error as { code?: string }).code !== 'EAFNOSUPPORT') throw error;
    await app.listen(port, '0.0.0.0');
  }
}

/** A key no token could be checked with is refused at start, with a sentence rather than a stack trace. */
function signingKeyOrExit(dataDir: string, fromEnvironment?: string): AuthSecret {
  try {
    return resolveAuthSecret(dataDir, fromEnvironment);
  } catch (error) {
    if (!(error instanceof AuthSecretError)) throw error;
    console.error(JSON.stringify({ level: 'error', msg: `Not starting: ${error.message}` }));
    process.exit(1);
  }
}

// A failure to start is one JSON line saying what and where, and exit code 1 (failures inside
// Nest's start-up are logged the same way by Nest, which exits 1 itself).
main().catch((error: unknown) => {
  new JsonLogger().fatal(error instanceof Error ? error : { msg: String(error) }, 'Startup');
  process.exit(1);
});
