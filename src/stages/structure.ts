/**
 * Cuts the text into blocks (lines and paragraphs) and tells title, headings, byline, body
 * paragraphs and page clutter apart, by the shape of each block and its neighbours and by the
 * cue words of src/lang/<code>/structure.ts. Nothing is dropped: clutter becomes 'boilerplate'.
 */
import type { Block, Doc, Range } from '../document.js';
import type { Stage } from '../pipeline.js';
import { structureCueSets } from '../lang/registry.js';
import type { BlockKind } from '../types.js';

interface Shape extends Range {
  text: string;
  words: number;
  /** Ends with . ! ? … (closing quotes and brackets aside). */
  terminal: boolean;
  endsWithColon: boolean;
  /** Prose: a finished sentence of some length, or a long run of words. */
  prose: boolean;
  clutter: boolean;
  byline: boolean;
  /** Opens with a contributor credit ("Reporting by", "Mitarbeit:"). */
  contributor: boolean;
  /** Only dates the story; clutter above and below the body, a list label inside it. */
  dateline: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (items: readonly string[]) => items.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
const cues = {
  relatedLinks: structureCueSets.flatMap((c) => c.relatedLinks),
  credits: structureCueSets.flatMap((c) => c.credits),
  buttons: structureCueSets.flatMap((c) => c.buttons),
  bylineLeads: structureCueSets.flatMap((c) => c.bylineLeads),
  authorNouns: structureCueSets.flatMap((c) => c.authorNouns),
  navigationWords: new Set(structureCueSets.flatMap((c) => c.navigationWords)),
  contributorLeads: structureCueSets.flatMap((c) => c.contributorLeads),
  captionTails: structureCueSets.flatMap((c) => c.captionTails),
  datelineWords: new Set(structureCueSets.flatMap((c) => c.datelineWords)),
};
/** First words of every cue, so that most blocks are ruled out without running the cue patterns. */
const CUE_LEADS = new Set(
  [...cues.relatedLinks, ...cues.credits, ...cues.buttons, ...cues.bylineLeads, ...cues.contributorLeads].map((cue) => firstWord(cue)),
);
function firstWord(text: string): string {
  const match = /^[^\s:"„“»›|]{1,40}/u.exec(text);
  return match ? match[0].toLowerCase() : '';
}
const RELATED_LINK = new RegExp(`^(?:${alternation(cues.relatedLinks)})(?=$|[\\s:»›>|-])`, 'iu');
/** A related-links cue on a line of its own heads a list of links. */
const RELATED_LINK_HEADER = new RegExp(`^(?:${alternation(cues.relatedLinks)})\\s*:?$`, 'iu');
const CREDIT = new RegExp(`^(?:${alternation(cues.credits)})\\s*(?::|,|©|\\(c\\))|^(?:©|\\(c\\)|Copyright\\b)`, 'iu');
const BUTTON = new RegExp(`^(?:${alternation(cues.buttons)})(?=$|[\\s:"„“»›|])`, 'iu');
const BYLINE = new RegExp(`^(?:${alternation(cues.bylineLeads)})\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:(?:\\s*[,|&]|\\s+(?:und|and)\\s)\\s*\\S.*)?$`, 'u');
const CONTRIBUTOR = new RegExp(`^(?:${alternation(cues.contributorLeads)})(?=$|[\\s:])`, 'iu');
const CAPTION_TAIL = new RegExp(`(?:^|[.:;,(]\\s*)(?:${alternation(cues.captionTails)})\\)?$`, 'iu');
/**
 * Agency and author-initial credits under a story: "mrc/dpa/Reuters", "dpa/AFP", "(dpa)"; the
 * lower-case initials or agency tell them from a "CDU/CSU" table head.
 */
const AGENCY_CREDIT = /^(?:\(\p{Ll}{2,5}\)|(?=.*(?:^|\/)\s?\p{Ll}{2,5}\s?(?:\/|$))\p{L}{2,12}(?:\s?\/\s?\p{L}{2,12}){1,5})$/u;
const AUTHOR_NOUN = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(cues.authorNouns)})(?![\\p{L}])`, 'iu');
const NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|von|van|de|der|da|di|du|zu|bin|al)){1,3}$/u;
const TERMINAL = /[.!?…][\s"'»«“”„‘’›‹)\]]*$/u;
const CAMEL_GLUE = /\p{Ll}\p{Lu}\p{Ll}/u;
const SEPARATORS = /\s[|›»>•·/]\s|\s[|›»>•·]$/u;
const MAX_DATELINE_WORDS = 12;
/** A short question that stands alone between paragraphs is a subheading: "Wie geht es weiter?" */
const MAX_QUESTION_HEADING_WORDS = 8;
const QUOTE_MARK = /["„“”«»‚‘’›‹]/u;
const MAX_HEADLINE_WORDS = 25;
const MAX_HEADING_WORDS = 12;
const MAX_AUTHOR_ROLE_WORDS = 6;
/** Lines of a related-links list are headlines; a longer block ends the list. */
const MAX_LINK_WORDS = 15;
const MAX_CREDIT_WORDS = 6;

/** Lines of a paragraph stay one block only when they are hard-wrapped prose. */
function splitLines(view: string, from: number, to: number, into: Range[]): void {
  const lines: Range[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || view[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  const trimmed = lines.map((line) => trim(view, line)).filter((line) => line.end > line.start);
  const wrapped =
    trimmed.length > 1 &&
    trimmed.slice(0, -1).every((line) => line.end - line.start >= 40 && !TERMINAL.test(view.slice(Math.max(line.start, line.end - 12), line.end)));
  if (wrapped) into.push({ start: trimmed[0]!.start, end: trimmed.at(-1)!.end });
  // One push per line: spreading 100,000+ lines into push() overflows the call stack.
  else for (const line of trimmed) into.push(line);
}

function trim(view: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(view[start]!)) start++;
  while (end > start && /\s/.test(view[end - 1]!)) end--;
  return { start, end };
}

/** Paragraphs are runs of non-blank lines; blank lines separate them. */
export function segmentBlocks(view: string): Range[] {
  const ranges: Range[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (let match = blank.exec(view); match; match = blank.exec(view)) {
    splitLines(view, from, match.index, ranges);
    from = match.index + match[0].length;
  }
  splitLines(view, from, view.length, ranges);
  return ranges;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per BMP character: 1 letter or digit, 2 neither, 0 not yet known. */
const wordChars = new Uint8Array(0x10000);

/**
 * The number of runs of letters and digits in `text`, as `text.match(/[\p{L}\p{N}]+/gu).length`
 * counts them, without building the array of every word.
 */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let isWordChar: boolean;
    if (code < 0xd800 || code > 0xdfff) {
      let known = wordChars[code]!;
      if (known === 0) wordChars[code] = known = WORD_CHAR.test(text[i]!) ? 1 : 2;
      isWordChar = known === 1;
    } else {
      // A surrogate: test the whole code point (a lone surrogate is no letter).
      const codePoint = text.codePointAt(i)!;
      isWordChar = WORD_CHAR.test(String.fromCodePoint(codePoint));
      if (codePoint > 0xffff) i++;
    }
    if (isWordChar && !inWord) words++;
    inWord = isWordChar;
  }
  return words;
}

function shapeOf(view: string, range: Range): Shape {
  const text = view.slice(range.start, range.end);
  const words = text.length > 2000 ? 400 : countWords(text);
  const terminal = TERMINAL.test(text.slice(-12));
  const short = words <= 8;
  const cued = CUE_LEADS.has(firstWord(text));
  const endsWithColon = /:\s*$/.test(text);
  return {
    start: range.start,
    end: range.end,
    text,
    words,
    terminal,
    endsWithColon,
    prose: (terminal && words >= 4) || words >= 20 || (endsWithColon && words >= 3),
    clutter:
      (cued && (RELATED_LINK.test(text) || (CREDIT.test(text) && words <= 16) || (short && BUTTON.test(text)))) ||
      (words <= 16 && (text.includes('©') || /^\(c\)/i.test(text))) ||
      (words <= 40 && CAPTION_TAIL.test(text.slice(-40))),
    byline: cued && words <= 14 && BYLINE.test(text),
    contributor: cued && CONTRIBUTOR.test(text),
    dateline: words <= MAX_DATELINE_WORDS && isDateline(text),
  };
}

/**
 * A line that only dates the story: "28.11.2026, 14:35 Uhr", "November 27, 2026 4:12 PM UTC Updated",
 * "2 hours ago": it holds a number, and every other word is a dateline word.
 */
function isDateline(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 2 && /\d/.test(text) && words.every((word) => /\d/.test(word) || cues.datelineWords.has(word));
}

/** How much a short line before the title looks like site navigation rather than a headline. */
function navigationScore(shape: Shape): number {
  let score = 0;
  if (CAMEL_GLUE.test(shape.text)) score += 2;
  if (SEPARATORS.test(shape.text)) score += 2;
  if (shape.words <= 3 && !/[:?!]/.test(shape.text)) score += 1;
  const words = shape.text.match(/\p{L}+/gu) ?? [];
  if (words.some((w) => cues.navigationWords.has(w))) score += 1;
  if (shape.dateline) score += 2;
  return score;
}

const isHeadlineLike = (shape: Shape) => !shape.clutter && !shape.prose && !shape.byline && shape.words > 0 && shape.words <= MAX_HEADLINE_WORDS;

/**
 * The headline: of the headline-like lines before the body (and before a byline that precedes
 * the body), the longest that does not look like navigation; a kicker or a "skip" link is shorter.
 */
function findTitle(shapes: Shape[]): number {
  const firstProse = shapes.findIndex((s) => s.prose && !s.clutter && !s.byline);
  if (firstProse === -1) return -1;
  const candidates: number[] = [];
  for (let i = 0; i < firstProse; i++) if (isHeadlineLike(shapes[i]!)) candidates.push(i);
  const byline = shapes.findIndex((s, i) => s.byline && i < firstProse);
  const beforeByline = candidates.filter((i) => i < byline);
  const pool = beforeByline.length > 0 ? beforeByline : candidates;
  if (pool.length === 0) return -1;
  const headlines = pool.filter((i) => navigationScore(shapes[i]!) < 2);
  if (headlines.length === 0) return pool.at(-1)!;
  return headlines.reduce((best, i) => (shapes[i]!.words > shapes[best]!.words ? i : best));
}

/** A lone name line after the body, as a byline: "Sophie Müller". */
function isNameLine(shape: Shape): boolean {
  if (!NAME_LINE.test(shape.text)) return false;
  const words = shape.text.match(/\p{L}+/gu) ?? [];
  return !words.some((w) => cues.navigationWords.has(w));
}

function isAuthorBio(shape: Shape, byline: Shape | undefined): boolean {
  if (!byline || !shape.prose) return false;
  const names = byline.text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  const opensWithName = names.some((name) => shape.text.startsWith(name) && !/^(?:Von|By)$/.test(name));
  return opensWithName && AUTHOR_NOUN.test(shape.text.slice(0, 300));
}

/** For each block, the kind of the next block that is not boilerplate. */
function nextContentKinds(kinds: readonly BlockKind[]): (BlockKind | undefined)[] {
  const next: (BlockKind | undefined)[] = new Array(kinds.length);
  let following: BlockKind | undefined;
  for (let i = kinds.length - 1; i >= 0; i--) {
    next[i] = following;
    if (kinds[i] !== 'boilerplate') following = kinds[i];
  }
  return next;
}

/**
 * Between headline and body, a lone name line is the byline ("Alice Morton") and the short lines
 * that name the author's job right after it are clutter ("Local Democracy Reporter").
 */
function markBylineBeforeBody(shapes: readonly Shape[], kinds: BlockKind[], title: number): void {
  const firstBody = kinds.indexOf('paragraph', title + 1);
  if (title < 0 || firstBody < 0 || kinds.includes('byline')) return;
  const byline = shapes.findIndex((shape, i) => i > title && i < firstBody && kinds[i] === 'heading' && isNameLine(shape));
  if (byline < 0) return;
  kinds[byline] = 'byline';
  for (let i = byline + 1; i < firstBody && kinds[i] === 'heading' && shapes[i]!.words <= MAX_AUTHOR_ROLE_WORDS && AUTHOR_NOUN.test(shapes[i]!.text); i++) kinds[i] = 'boilerplate';
}

/** For each block, the kind of the previous block that is not boilerplate. */
function previousContentKinds(kinds: readonly BlockKind[]): (BlockKind | undefined)[] {
  const previous: (BlockKind | undefined)[] = new Array(kinds.length);
  let preceding: BlockKind | undefined;
  for (let i = 0; i < kinds.length; i++) {
    previous[i] = preceding;
    if (kinds[i] !== 'boilerplate') preceding = kinds[i];
  }
  return previous;
}

/** One short question of its own, not a quotation: "Wie geht es weiter?", "What happens now?" */
function isQuestionHeading(shape: Shape): boolean {
  if (shape.words > MAX_QUESTION_HEADING_WORDS || !shape.text.endsWith('?') || QUOTE_MARK.test(shape.text)) return false;
  return !/[.!?…:;]/.test(shape.text.slice(0, -1));
}

/** Marks as clutter the blocks that lie inside `asides` (both in text order): what the source page set beside the article. */
function markAsides(shapes: readonly Shape[], asides: readonly Range[]): void {
  let a = 0;
  for (const shape of shapes) {
    while (a < asides.length && asides[a]!.end < shape.end) a++;
    if (a < asides.length && asides[a]!.start <= shape.start) shape.clutter = true;
  }
}

export function classifyBlocks(view: string, ranges: Range[], asides: readonly Range[] = []): Block[] {
  const shapes = ranges.map((range) => shapeOf(view, range));
  markAsides(shapes, asides);
  const kinds: BlockKind[] = shapes.map((s) => (s.clutter ? 'boilerplate' : s.byline ? 'byline' : s.prose ? 'paragraph' : 'heading'));
  const title = findTitle(shapes);
  if (title >= 0) {
    kinds[title] = 'title';
    for (let i = 0; i < title; i++) if (kinds[i] !== 'byline') kinds[i] = 'boilerplate';
  }
  markBylineBeforeBody(shapes, kinds, title);
  markClutterAroundBody(shapes, kinds);
  const byline = markAuthorAfterBody(shapes, kinds, title);
  settleHeadings(shapes, kinds, title, byline);
  return shapes.map((s, i) => ({ start: s.start, end: s.end, kind: kinds[i]! }));
}

/**
 * Clutter found by its place: datelines (unless they label a list: "Samstag, 5. November:"), short
 * lines repeated on the page (a caption shown twice), contributor and agency credits after the
 * start of the body, and the link lines under a bare "Mehr zum Thema" / "More on this story".
 */
function markClutterAroundBody(shapes: readonly Shape[], kinds: BlockKind[]): void {
  const firstBody = kinds.indexOf('paragraph');
  const seen = new Map<string, number>();
  for (const shape of shapes) if (shape.words <= MAX_HEADING_WORDS) seen.set(shape.text, (seen.get(shape.text) ?? 0) + 1);
  let inLinkList = false;
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    const afterBodyStart = firstBody >= 0 && i > firstBody;
    if (inLinkList && shape.words > MAX_LINK_WORDS) inLinkList = false;
    const clutter =
      (shape.dateline && !shape.endsWithColon) ||
      (kinds[i] !== 'title' && seen.get(shape.text)! > 1) ||
      (afterBodyStart && (shape.contributor || (shape.words <= MAX_CREDIT_WORDS && AGENCY_CREDIT.test(shape.text)))) ||
      inLinkList;
    if (clutter) kinds[i] = 'boilerplate';
    if (shape.clutter && RELATED_LINK_HEADER.test(shape.text)) inLinkList = true;
  }
}

/**
 * After the body: a name line is the byline, a paragraph about that person is the author bio,
 * short lines are footer clutter. Returns the byline's index, or -1.
 */
function markAuthorAfterBody(shapes: readonly Shape[], kinds: BlockKind[], title: number): number {
  const lastProse = shapes.findLastIndex((s, i) => kinds[i] === 'paragraph' && !s.clutter);
  let byline = kinds.indexOf('byline');
  for (let i = Math.max(lastProse - 1, title + 1, 0); i < shapes.length; i++) {
    const shape = shapes[i]!;
    if (kinds[i] === 'boilerplate') continue;
    if (byline < 0 && !shape.prose && isNameLine(shape) && (i > lastProse - 1 || isAuthorBio(shapes[i + 1] ?? shape, shape))) {
      kinds[i] = 'byline';
      byline = i;
    } else if (byline >= 0 && i > byline && isAuthorBio(shape, shapes[byline])) kinds[i] = 'boilerplate';
  }
  return byline;
}

/** Short lines inside the body followed by text are headings; the rest fall to body or clutter. */
function settleHeadings(shapes: readonly Shape[], kinds: BlockKind[], title: number, byline: number): void {
  const bodyEnd = kinds.findLastIndex((k, i) => k === 'paragraph' && !(byline >= 0 && i > byline && kinds[i] === 'boilerplate'));
  const nextContent = nextContentKinds(kinds);
  for (let i = 0; i < shapes.length; i++) {
    if (kinds[i] !== 'heading') continue;
    const shape = shapes[i]!;
    const nextKind = nextContent[i];
    const isHeading =
      i < bodyEnd &&
      shape.words <= MAX_HEADING_WORDS &&
      (nextKind === 'paragraph' || nextKind === 'heading') &&
      !(shape.text.endsWith('?') && kinds[i - 1] === 'heading');
    if (!isHeading) kinds[i] = i > bodyEnd || (title >= 0 && i < title) ? 'boilerplate' : 'paragraph';
  }
  const previousContent = previousContentKinds(kinds);
  for (let i = title + 1; i < bodyEnd; i++) {
    if (kinds[i] === 'paragraph' && previousContent[i] === 'paragraph' && nextContent[i] === 'paragraph' && isQuestionHeading(shapes[i]!)) kinds[i] = 'heading';
  }
}

/** Cuts the text into blocks and tells title, headings, byline, paragraphs and boilerplate apart (`doc.blocks`); reads `doc.view`, so it runs after `normalize`. */
export const structure: Stage = {
  name: 'structure',
  run(doc: Doc) {
    doc.blocks = classifyBlocks(doc.view, segmentBlocks(doc.view), doc.pageAsides);
  },
};
