/** Sentences of a plain text taken as one paragraph: for evaluation and for callers without a Doc. */
import type { Range } from '../document.js';
import { normalizeView } from '../stages/normalize.js';
import { tokenize } from '../tokenize.js';
import { BoundaryFinder } from './boundaries.js';
import { sentenceLexiconFor } from './lexicons.js';

export function splitSentences(text: string, lang: string): Range[] {
  const view = normalizeView(text);
  const tokens = tokenize(view);
  if (tokens.length === 0) return [];
  const ends = new BoundaryFinder(view, tokens, sentenceLexiconFor(lang)).find(0, tokens.length);
  let first = 0;
  return ends.map((end) => {
    const range = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
    first = end;
    return range;
  });
}
