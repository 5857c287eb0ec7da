/** The candidates of a summary: body sentences with their words and stemmed content terms. */
import type { Doc, Sentence } from '../document.js';
import { partitionPoint } from '../text/search.js';
import { tokenForms } from '../text/token-forms.js';

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
  const forms = tokenForms(doc);
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
      const form = forms.formOf(i);
      if (!opener) opener = forms.lower(form);
      const term = token.kind === 'word' ? forms.contentTerm(form) : null;
      if (term) set.add(term);
    }
    if (words > 0) units.push({ sentence, index: units.length, words, terms: set, opener });
  }
  return units;
}

/** Content terms of any stretch of the document (e.g. the title), by the same rules. */
export function rangeTerms(doc: Doc, start: number, end: number): Set<string> {
  const forms = tokenForms(doc);
  const set = new Set<string>();
  for (let i = partitionPoint(doc.tokens, (token) => token.start < start); i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (token.end > end) break;
    if (token.kind !== 'word') continue;
    const term = forms.contentTerm(forms.formOf(i));
    if (term) set.add(term);
  }
  return set;
}
