/**
 * A spelling key under which the German and English transliterations of one name agree:
 * "Lawrow"/"Lavrov", "Schaposchnikow"/"Shaposhnikov", "Jelzin"/"Yeltsin", "Chruschtschow"/
 * "Khrushchev", "Selenskyj"/"Zelensky", "Pjatigorsk"/"Pyatigorsk". It folds the sounds the two traditions
 * spell differently (sch/sh, tsch/ch, kh/ch, j/y, w/v, s/z, -ow/-ev/-ov, -ij/-y) and drops
 * diacritics ("Müller"/"Mueller") and doubled letters. Acronyms are only lower-cased: their
 * letters are not sounds.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/([aou])e/g, '$1'],
  [/tsch|tch/g, 'ch'],
  [/sch|zh/g, 'sh'],
  [/kh/g, 'ch'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/c(?!h)/g, 'k'],
  [/x/g, 'ks'],
  [/[tc]?z|ts/g, 's'],
  [/j/g, 'y'],
  [/w/g, 'v'],
  [/ß/g, 's'],
  [/(\p{L})\1+/gu, '$1'],
  // Russian ё comes out as -ow in German and -ev in English; -ij/-iy/-i endings as -y.
  [/[eo]v(a?)$/g, 'ov$1'],
  [/i?y$|i$/g, 'y'],
];
const ACRONYM = /^[\p{Lu}\p{N}.&-]+$/u;

/** Past this many distinct words the cache starts afresh, so memory stays bounded. */
const CACHE_LIMIT = 50_000;
let cache = new Map<string, string>();

export function transliterationKey(word: string): string {
  let key = cache.get(word);
  if (key !== undefined) return key;
  if (ACRONYM.test(word)) key = word.toLowerCase();
  else {
    key = word.normalize('NFD').replace(/\p{M}|\u00ad/gu, '').toLowerCase();
    for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  }
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(word, key);
  return key;
}
