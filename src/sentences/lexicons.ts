/** The sentence lexicon for a document language: its own lists first, the other languages' merged in. */
import { sentenceLexicon as de } from '../lang/de/abbreviations.js';
import { sentenceLexicon as en } from '../lang/en/abbreviations.js';
import { buildLexicon, type SentenceLexicon, type SentenceLexiconData } from './lexicon.js';

const DATA: Record<string, SentenceLexiconData> = { de, en };
const cache = new Map<string, SentenceLexicon>();
/** Elsewhere, a capital after a dot is no sign of a new sentence, but lower case is a sign against one. */
const UNKNOWN_LANGUAGE = { ordinalDot: false, lowercaseContinues: true };

export function sentenceLexiconFor(lang: string): SentenceLexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    const own = DATA[lang];
    const others = Object.entries(DATA).filter(([code]) => code !== lang).map(([, data]) => data);
    lexicon = buildLexicon(own, others, own ?? UNKNOWN_LANGUAGE);
    cache.set(lang, lexicon);
  }
  return lexicon;
}
