import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AuthSecret {
  secret: string;
  /** True when this call created the secret: the moment to print the first admin token. */
  created: boolean;
  source: 'environment' | 'file';
  path?: string;
}

/** HS256 wants a key at least as long as its hash: a shorter one is guessable, and an empty one signs nothing. */
export const MIN_SECRET_BYTES = 32;

/** A signing key the service cannot use; its message is a sentence for the operator, not a stack trace. */
export class AuthSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthSecretError';
  }
}

/**
 * The key tokens are signed with. JWT_SECRET when set (required when several replicas share
 * an EventStoreDB). Otherwise, secure by default: a random key generated on first start and
 * kept beside the data, readable only by the service's user, like Jupyter's token.
 */
export function resolveAuthSecret(dataDir: string, fromEnvironment?: string): AuthSecret {
  if (fromEnvironment) {
    const bytes = Buffer.byteLength(fromEnvironment, 'utf8');
    if (bytes < MIN_SECRET_BYTES) {
      throw new AuthSecretError(
        `JWT_SECRET is ${bytes} bytes long; it must be at least ${MIN_SECRET_BYTES} bytes (for example: openssl rand -base64 48).`,
      );
    }
    return { secret: fromEnvironment, created: false, source: 'environment' };
  }
  const path = join(dataDir, 'auth-secret');
  if (existsSync(path)) return { secret: readSecretFile(path), created: false, source: 'file', path };
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return { secret, created: true, source: 'file', path };
}

function readSecretFile(path: string): string {
  let secret: string;
  try {
    secret = readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new AuthSecretError(
      `The signing key ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the service must run as the user that owns it.`,
    );
  }
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_SECRET_BYTES) {
    throw new AuthSecretError(
      `The signing key in ${path} is ${bytes} bytes long; it must be at least ${MIN_SECRET_BYTES} bytes. ` +
        'Delete the file to have a new key generated on the next start (tokens signed with the old key stop working), or set JWT_SECRET.',
    );
  }
  return secret;
}
