/**
 * One tokenisation pass shared by every stage. Words keep inner hyphens and apostrophes
 * ("UN-Sicherheitsrates", "O'Brien"), a truncated compound keeps its hyphen ("Außen- und"),
 * the English possessive is split off ("Putin" "'s"), numbers keep their separators ("1,2",
 * "4.3", "12:30"), dotted abbreviations stay whole ("U.S.", "z.B."). A final "." is otherwise
 * its own token: whether it ends a sentence is for the sentence stage to decide.
 *
 * A hand-written scanner rather than one big regular expression: every stage pays for
 * tokenisation, and a scanner that looks at each character once or twice is several times faster
 * and cannot backtrack into quadratic time on runs like "a.a.a.a…".
 */
import type { Token, TokenKind } from './document.js';

/** Character classes as bits, worked out once per code point and remembered. */
const LETTER = 1;
const WORD_CHAR = 2;
const DIGIT = 4;
const PUNCTUATION = 8;
const KNOWN = 16;
const CLASS_PATTERNS: [number, RegExp][] = [
  [LETTER, /^\p{L}$/u],
  [WORD_CHAR, /^[\p{L}\p{M}\p{N}\u00ad]$/u],
  [DIGIT, /^\p{N}$/u],
  [PUNCTUATION, /^\p{P}$/u],
];
const classOfCodeUnit = new Uint8Array(0x10000);
const classOfAstral = new Map<number, number>();

function classesOf(char: string): number {
  let bits = KNOWN;
  for (const [bit, pattern] of CLASS_PATTERNS) if (pattern.test(char)) bits |= bit;
  return bits;
}

/** Bounds that keep a run of "a.b.c.…" or "1.2.3.…" from becoming one token. */
const MAX_ABBREVIATION_PARTS = 6;
const MAX_NUMBER_GROUPS = 6;
/** Conjunctions after which "Außen-" keeps its hyphen, at most this many spaces away. */
const TRUNCATION_CONJUNCTIONS = ['und', 'oder', 'bzw', 'sowie', 'and', 'or'];
const MAX_TRUNCATION_GAP = 3;

/**
 * Reads the text by code point. The classes of the code point at `at` are found with `classAt`,
 * its length in code units with `width`: a surrogate pair inside the range is one code point of
 * two units; a lone surrogate is one unit and no letter, digit or mark.
 */
class Scanner {
  /** Kind of the token `token` returned last (a field rather than a returned pair: no allocation per token). */
  kind: TokenKind = 'word';

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  private code(at: number): number {
    return at < this.end ? this.text.charCodeAt(at) : -1;
  }

  /** Length in code units of the code point at `at` (2 for a surrogate pair inside the range). */
  width(at: number): number {
    const code = this.text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < this.end) {
      const low = this.text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return 2;
    }
    return 1;
  }

  /** The class bits of the code point at `at`; 0 past the end. */
  private classAt(at: number): number {
    if (at >= this.end) return 0;
    const code = this.text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff && this.width(at) === 2) {
      const codePoint = this.text.codePointAt(at)!;
      let bits = classOfAstral.get(codePoint);
      if (bits === undefined) classOfAstral.set(codePoint, (bits = classesOf(String.fromCodePoint(codePoint))));
      return bits;
    }
    const bits = classOfCodeUnit[code]!;
    return bits !== 0 ? bits : (classOfCodeUnit[code] = classesOf(String.fromCharCode(code)));
  }

  isWordChar(at: number): boolean {
    return (this.classAt(at) & WORD_CHAR) !== 0;
  }

  isLetter(at: number): boolean {
    return (this.classAt(at) & LETTER) !== 0;
  }

  isSpace(at: number): boolean {
    return isSpaceCode(this.code(at));
  }

  /** End of a run of code points with class `bit` from `at`. */
  private run(at: number, bit: number): number {
    while ((this.classAt(at) & bit) !== 0) {
      const code = this.text.charCodeAt(at);
      at += code >= 0xd800 && code <= 0xdbff ? this.width(at) : 1;
    }
    return at;
  }

  /** "z.B.", "U.S.": two to six parts of one or two letters, each with its dot, not followed by a letter. */
  abbreviation(at: number): number {
    let parts = 0;
    let position = at;
    while (parts < MAX_ABBREVIATION_PARTS) {
      const afterLetters = this.lettersUpTo(position, 2);
      if (afterLetters === position || this.code(afterLetters) !== 46) break;
      position = afterLetters + 1;
      parts++;
    }
    return parts >= 2 && !this.isLetter(position) ? position : -1;
  }

  private lettersUpTo(at: number, count: number): number {
    let position = at;
    for (let taken = 0; taken < count && this.isLetter(position); taken++) position += this.width(position);
    return position;
  }

  /** "1,5", "4.300", "12:30": digits with one to six separated groups, not followed by a word character. */
  number(at: number): number {
    let lastEnd = -1;
    let beforeLast = -1;
    let groups = 0;
    let position = this.run(at, DIGIT);
    while (groups < MAX_NUMBER_GROUPS) {
      const separator = this.code(position);
      if (separator !== 46 && separator !== 44 && separator !== 58 && separator !== 47) break;
      const groupEnd = this.run(position + 1, DIGIT);
      if (groupEnd === position + 1) break;
      beforeLast = lastEnd;
      lastEnd = groupEnd;
      groups++;
      position = groupEnd;
    }
    // Followed by a letter, the last group belongs to the word that follows ("1.5x" → "1" "." "5x").
    if (groups > 0 && this.isWordChar(lastEnd)) return beforeLast;
    return lastEnd;
  }

  /** Word characters joined by hyphens and apostrophes (not the possessive 's), with a truncation hyphen. */
  word(at: number): number {
    let position = this.run(at, WORD_CHAR);
    for (;;) {
      const joiner = this.code(position);
      const hyphen = joiner === 45;
      const apostrophe = joiner === 39 || joiner === 0x2019;
      if (!hyphen && !apostrophe) break;
      if (apostrophe && this.code(position + 1) === 115 && !this.isWordChar(position + 2)) break;
      if (!this.isWordChar(position + 1)) break;
      position = this.run(position + 1, WORD_CHAR);
    }
    if (this.code(position) === 45 && this.conjunctionFollows(position + 1)) position++;
    return position;
  }

  private conjunctionFollows(at: number): boolean {
    let position = at;
    while (position < this.end && (this.code(position) === 32 || this.code(position) === 10)) position++;
    const gap = position - at;
    if (gap < 1 || gap > MAX_TRUNCATION_GAP) return false;
    return TRUNCATION_CONJUNCTIONS.some((conjunction) => this.text.startsWith(conjunction, position) && position + conjunction.length <= this.end && !isAsciiWordCode(this.code(position + conjunction.length)));
  }

  /** The end of the longest token starting at `at`; its kind is left in `kind`. */
  token(at: number): number {
    const code = this.text.charCodeAt(at);
    const bits = this.classAt(at);
    if (bits & LETTER) {
      const abbreviation = this.abbreviation(at);
      if (abbreviation > 0) return this.found(abbreviation, 'word');
    }
    if (bits & WORD_CHAR) {
      if (bits & DIGIT) {
        const number = this.number(at);
        if (number > 0) return this.found(number, 'number');
      }
      const end = this.word(at);
      return this.found(end, this.run(at, DIGIT) === end ? 'number' : 'word');
    }
    if ((code === 39 || code === 0x2019) && this.code(at + 1) === 115 && !this.isWordChar(at + 2)) return this.found(at + 2, 'word');
    if (code === 46 && this.code(at + 1) === 46) return this.found(this.runOf(at, 46, 46), 'punct');
    if (code === 0x2026) return this.found(at + 1, 'punct');
    if (code === 63 || code === 33) return this.found(this.runOf(at, 63, 33), 'punct');
    return this.found(at + this.width(at), bits & PUNCTUATION ? 'punct' : 'symbol');
  }

  private found(end: number, kind: TokenKind): number {
    this.kind = kind;
    return end;
  }

  /** End of a run of the code units `a` and `b` from `at`. */
  private runOf(at: number, a: number, b: number): number {
    let position = at;
    for (let code = this.code(position); code === a || code === b; code = this.code(++position));
    return position;
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiWordCode(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 95;
}

/** JavaScript's \s. */
function isSpaceCode(code: number): boolean {
  if (code < 0) return false;
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Tokens of `view` between `from` and `to`, in order, appended to `into`. The range is read as if it were the whole text. */
export function tokenize(view: string, from = 0, to = view.length, into: Token[] = []): Token[] {
  const end = Math.min(to, view.length);
  const scanner = new Scanner(view, end);
  let at = Math.max(0, from);
  while (at < end) {
    if (scanner.isSpace(at)) {
      at++;
      continue;
    }
    const tokenEnd = scanner.token(at);
    into.push({ start: at, end: tokenEnd, kind: scanner.kind });
    at = tokenEnd;
  }
  return into;
}
