/**
 * `npm run token -- --role force_finance --force herts [--subject alice@herts] [--days 30] [--link]`
 * Prints a bearer token signed with the service's key (JWT_SECRET, or the key the service
 * generated in DATA_DIR on first start); with --link, a web-app sign-in link carrying it instead.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { AuthSecretError, resolveAuthSecret } from './auth-secret';
import { ROLES, scopeProblem, type Role } from './principal';
import { signInLink } from './sign-in-link';
import { TokenIssuer } from './token-issuer';

function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      force: { type: 'string' },
      alliance: { type: 'string' },
      subject: { type: 'string' },
      days: { type: 'string', default: '30' },
      link: { type: 'boolean', default: false },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !(ROLES as readonly string[]).includes(role)) fail(`--role must be one of: ${ROLES.join(', ')}`);
  const principal = {
    role: role as Role,
    force: values.force,
    alliance: values.alliance,
    subject: values.subject ?? `${role}${values.force ? `@${values.force}` : values.alliance ? `@${values.alliance}` : ''}`,
  };
  const problem = scopeProblem(principal);
  if (problem) fail(problem);
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 366) fail('--days must be a whole number from 1 to 366');
  const config = loadConfig();
  const { secret } = signingKey(config.dataDir, config.jwtSecret);
  const token = new TokenIssuer(secret).issue(principal, days);
  process.stdout.write(`${values.link ? signInLink(config.port, token) : token}\n`);
}

/** A key the service would refuse is reported as a sentence (exit 1), not as a stack trace. */
function signingKey(dataDir: string, fromEnvironment?: string) {
  try {
    return resolveAuthSecret(dataDir, fromEnvironment);
  } catch (error) {
    if (!(error instanceof AuthSecretError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main();
