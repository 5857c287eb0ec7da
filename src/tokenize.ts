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

/** Character classes as bits, worked out once per BMP code unit and remembered. */
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

class Scanner {
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

  private matches(bit: number, at: number): boolean {
    if (at >= this.end) return false;
    const width = this.width(at);
    // A surrogate pair is looked up each time; a lone surrogate is no letter, digit or mark.
    if (width === 2) return (classesOf(this.text.slice(at, at + 2)) & bit) !== 0;
    const code = this.text.charCodeAt(at);
    let bits = classOfCodeUnit[code]!;
    if (bits === 0) bits = classOfCodeUnit[code] = classesOf(this.text[at]!);
    return (bits & bit) !== 0;
  }

  isWordChar = (at: number) => this.matches(WORD_CHAR, at);
  isLetter = (at: number) => this.matches(LETTER, at);
  isDigit = (at: number) => this.matches(DIGIT, at);
  isPunctuation = (at: number) => this.matches(PUNCTUATION, at);

  isSpace(at: number): boolean {
    return isSpaceCode(this.code(at));
  }

  /** End of a run of characters passing `test` from `at`. */
  private run(at: number, test: (at: number) => boolean): number {
    while (at < this.end && test(at)) at += this.width(at);
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
    const ends: number[] = [];
    let position = this.run(at, this.isDigit);
    while (ends.length < MAX_NUMBER_GROUPS) {
      const separator = this.code(position);
      if (separator !== 46 && separator !== 44 && separator !== 58 && separator !== 47) break;
      const groupEnd = this.run(position + 1, this.isDigit);
      if (groupEnd === position + 1) break;
      ends.push(groupEnd);
      position = groupEnd;
    }
    // Followed by a letter, the last group belongs to the word that follows ("1.5x" → "1" "." "5x").
    if (ends.length && this.isWordChar(ends[ends.length - 1]!)) ends.pop();
    return ends.length ? ends[ends.length - 1]! : -1;
  }

  /** Word characters joined by hyphens and apostrophes (not the possessive 's), with a truncation hyphen. */
  word(at: number): number {
    let position = this.run(at, this.isWordChar);
    for (;;) {
      const joiner = this.code(position);
      const hyphen = joiner === 45;
      const apostrophe = joiner === 39 || joiner === 0x2019;
      if (!hyphen && !apostrophe) break;
      if (apostrophe && this.code(position + 1) === 115 && !this.isWordChar(position + 2)) break;
      if (!this.isWordChar(position + 1)) break;
      position = this.run(position + 1, this.isWordChar);
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

  /** The longest token starting at `at` and its kind. */
  token(at: number): [number, TokenKind] {
    const code = this.text.charCodeAt(at);
    if (this.isLetter(at)) {
      const abbreviation = this.abbreviation(at);
      if (abbreviation > 0) return [abbreviation, 'word'];
    }
    if (this.isWordChar(at)) {
      if (this.isDigit(at)) {
        const number = this.number(at);
        if (number > 0) return [number, 'number'];
      }
      const end = this.word(at);
      return [end, this.run(at, this.isDigit) === end ? 'number' : 'word'];
    }
    if ((code === 39 || code === 0x2019) && this.code(at + 1) === 115 && !this.isWordChar(at + 2)) return [at + 2, 'word'];
    if (code === 46 && this.code(at + 1) === 46) return [this.runOf(at, 46), 'punct'];
    if (code === 0x2026) return [at + 1, 'punct'];
    if (code === 63 || code === 33) return [this.runOf(at, 63, 33), 'punct'];
    if (this.isPunctuation(at)) return [at + this.width(at), 'punct'];
    return [at + this.width(at), 'symbol'];
  }

  private runOf(at: number, ...codes: number[]): number {
    let position = at;
    while (codes.includes(this.code(position))) position++;
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
    const [tokenEnd, kind] = scanner.token(at);
    into.push({ start: at, end: tokenEnd, kind });
    at = tokenEnd;
  }
  return into;
}
