/** The sentence lexicon for a document language: its own where lektor has one, else the union of all. */
import { sentenceLexicon as de } from '../lang/de/abbreviations.js';
import { sentenceLexicon as en } from '../lang/en/abbreviations.js';
import { buildLexicon, type SentenceLexicon, type SentenceLexiconData } from './lexicon.js';

const DATA: Record<string, SentenceLexiconData> = { de, en };
const cache = new Map<string, SentenceLexicon>();
/** Elsewhere, a capital after a dot is no sign of a new sentence, but lower case is a sign against one. */
const UNKNOWN_LANGUAGE = { ordinalDot: false, lowercaseContinues: true };

/**
 * A language's own abbreviations come first, but the other lists are merged in: news text quotes
 * "U.S." in German and "z.B." slips into English. Ordinal dots and
 * lower-case starts follow the document language only.
 */
export function sentenceLexiconFor(lang: string): SentenceLexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    lexicon = buildLexicon(Object.values(DATA), DATA[lang] ?? UNKNOWN_LANGUAGE);
    cache.set(lang, lexicon);
  }
  return lexicon;
}
