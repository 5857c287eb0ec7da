/**
 * Curated name lists for the gazetteer, taken at training time from permissively licensed
 * packages: country names (official and short forms) from i18n-iso-countries (MIT), compromise's
 * lexicon of given names, surnames, cities, regions and organisations (MIT), and the exemplar
 * cities of the CLDR time zones in the language and in English (cldr-dates-full, Unicode licence;
 * "Taschkent", "Kiew"), and for German the hand-written lists in lists/ (parties, institutions,
 * media, companies, clubs, regions, waters, towns; see lists/README.md). They end up inside the
 * model file, so none of these is needed at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenize } from '../../src/tokenize.js';

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

type ZoneTree = { [key: string]: ZoneTree | { _type: 'zone'; exemplarCity?: string } };

function zoneTree(locale: string): ZoneTree {
  const file = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
  return file.main[locale]!.dates.timeZoneNames.zone;
}

/** Zone id → the locale's exemplar city, where the locale names it. */
function exemplarCities(tree: ZoneTree, prefix = '', into = new Map<string, string | undefined>()): Map<string, string | undefined> {
  for (const [key, node] of Object.entries(tree)) {
    if (node._type === 'zone') into.set(prefix + key, (node as { exemplarCity?: string }).exemplarCity);
    else exemplarCities(node as ZoneTree, `${prefix}${key}/`, into);
  }
  return into;
}

/**
 * A locale lists only the cities whose name differs from the zone id ("Asia/Tashkent" →
 * "Taschkent"); Japanese names every zone, so its list gives all zone ids.
 */
function worldCities(lang: string): [string, string][] {
  const zoneIds = [...exemplarCities(zoneTree('ja')).keys()].filter((id) => !id.startsWith('Etc/'));
  const names: [string, string][] = [];
  for (const locale of new Set([lang, 'en'])) {
    const own = exemplarCities(zoneTree(locale));
    for (const id of zoneIds) {
      const name = (own.get(id) ?? id.slice(id.lastIndexOf('/') + 1).replace(/_/g, ' ')).replace(/\u00ad/g, '');
      // "Knox, Indiana" → "Knox": the state is a name of its own.
      names.push([name.split(',')[0]!, 'city']);
    }
  }
  return names;
}

/** A name's article does not decline with it: "des Spiegels", not "Den Spiegel". */
const ARTICLES = new Set(['Der', 'Die', 'Das']);

/** German adjectives in names decline: "die Vereinigte(n) Staaten", "im Vereinigten Königreich". */
function germanDeclensions(phrase: string): string[] {
  const words = phrase.split(' ');
  if (words.length < 2) return [];
  const declinable = (word: string, i: number) => i < words.length - 1 && !ARTICLES.has(word) && /^\p{Lu}\p{Ll}+(?:e|es|er)$/u.test(word);
  const declined = words.map((word, i) => (declinable(word, i) ? word.replace(/(?:es|er|e)$/, 'en') : word)).join(' ');
  return declined === phrase ? [] : [declined];
}

/** The hand-written German lists (lists/*.txt) and the gazetteer tag of each. */
const GERMAN_LISTS: [string, string][] = [
  ['de-organisations.txt', 'org'],
  ['de-media.txt', 'org'],
  ['de-companies.txt', 'org'],
  ['de-clubs.txt', 'org'],
  ['de-regions.txt', 'place'],
  ['de-waters-mountains.txt', 'place'],
  ['de-cities.txt', 'city'],
];

/**
 * A listed name as training text writes it (split at spaces, "1. FC Köln") and as lektor
 * tokenises it ("1 . FC Köln"), with its declined forms.
 */
function tokenSpellings(name: string): string[] {
  const split = name.split(/\s+/).join(' ');
  const tokenised = tokenize(name).map((token) => name.slice(token.start, token.end)).join(' ');
  const forms = new Set([split, tokenised]);
  for (const form of [...forms]) for (const declined of germanDeclensions(form)) forms.add(declined);
  return [...forms];
}

function curatedNames(lang: string): [string, string][] {
  if (lang !== 'de') return [];
  return GERMAN_LISTS.flatMap(([file, tag]) =>
    readFileSync(new URL(`lists/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .flatMap((name) => tokenSpellings(name).map((spelling): [string, string] => [spelling, tag])),
  );
}

/** Phrase → list tags, sorted so that the model file is the same on every run. */
export function listedNames(lang: string): [string, string[]][] {
  const tags = new Map<string, Set<string>>();
  const countries = countryNames(lang);
  const declined = lang === 'de' ? countries.flatMap(([phrase, tag]) => germanDeclensions(phrase).map((variant): [string, string] => [variant, tag])) : [];
  for (const [phrase, tag] of [...countries, ...declined, ...worldCities(lang), ...compromiseNames(), ...curatedNames(lang)]) {
    if (!tags.has(phrase)) tags.set(phrase, new Set());
    tags.get(phrase)!.add(tag);
  }
  return [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([phrase, set]) => [phrase, [...set].sort()]);
}
