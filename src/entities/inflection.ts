/**
 * How a name changes in running text and how to get back to its citation form, driven by the
 * language's EntityRules: genitive endings on the last word ("Frankreichs", "Ministerrates") and
 * agreeing adjectives inside multi-word names ("Vereinigten Staaten").
 */
import type { EntityType } from '../types.js';
import type { EntityRules } from './rules.js';

const UPPER_START = /^\p{Lu}/u;
const LOWER_END = /\p{Ll}$/u;
/** A one-letter genitive -s never follows an s sound ("Kreuzes", not "Kreuzs"); -es only follows a consonant. */
const SIBILANT_END = /[sßxz]$/u;
const VOWEL_END = /[aeiouäöüy]$/u;
const MIN_STEM = 3;

const genitiveEndingsOf = (type: EntityType, rules: EntityRules) => (type === 'PER' ? rules.personGenitiveEndings : rules.genitiveEndings);
const fits = (stem: string, ending: string) => (ending.length === 1 ? !SIBILANT_END.test(stem) : !VOWEL_END.test(stem));

/** The word and the stems it could be a genitive of, the word itself first: "Rates" → Rates, Rat, Rate. */
export function genitiveStems(word: string, type: EntityType, rules: EntityRules): string[] {
  const stems = [word];
  if (!LOWER_END.test(word)) return stems;
  for (const ending of genitiveEndingsOf(type, rules)) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= MIN_STEM && fits(stem, ending)) stems.push(stem);
  }
  return stems;
}

/** The genitives of a word in its citation form, for finding "Kenias" once "Kenia" is known. */
export function genitivesOf(word: string, type: EntityType, rules: EntityRules): string[] {
  if (!LOWER_END.test(word)) return [];
  return genitiveEndingsOf(type, rules)
    .filter((ending) => fits(word, ending))
    .map((ending) => word + ending);
}

interface AdjectiveParts {
  stem: string;
  ending: string;
}

function adjectiveParts(word: string, rules: EntityRules): AdjectiveParts | null {
  const adjective = rules.adjective;
  if (!adjective || !UPPER_START.test(word)) return null;
  for (const ending of adjective.endings) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length >= MIN_STEM && adjective.stem.test(stem)) return { stem, ending };
  }
  return null;
}

/** Every agreeing form of an adjective inside a name ("Vereinigte" → Vereinigte, Vereinigten, ...). */
export function adjectiveForms(word: string, rules: EntityRules): string[] {
  const parts = adjectiveParts(word, rules);
  return parts && rules.adjective ? rules.adjective.endings.map((ending) => parts.stem + ending) : [word];
}

/** One form for every agreeing form of an adjective: the key under which they are the same word. */
export function adjectiveKey(word: string, rules: EntityRules): string {
  const parts = adjectiveParts(word, rules);
  return parts && rules.adjective ? parts.stem + rules.adjective.citation : word;
}

/** The citation form of an adjective inside a name: oblique endings only ("Vereinigten" → "Vereinigte", "Rotes" stays). */
export function adjectiveCitation(word: string, rules: EntityRules): string {
  const parts = adjectiveParts(word, rules);
  return parts && rules.adjective?.obliqueEndings.includes(parts.ending) ? parts.stem + rules.adjective.citation : word;
}

/**
 * Whether the i-th word of a name stands where an agreeing adjective would: before another
 * capitalised word ("Vereinigten Staaten", not "Staaten von Amerika"), in a name that is not a person's.
 */
export const mayBeAdjective = (type: EntityType, words: readonly string[], i: number) =>
  type !== 'PER' && i < words.length - 1 && UPPER_START.test(words[i + 1]!);
