/**
 * The figures of a JSON answer as (path, value) pairs, in the answer's own order: a figure
 * (`{value, sources}`) is one pair, a decimal string or a whole number one pair, and lists are
 * named by an entry's code or id where it has one (as /mtfp/explain names lines).
 * Texts, flags and `sources` are left out: the long CSVs hold figures.
 */
const ENTRY_NAMES = ['code', 'itemId', 'reserveId', 'programmeCode', 'unitCode', 'force', 'year', 'kind'] as const;
const DECIMAL = /^-?\d+(\.\d+)?$/;

export function flattenFigures(node: unknown, skip: readonly string[] = []): [string, string][] {
  const out: [string, string][] = [];
  const visit = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (DECIMAL.test(value) && path.length > 0) out.push([path.join('/'), value]);
      return;
    }
    if (typeof value === 'number' && Number.isInteger(value)) {
      out.push([path.join('/'), String(value)]);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((entry, i) => visit(entry, [...path, entryName(entry) ?? String(i)]));
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.value === 'string' && Array.isArray(record.sources)) {
      out.push([path.join('/'), record.value]);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'sources' || key === 'source' || skip.includes(key)) continue;
      visit(child, [...path, key]);
    }
  };
  visit(node, []);
  return out;
}

function entryName(entry: unknown): string | null {
  if (entry === null || typeof entry !== 'object') return null;
  const record = entry as Record<string, unknown>;
  for (const name of ENTRY_NAMES) if (typeof record[name] === 'string') return record[name] as string;
  return null;
}
