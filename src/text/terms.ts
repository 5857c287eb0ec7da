/**
 * Stop words and stems, per language: the one module that reads stopwords-iso and the stemmers,
 * so every stage that compares words ("Nordkoreas" and "Nordkorea", "talks" and "talk") folds
 * them the same way. German and English carry their stop words with them and stem with small
 * packages of Snowball's German and Porter2 algorithms; other languages read stopwords-iso and
 * snowball-stemmers when first met. (snowball-stemmers, a machine translation of Snowball's Java,
 * took 20 ms to load and 0.1 ms a word on a first article: most of a cold start's summary and
 * keyphrases. The two packages give the same stems as it on 136,000 German and 60,000 English
 * words and word parts.)
 */
import { STOP_WORDS as GERMAN_STOP_WORDS } from '../lang/de/stop-words.js';
import { STOP_WORDS as ENGLISH_STOP_WORDS } from '../lang/en/stop-words.js';
import { loadPackage } from '../platform.js';

interface Stemmer {
  stem(word: string): string;
}

const OWN_STOP_WORDS: Record<string, readonly string[]> = { de: GERMAN_STOP_WORDS, en: ENGLISH_STOP_WORDS };
const stopWordsOf = (lang: string): readonly string[] =>
  OWN_STOP_WORDS[lang] ?? loadPackage<Record<string, string[] | undefined>>('stopwords-iso')[lang] ?? [];
const SNOWBALL_ALGORITHM: Record<string, string> = {
  da: 'danish', es: 'spanish', fi: 'finnish', fr: 'french', hu: 'hungarian',
  it: 'italian', nl: 'dutch', nb: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', sv: 'swedish', tr: 'turkish',
};
const OWN_STEMMERS: Record<string, () => Stemmer> = {
  de: () => ({ stem: loadPackage<{ stemmer(word: string): string }>('@orama/stemmers/german').stemmer }),
  en: () => loadPackage<Stemmer>('porter2'),
};
const newStemmer = (lang: string): Stemmer | undefined => {
  const algorithm = SNOWBALL_ALGORITHM[lang];
  return OWN_STEMMERS[lang]?.() ?? (algorithm ? loadPackage<{ newStemmer(algorithm: string): Stemmer }>('snowball-stemmers').newStemmer(algorithm) : undefined);
};

/** Stems are cached per language and word; past this many distinct words a cache starts afresh. */
const STEM_CACHE_LIMIT = 50_000;
/**
 * Longer "words" are not words (base64, URLs, runs of symbols) and are left unstemmed and
 * without content: stemming, like compound splitting, costs more than linear time in the length.
 */
export const MAX_WORD_LENGTH = 64;
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*$/u;

export interface Terms {
  readonly lang: string;
  isStopWord(word: string): boolean;
  /** Lower-cased stem of a word ("Munitionsvorräte" → "munitionsvorrat"). */
  stem(word: string): string;
  /** The stem of a word that carries content, or null for stop words, numbers, one-letter and overlong words. */
  contentTerm(word: string): string | null;
}

const cache = new Map<string, Terms>();

/** A memo that starts afresh past STEM_CACHE_LIMIT entries, so memory stays bounded on huge inputs. */
function memo<T>(compute: (word: string) => T): (word: string) => T {
  let values = new Map<string, T>();
  return (word) => {
    let value = values.get(word);
    if (value === undefined && !values.has(word)) {
      value = compute(word);
      if (values.size >= STEM_CACHE_LIMIT) values = new Map();
      values.set(word, value);
    }
    return value as T;
  };
}

function createTerms(lang: string): Terms {
  const stopWords = new Set(stopWordsOf(lang));
  const stemmer = newStemmer(lang);
  const isStopWord = (word: string) => {
    const lower = word.toLowerCase();
    return stopWords.has(lower) || stopWords.has(lower.replace(/’/g, "'")) || stopWords.has(lower.replace(/['’]/g, ''));
  };
  const stem = memo((word) => {
    const lower = word.toLowerCase().replace(/\u00ad/g, '').replace(/’/g, "'");
    return stemmer && lower.length <= MAX_WORD_LENGTH ? stemmer.stem(lower) : lower;
  });
  const contentTerm = memo((word) => (word.length < 2 || word.length > MAX_WORD_LENGTH || !WORD.test(word) || isStopWord(word) ? null : stem(word)));
  return { lang, isStopWord, stem, contentTerm };
}

/** The stop words and stemmer of a language; languages without either get an empty list and identity stems. */
export function termsFor(lang: string): Terms {
  let terms = cache.get(lang);
  if (!terms) {
    terms = createTerms(lang);
    cache.set(lang, terms);
  }
  return terms;
}
