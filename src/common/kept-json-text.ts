import { randomBytes } from 'node:crypto';
import { keptFor } from './kept-for';

/**
 * JSON text kept beside a part of an answer that no one changes once made (a programme's
 * benefits, kept while their inputs stand), so an answer made again around it copies the part's
 * text instead of writing it out again: most of a large answer is such parts, and writing them
 * out was most of the time an answer took.
 *
 * `keepJsonText` marks the part; `answerJson` is JSON.stringify for answers holding marked parts:
 * the same text, byte for byte (the marked part's text is JSON.stringify's of it), with each
 * marked part written out once in its life. Anywhere else – JSON.stringify itself, Fastify's
 * serialiser, a spread copy – a marked part is an ordinary object: the mark is a non-enumerable
 * `toJSON` that gives the part itself back.
 */

/** The text of each marked part, once written out. */
const textOf = new WeakMap<object, string>();

/** The parts met while `answerJson` writes an answer out; null when it is not writing. */
let collecting: object[] | null = null;

// A marked part stands in the answer's text as a string no answer's own strings can hold: it
// starts with a NUL (which JSON writes as \u0000) and carries this process's random token.
const TOKEN = randomBytes(12).toString('hex');
const STAND_IN = `\u0000${TOKEN}:`;
const STAND_IN_TEXT = `"\\u0000${TOKEN}:`;

function standIn(this: object): unknown {
  if (collecting === null) return this;
  collecting.push(this);
  return `${STAND_IN}${collecting.length - 1}`;
}

/** Marks `part` (an object no one changes from now on) so answerJson keeps its text. */
export function keepJsonText<T extends object>(part: T): T {
  if (Object.prototype.hasOwnProperty.call(part, 'toJSON')) return part;
  Object.defineProperty(part, 'toJSON', { value: standIn, enumerable: false, configurable: false, writable: false });
  return part;
}

/** JSON.stringify(answer), copying the kept text of the parts keepJsonText marked. */
export function answerJson(answer: unknown): string {
  const parts: object[] = [];
  let text: string;
  collecting = parts;
  try {
    text = JSON.stringify(answer);
  } finally {
    collecting = null;
  }
  if (parts.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const placeholder = `${STAND_IN_TEXT}${i}"`;
    const found = text.indexOf(placeholder, at);
    pieces.push(text.slice(at, found), textOfPart(parts[i]));
    at = found + placeholder.length;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** A part's own text, written out the first time (marked parts within it as ordinary objects). */
function textOfPart(part: object): string {
  return keptFor(textOf, part, () => JSON.stringify(part));
}
