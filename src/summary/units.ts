/** The candidates of a summary: body sentences with their words and stemmed content terms. */
import type { Doc, Sentence } from '../document.js';
import { termsFor } from '../text/terms.js';

export interface Unit {
  sentence: Sentence;
  /** Position among the candidates, 0 for the first body sentence. */
  index: number;
  /** Number of word and number tokens. */
  words: number;
  /** Distinct content terms (stems) of the sentence. */
  terms: Set<string>;
  /** The first word, lower-cased, for spotting openers that need the sentence before. */
  opener: string;
}

/** Only sentences of 'paragraph' blocks: titles, headings, bylines and clutter never enter a summary. */
export function summaryUnits(doc: Doc): Unit[] {
  const terms = termsFor(doc.lang);
  const units: Unit[] = [];
  for (const sentence of doc.sentences) {
    if (doc.blocks[sentence.block]?.kind !== 'paragraph') continue;
    let words = 0;
    let opener = '';
    const set = new Set<string>();
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.kind !== 'word' && token.kind !== 'number') continue;
      words++;
      const word = doc.view.slice(token.start, token.end);
      if (!opener) opener = word.toLowerCase();
      const term = token.kind === 'word' ? terms.contentTerm(word) : null;
      if (term) set.add(term);
    }
    if (words > 0) units.push({ sentence, index: units.length, words, terms: set, opener });
  }
  return units;
}

/** Content terms of any stretch of the document (e.g. the title), by the same rules. */
export function rangeTerms(doc: Doc, start: number, end: number): Set<string> {
  const terms = termsFor(doc.lang);
  const set = new Set<string>();
  for (const token of doc.tokens) {
    if (token.start < start || token.end > end || token.kind !== 'word') continue;
    const term = terms.contentTerm(doc.view.slice(token.start, token.end));
    if (term) set.add(term);
  }
  return set;
}
