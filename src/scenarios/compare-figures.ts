import { Dec, DECIMAL_STRING } from '../common/decimal';

/**
 * A generic side-by-side of two rendered answers (the JSON of precept options, collaboration
 * figures, benefits realisation – any engine output rendered at the edge): every decimal-string
 * leaf is paired with the leaf at the same path in the other answer, with the difference b − a;
 * a true/false leaf that differs (a referendum now needed, a reserve now below its minimum) is
 * listed too, with no difference. Arrays of records are paired by what identifies a record
 * (year, code, force, …) rather than by position, so a line present in only one answer does not
 * shift the rest. Audit fields (sources, warnings, …) are not compared.
 *
 * For the MTFP itself, compareMtfp gives a labelled line-by-line table, which reads better;
 * this is for the answers that have no such table.
 */
export interface FigureDifference {
  /** Where the figure is: "options[kind=freeze].mtfpGap.value", "years[year=2016/17].police.amount". */
  path: string;
  a: string | boolean | null;
  b: string | boolean | null;
  /** b − a for decimal figures present in both; null otherwise. */
  difference: string | null;
}

interface CompareFiguresOptions {
  /** Keys never compared (anywhere in the tree). */
  ignore?: readonly string[];
  /** Leave out figures that are the same in both. Default true. */
  onlyChanged?: boolean;
}

const DEFAULT_IGNORED_KEYS: readonly string[] = [
  'sources',
  'source',
  'warnings',
  'conventions',
  'issues',
  'recordedAt',
  'position',
  'revision',
];

/** Fields that identify a record in an array, in the order they are written in a path. */
const IDENTITY_FIELDS = ['year', 'force', 'allianceCode', 'unitCode', 'programmeCode', 'code', 'itemId', 'reserveId', 'kind', 'partner'];

export function compareFigures(a: unknown, b: unknown, options: CompareFiguresOptions = {}): FigureDifference[] {
  const ignore = new Set(options.ignore ?? DEFAULT_IGNORED_KEYS);
  const onlyChanged = options.onlyChanged ?? true;
  const found: FigureDifference[] = [];
  walk(a, b, '', ignore, found);
  return onlyChanged ? found.filter(isChange) : found;
}

function walk(a: unknown, b: unknown, path: string, ignore: Set<string>, found: FigureDifference[]): void {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? a : [];
    const right = Array.isArray(b) ? b : [];
    for (const [key, pair] of pairElements(left, right)) walk(pair.a, pair.b, `${path}[${key}]`, ignore, found);
    return;
  }
  if (isRecord(a) || isRecord(b)) {
    const left = isRecord(a) ? a : {};
    const right = isRecord(b) ? b : {};
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])]) {
      if (ignore.has(key)) continue;
      walk(left[key], right[key], path ? `${path}.${key}` : key, ignore, found);
    }
    return;
  }
  const leafA = leaf(a);
  const leafB = leaf(b);
  if (leafA === undefined && leafB === undefined) return;
  const bothDecimal = typeof leafA === 'string' && typeof leafB === 'string';
  found.push({ path, a: leafA ?? null, b: leafB ?? null, difference: bothDecimal ? decimalDifference(leafA, leafB) : null });
}

/** A comparable leaf: a decimal string or a boolean; anything else (text, ids) is not a figure. */
function leaf(value: unknown): string | boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && DECIMAL_STRING.test(value)) return value;
  return undefined;
}

function decimalDifference(a: string, b: string): string {
  const places = Math.max(decimalPlaces(a), decimalPlaces(b));
  return new Dec(b).minus(a).toFixed(places);
}

function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

function isChange(d: FigureDifference): boolean {
  if (d.a === null || d.b === null) return d.a !== d.b;
  if (typeof d.a === 'string' && typeof d.b === 'string') return !new Dec(d.a).equals(d.b);
  return d.a !== d.b;
}

/** Pairs array elements by identity when every element has a distinct one, else by position. */
function pairElements(a: unknown[], b: unknown[]): Map<string, { a: unknown; b: unknown }> {
  const idsA = identities(a);
  const idsB = identities(b);
  const pairs = new Map<string, { a: unknown; b: unknown }>();
  if (idsA && idsB) {
    a.forEach((item, i) => pairs.set(idsA[i], { a: item, b: undefined }));
    b.forEach((item, i) => pairs.set(idsB[i], { a: pairs.get(idsB[i])?.a, b: item }));
    return pairs;
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) pairs.set(String(i), { a: a[i], b: b[i] });
  return pairs;
}

function identities(items: unknown[]): string[] | null {
  const ids = items.map((item) => {
    if (!isRecord(item)) return null;
    const parts = IDENTITY_FIELDS.filter((f) => typeof item[f] === 'string').map((f) => `${f}=${item[f] as string}`);
    return parts.length > 0 ? parts.join(',') : null;
  });
  if (ids.some((id) => id === null) || new Set(ids).size !== ids.length) return null;
  return ids as string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
