/**
 * Free text as people type it: names, descriptions, reasons. Lengths are counted in characters
 * (Unicode code points), not UTF-16 units, so "£" and "😀" each count once. Characters that
 * hide or reorder what is shown are refused: control characters (NUL and friends) and the
 * bidirectional formatting characters that make a name display differently from what is stored.
 */

export interface TextRules {
  /** At most this many characters. */
  max: number;
  /** At least this many characters (default 0). */
  min?: number;
  /** Long text (reasons, descriptions) may hold line breaks and tabs; names may not. */
  multiline?: boolean;
}

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the LRM, RLM and ALM marks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
/** C0 and C1 controls and DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/g;
/** Half of a surrogate pair without the other half: JSON's "\ud800" escape can send one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The number of code points in `text`; a lone surrogate counts as one. */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** What is wrong with `value` as text under `rules`, in words for the caller; null when nothing is. */
export function textProblem(value: unknown, rules: TextRules): string | null {
  if (typeof value !== 'string') return 'must be text';
  const min = rules.min ?? 0;
  const length = codePointLength(value);
  if (length < min || length > rules.max) {
    return min > 0
      ? `must be ${min} to ${rules.max} characters long (it has ${length})`
      : `must be at most ${rules.max} characters long (it has ${length})`;
  }
  const control = CONTROL.exec(rules.multiline ? value.replace(LINE_BREAK_OR_TAB, ' ') : value);
  if (control) {
    const allowed = rules.multiline ? ' other than line breaks and tabs' : '';
    return `must not contain control characters${allowed} (${codePointName(control[0])} at character ${characterAt(value, control.index)})`;
  }
  const bidi = BIDI.exec(value);
  if (bidi) {
    return `must not contain bidirectional formatting characters, which make text display differently from what is stored (${codePointName(bidi[0])} at character ${characterAt(value, bidi.index)})`;
  }
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (it has a lone surrogate)';
  return null;
}

function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The 1-based character (code point) position of a UTF-16 index. */
function characterAt(text: string, index: number): number {
  return codePointLength(text.slice(0, index)) + 1;
}
