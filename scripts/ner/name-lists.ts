/**
 * Curated name lists for the gazetteer, taken at training time from two MIT-licensed packages:
 * country names (official and short forms) from i18n-iso-countries, and compromise's lexicon of
 * given names, surnames, cities, regions and organisations. They end up inside the model file.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const COMPROMISE_TAGS: [RegExp, string][] = [
  [/FemaleName|MaleName|FirstName/, 'given'],
  [/LastName/, 'surname'],
  [/City/, 'city'],
  [/Country/, 'country'],
  [/Region|Place/, 'place'],
  [/Organization|SportsTeam/, 'org'],
];
const LOWER_INSIDE_NAMES = new Set(['of', 'the', 'and', 'on', 'de', 'du', 'la', 'von', 'der', '&']);

/** compromise keeps lower case; names are written "New York", acronyms "NATO". */
function spellings(phrase: string): string[] {
  const words = phrase.split(' ');
  const titled = words.map((word, i) => (i > 0 && LOWER_INSIDE_NAMES.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
  return words.length === 1 && phrase.length <= 4 ? [titled, phrase.toUpperCase()] : [titled];
}

function compromiseNames(): [string, string][] {
  const lexicon = (require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const names: [string, string][] = [];
  for (const [phrase, tags] of Object.entries(lexicon)) {
    const tagText = Array.isArray(tags) ? tags.join(',') : tags;
    if (/Abbreviation/.test(tagText)) continue;
    const source = COMPROMISE_TAGS.find(([pattern]) => pattern.test(tagText))?.[1];
    if (source) for (const spelling of spellings(phrase)) names.push([spelling, source]);
  }
  return names;
}

function countryNames(lang: string): [string, string][] {
  const countries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  const names: [string, string][] = [];
  for (const locale of new Set([lang, 'en'])) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
    for (const variants of Object.values(countries.getNames(locale, { select: 'all' }))) {
      for (const name of variants) names.push([name.replace(/,/g, ' ,').replace(/\s+/g, ' '), 'country']);
    }
  }
  return names;
}

/** German adjectives in names decline: "die Vereinigte(n) Staaten", "im Vereinigten Königreich". */
function germanDeclensions(phrase: string): string[] {
  const words = phrase.split(' ');
  if (words.length < 2) return [];
  const declined = words.map((word, i) => (i < words.length - 1 && /^\p{Lu}\p{Ll}+(?:e|es|er)$/u.test(word) ? word.replace(/(?:es|er|e)$/, 'en') : word)).join(' ');
  return declined === phrase ? [] : [declined];
}

/** Phrase → list tags, sorted so that the model file is the same on every run. */
export function listedNames(lang: string): [string, string[]][] {
  const tags = new Map<string, Set<string>>();
  const countries = countryNames(lang);
  const declined = lang === 'de' ? countries.flatMap(([phrase, tag]) => germanDeclensions(phrase).map((variant): [string, string] => [variant, tag])) : [];
  for (const [phrase, tag] of [...countries, ...declined, ...compromiseNames()]) {
    if (!tags.has(phrase)) tags.set(phrase, new Set());
    tags.get(phrase)!.add(tag);
  }
  return [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([phrase, set]) => [phrase, [...set].sort()]);
}
