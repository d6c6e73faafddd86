/**
 * `npm run token -- --role force_finance --force herts [--subject alice@herts] [--days 30] [--link]`
 * Prints a bearer token signed with the service's key (JWT_SECRET, or the key the service
 * generated in DATA_DIR on first start); with --link, a web-app sign-in link carrying it instead.
 * `cfm token` takes the same options (mintToken).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { AuthSecretError, resolveAuthSecret } from './auth-secret';
import { ROLES, scopeProblem, type Role } from './principal';
import { signInLink } from './sign-in-link';
import { TokenIssuer } from './token-issuer';

export interface MintTokenOptions {
  role?: string;
  force?: string;
  alliance?: string;
  subject?: string;
  days?: string;
}

/** A refusal to mint: `exitCode` 2 for options that make no token, 1 for a signing key the service would refuse. */
export class MintTokenError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'MintTokenError';
  }
}

/** A token for the role and scope asked, signed with the configured key. */
export function mintToken(values: MintTokenOptions, env: NodeJS.ProcessEnv = process.env): string {
  const role = values.role as Role | undefined;
  if (!role || !(ROLES as readonly string[]).includes(role)) throw new MintTokenError(`--role must be one of: ${ROLES.join(', ')}`, 2);
  const principal = {
    role,
    force: values.force,
    alliance: values.alliance,
    subject: values.subject ?? `${role}${values.force ? `@${values.force}` : values.alliance ? `@${values.alliance}` : ''}`,
  };
  const problem = scopeProblem(principal);
  if (problem) throw new MintTokenError(problem, 2);
  const days = Number(values.days ?? '30');
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new MintTokenError('--days must be a whole number from 1 to 366', 2);
  const config = loadConfig(env);
  return new TokenIssuer(signingKey(config.dataDir, config.jwtSecret)).issue(principal, days);
}

/** A key the service would refuse is reported as a sentence (exit 1), not as a stack trace. */
function signingKey(dataDir: string, fromEnvironment?: string): string {
  try {
    return resolveAuthSecret(dataDir, fromEnvironment).secret;
  } catch (error) {
    if (!(error instanceof AuthSecretError)) throw error;
    throw new MintTokenError(error.message, 1);
  }
}

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
  try {
    const token = mintToken(values);
    process.stdout.write(`${values.link ? signInLink(loadConfig().port, token) : token}\n`);
  } catch (error) {
    if (!(error instanceof MintTokenError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(error.exitCode);
  }
}

if (require.main === module) main();
