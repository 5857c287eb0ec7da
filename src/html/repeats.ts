/**
 * Blocks that only repeat what the page says elsewhere, left out of the article's text so that
 * nothing is read twice: the headline and author line that Readability keeps in the article,
 * an author line with the date under the headline, and pull quotes lifted from the running text.
 * The labels Readability leaves above the headline it drops (kicker, section) are set apart.
 */
import type { Paragraph } from './blocks.js';

/** The author line under the headline, if repeated, is among the article's first blocks and short. */
const AUTHOR_LINE_WINDOW = 5;
const MAX_AUTHOR_LINE_WORDS = 20;
/** Shorter set-apart blocks are too short to call repeats ("Yes.", "Nein!"). */
const MIN_PULL_QUOTE_LENGTH = 30;
/** Each pull-quote check scans the running text; a bounded number keeps a hostile page linear. */
const MAX_PULL_QUOTE_CHECKS = 50;
/** The names of a byline with several authors: "Helen Carver, Dev Okafor", "A. Beck und C. Dorn". */
const AUTHOR_SEPARATOR = /,|&|\||\band\b|\bund\b/u;
const CONTENT = /[\p{L}\p{N}]/u;

/** The text without the quote marks and punctuation around it, which a pull quote may set differently. */
function core(text: string): string {
  const start = text.search(CONTENT);
  if (start < 0) return '';
  let end = text.length;
  // Surrogates count as content: a letter outside the BMP ends the trim as any letter does.
  while (end > start && !CONTENT.test(text[end - 1]!) && !/[\uD800-\uDFFF]/.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const wordCount = (text: string) => text.split(/\s+/).length;
/** A label above a headline: "Lautertal", "Arktis-Expedition", "Krieg in der Ukraine", "14 November 2024". */
const MAX_LABELS = 3;
const MAX_LABEL_WORDS = 4;
const SENTENCE_END = /[.!?…:]["'“”»«]?$/u;

function isLabel(text: string, titleWords: number): boolean {
  const words = text.length > 100 ? Infinity : wordCount(text);
  return words <= MAX_LABEL_WORDS && words < titleWords && !SENTENCE_END.test(text);
}

function isAuthorLineAgain(text: string, authors: readonly string[]): boolean {
  return authors.length > 0 && wordCount(text) <= MAX_AUTHOR_LINE_WORDS && authors.every((author) => text.includes(author));
}

/** The article's blocks, the short lines above its headline (kicker, section label) set apart. */
export interface ArticleBlocks {
  /** Labels that open the article, which the page shows above its headline. */
  aboveTitle: Paragraph[];
  /** The rest, in order. */
  body: Paragraph[];
}

/**
 * The paragraphs' texts without the repeats of `title`, the author line (`byline`, as the page
 * gives it) and the running text. Readability drops the headline from the article but keeps the
 * labels above it (kicker, section, date): those few short lines at the top go back above the
 * headline, where the structure stage expects page furniture. They must be shorter than the
 * headline, which the structure stage finds as the longest line above the body.
 */
export function withoutRepeats(paragraphs: readonly Paragraph[], title: string | null, byline: string | null): ArticleBlocks {
  const authors = byline ? byline.split(AUTHOR_SEPARATOR).map((name) => name.trim()).filter((name) => name.length > 1) : [];
  const running = paragraphs.filter((paragraph) => !paragraph.setApart).map((paragraph) => paragraph.text).join('\n');
  let checks = 0;
  const isPullQuote = (paragraph: Paragraph) => {
    if (!paragraph.setApart || checks >= MAX_PULL_QUOTE_CHECKS) return false;
    const quoted = core(paragraph.text);
    if (quoted.length < MIN_PULL_QUOTE_LENGTH) return false;
    checks++;
    return running.includes(quoted);
  };
  const kept = paragraphs
    .filter((paragraph, i) => {
      if (paragraph.text === title || paragraph.text === byline) return false;
      if (i < AUTHOR_LINE_WINDOW && isAuthorLineAgain(paragraph.text, authors)) return false;
      return !isPullQuote(paragraph);
    });
  const titleWords = title ? wordCount(title) : 0;
  let labels = 0;
  while (labels < MAX_LABELS && labels < kept.length && isLabel(kept[labels]!.text, titleWords)) labels++;
  return { aboveTitle: kept.slice(0, labels), body: kept.slice(labels) };
}
