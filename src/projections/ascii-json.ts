/**
 * JSON text as ASCII: every character beyond ASCII written as its \u escape, which JSON reads as
 * the same character (beyond ASCII, a character of JSON text can only be inside a string). Kept
 * state is stored so: read back, ASCII is a copy into a one-byte string, where UTF-8 is a decode
 * into a string of two-byte characters as soon as one such character (an en dash, a £) is in it
 * – slower to decode and slower for JSON.parse to read.
 */
export function asciiJson(json: string): string {
  return json.replace(BEYOND_ASCII, escaped);
}

const BEYOND_ASCII = /[\u0080-\uffff]/g;

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
