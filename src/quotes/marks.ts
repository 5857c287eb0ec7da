/**
 * Pairs quotation marks inside one block. Every mark is looked at once and the stack of open
 * marks is capped, so pairing stays linear however many stray marks a text has. A mark that
 * pairs with nothing is skipped: the typography around a mark (space before, letter after)
 * decides whether it may open or close, which keeps apostrophes ("don't", "Putin's", "the
 * leaders' talks") and stray closers out of the pairs.
 */

export interface MarkedSpan {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** Position of the opening mark; of the closing mark, or -1 when the block ends first. */
  open: number;
  close: number;
  /** 0 for a top-level quote, 1 for a quote inside it, ... */
  depth: number;
}

/** For every mark: the marks that may close a quote it opens. */
const CLOSERS: Readonly<Record<string, string>> = {
  '„': '“”"',
  '“': '”"',
  '”': '”',
  '"': '"“”',
  '»': '«',
  '«': '»',
  '‚': '‘’\'',
  '‘': '’\'',
  '›': '‹',
  '‹': '›',
  "'": '\'’',
};
const SINGLE = new Set(['‚', '‘', '’', "'", '›', '‹']);
const MARK_CODES = new Set([...'"\'„“”»«‚‘’›‹'].map((mark) => mark.charCodeAt(0)));
const DOUBLE = '"'.charCodeAt(0);
const SINGLE_STRAIGHT = "'".charCodeAt(0);
/** «, the lowest mark past the straight ones. */
const GUILLEMET = '«'.charCodeAt(0);
const MAX_DEPTH = 4;
const LETTER = /[\p{L}\p{N}]/u;
/** What may stand right before an opening mark. */
const OPEN_LEFT = /[\s([{\-–—/:;,„“"»«‚‘›‹]/u;

interface Open {
  mark: string;
  pos: number;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

function mayOpen(view: string, pos: number, from: number, to: number): boolean {
  const mark = view[pos]!;
  if (!(mark in CLOSERS)) return false;
  const before = pos > from ? view[pos - 1] : undefined;
  const after = pos + 1 < to ? view[pos + 1] : undefined;
  if (after === undefined || /\s/u.test(after)) return false;
  if (before !== undefined && !OPEN_LEFT.test(before)) return false;
  // A single mark must be followed by a word: "'90s" and "' " are not quotes.
  if (SINGLE.has(mark) && !isLetter(after) && !/["„“»«…]/u.test(after)) return false;
  return true;
}

function mayClose(view: string, pos: number, from: number, to: number): boolean {
  const before = pos > from ? view[pos - 1] : undefined;
  const after = pos + 1 < to ? view[pos + 1] : undefined;
  if (before === undefined || /\s/u.test(before)) return false;
  // Inside a word a single mark is an apostrophe ("don't", "Kim's").
  if (SINGLE.has(view[pos]!) && isLetter(after)) return false;
  return true;
}

/** The quotes of `view[from, to)`, in order of their opening marks. */
export function pairMarks(view: string, from: number, to: number): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  const stack: Open[] = [];
  // Looked for within the block only: a search on through the view would cross every later block, for each block.
  for (let pos = from; pos < to; pos++) {
    const code = view.charCodeAt(pos);
    // Letters below « are passed over without a set lookup.
    if (code < GUILLEMET ? code !== DOUBLE && code !== SINGLE_STRAIGHT : !MARK_CODES.has(code)) continue;
    const mark = view[pos]!;
    const closing = mayClose(view, pos, from, to) ? findOpener(stack, mark) : -1;
    if (closing >= 0) {
      const opener = stack[closing]!;
      stack.length = closing;
      spans.push({ start: opener.pos + 1, end: pos, open: opener.pos, close: pos, depth: closing });
    } else if (stack.length < MAX_DEPTH && mayOpen(view, pos, from, to)) {
      stack.push({ mark, pos });
    }
  }
  // Only an outermost quote may run on past its block (into the next one that opens a quote).
  const unclosed = stack[0];
  if (unclosed) spans.push({ start: unclosed.pos + 1, end: trimEnd(view, unclosed.pos + 1, to), open: unclosed.pos, close: -1, depth: 0 });
  return spans.filter((span) => span.end > span.start).sort((a, b) => a.open - b.open);
}

/** Index in the stack of the innermost open mark that `mark` closes, or -1. */
function findOpener(stack: readonly Open[], mark: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (CLOSERS[stack[i]!.mark]!.includes(mark)) return i;
  }
  return -1;
}

function trimEnd(view: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/u.test(view[end - 1]!)) end--;
  return end;
}
