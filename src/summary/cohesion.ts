/**
 * Sentences that do not stand on their own: those that open with a pronoun or connective
 * leaning on the sentence before ("Er ...", "But ..."), and pieces of a quotation that runs over
 * several sentences. Both read badly when lifted out of the article.
 */
import type { Doc } from '../document.js';
import { danglingOpeners as deOpeners } from '../lang/de/summary.js';
import { danglingOpeners as enOpeners } from '../lang/en/summary.js';
import type { Unit } from './units.js';

const OPENERS: Record<string, ReadonlySet<string>> = { de: new Set(deOpeners), en: new Set(enOpeners) };
const OPENING_MARK = /^[„“"«»‘‚'‹›]/u;

export function leansOnPrevious(unit: Unit, lang: string): boolean {
  return OPENERS[lang]?.has(unit.opener) ?? false;
}

/** Whether the sentence opens with a quotation mark: direct speech, which rarely makes a summary sentence. */
export function opensWithQuote(doc: Doc, unit: Unit): boolean {
  return OPENING_MARK.test(doc.view.slice(unit.sentence.start, unit.sentence.start + 1));
}

/** Sentences that hold only part of a quotation recognised by the quotes stage. */
export function quoteFragments(doc: Doc, units: readonly Unit[]): boolean[] {
  const fragments = units.map(() => false);
  if (doc.quotes.length === 0) return fragments;
  let q = 0;
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
  units.forEach((unit, i) => {
    const { start, end } = unit.sentence;
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    for (let k = q; k < quotes.length && quotes[k]!.start < end; k++) {
      const quote = quotes[k]!;
      if (quote.kind !== 'indirect' && quote.end > start && (quote.start < start || quote.end > end)) fragments[i] = true;
    }
  });
  return fragments;
}
