import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The compose file's EventStoreDB runs insecure (no TLS, no login) for trying things locally, so
 * it must not be published on the host by default; the opt-in override publishes it on the
 * loopback only. Read as text (no YAML parser among our dependencies): a service is the block of
 * lines indented under its name.
 */
const ROOT = join(__dirname, '../..');

function serviceBlock(file: string, service: string): string[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l === `  ${service}:`);
  if (start < 0) throw new Error(`${file} has no service ${service}`);
  const end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => !/^\s*#/.test(l));
}

describe('docker-compose.yml', () => {
  it('does not publish the insecure EventStoreDB on the host', () => {
    const block = serviceBlock('docker-compose.yml', 'eventstoredb');
    expect(block.some((l) => /^\s+EVENTSTORE_INSECURE:/.test(l))).toBe(true); // the case this guards
    expect(block.filter((l) => /^\s+ports:/.test(l))).toEqual([]);
  });

  it('says how to run EventStoreDB secured in production', () => {
    const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(text).toMatch(/EVENTSTORE_INSECURE=false/);
    expect(text).toMatch(/tls=true/);
    expect(text).toMatch(/EVENTSTORE_CERTIFICATE_FILE/);
  });

  it('publishes it only on the loopback in the opt-in override for local tests', () => {
    const block = serviceBlock('docker-compose.eventstoredb-local.yml', 'eventstoredb');
    const published = block.filter((l) => /^\s+- "/.test(l)).map((l) => l.trim());
    expect(published).toEqual(['- "127.0.0.1:2113:2113"']);
  });
});
