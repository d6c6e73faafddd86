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

/**
 * The key tokens are signed with. JWT_SECRET when set (required when several replicas share
 * an EventStoreDB). Otherwise, secure by default: a random key generated on first start and
 * kept beside the data, readable only by the service's user, like Jupyter's token.
 */
export function resolveAuthSecret(dataDir: string, fromEnvironment?: string): AuthSecret {
  if (fromEnvironment) {
    if (fromEnvironment.length < 32) throw new Error('JWT_SECRET must be at least 32 characters long.');
    return { secret: fromEnvironment, created: false, source: 'environment' };
  }
  const path = join(dataDir, 'auth-secret');
  if (existsSync(path)) return { secret: readFileSync(path, 'utf8').trim(), created: false, source: 'file', path };
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return { secret, created: true, source: 'file', path };
}
