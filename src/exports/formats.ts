/**
 * Which form an answer goes out in: JSON (the default, unchanged), CSV or XLSX. Chosen by
 * `?format=` when given, else by the Accept header (RFC 9110 quality values); pure, so the
 * rules are tested without HTTP.
 */
export type ExportFormat = 'json' | 'csv' | 'xlsx';

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const ALL_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'xlsx'];

export type Negotiated = { format: ExportFormat } | { refused: string };

/** `format` from the query string (already checked to be one plain value), `accept` the header as sent. */
export function negotiateFormat(format: string | undefined, accept: string | undefined, offered: readonly ExportFormat[]): Negotiated {
  if (format !== undefined) {
    const asked = format.trim().toLowerCase() as ExportFormat;
    if (offered.includes(asked)) return { format: asked };
    return { refused: `?format=${format.slice(0, 40)} is not a format this answer comes in` };
  }
  if (accept === undefined || accept.trim() === '') return { format: 'json' };
  const ranges = parseAccept(accept);
  let best: { format: ExportFormat; q: number; rank: number } | null = null;
  offered.forEach((candidate, rank) => {
    const q = qualityOf(MEDIA_TYPES[candidate], ranges);
    if (q > 0 && (best === null || q > best.q)) best = { format: candidate, q, rank };
  });
  const chosen = best as { format: ExportFormat } | null;
  return chosen ? { format: chosen.format } : { refused: `Accept: ${accept.slice(0, 100)} names no type this answer comes in` };
}

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(',')
    .slice(0, 50)
    .map((part) => {
      const [range, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
      const [type = '', subtype = ''] = range.split('/');
      const qParam = params.find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
    })
    .filter((r) => r.type !== '' && r.subtype !== '');
}

/** The quality the most specific matching range gives a media type; 0 when none matches. */
function qualityOf(mediaType: string, ranges: MediaRange[]): number {
  const [type, subtype] = mediaType.split('/');
  const specificity = (r: MediaRange): number =>
    r.type === type && r.subtype === subtype ? 3 : r.type === type && r.subtype === '*' ? 2 : r.type === '*' && r.subtype === '*' ? 1 : 0;
  let best = { specificity: 0, q: 0 };
  for (const range of ranges) {
    const s = specificity(range);
    if (s > best.specificity) best = { specificity: s, q: range.q };
  }
  return best.q;
}
