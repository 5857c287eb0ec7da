/**
 * Token features for the sequence model, hashed. The same code featurises training sentences
 * and lektor's own tokens, so it only looks at word strings and their order. What depends on a
 * word alone is computed once per distinct word; context features combine those hashes.
 */
import { hashString, mixHash } from './hash.js';
import { hasOrganisationEnding, isPersonCue, type NerLexicon } from './lexicon.js';
import type { Gazetteer, TypeCounts } from './gazetteer.js';

export interface FeatureContext {
  lexicon: NerLexicon;
  gazetteer: Gazetteer;
}

/** Features of every token: `hashes[offsets[i]..offsets[i + 1])` belong to token i. */
export interface SentenceFeatures {
  hashes: Uint32Array;
  offsets: Uint32Array;
}

const QUOTE_LIKE = /^[„“”"«»‚‘’'›‹]+$/;
const DASH_LIKE = /^[‐‑‒–—―-]+$/;

/** One spelling for quote marks and dashes, whatever the source wrote. */
export function normalizeWord(word: string): string {
  const code = word.charCodeAt(0);
  const mayBeMark = code === 0x22 || code === 0x27 || code === 0x2d || code === 0xab || code === 0xbb || (code >= 0x2010 && code <= 0x203a);
  if (!mayBeMark) return word.includes('\u00ad') ? word.replace(/\u00ad/g, '') : word;
  if (QUOTE_LIKE.test(word)) return '"';
  if (DASH_LIKE.test(word)) return '-';
  return word.includes('\u00ad') ? word.replace(/\u00ad/g, '') : word;
}

function charClass(char: string): string {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower !== upper) return char === upper ? 'X' : 'x';
  return char >= '0' && char <= '9' ? 'd' : /\p{N}/u.test(char) ? 'd' : /\p{L}/u.test(char) ? 'l' : char;
}

/** Character classes with runs collapsed: "Nordkorea" → "Xx", "UN-Rat" → "X-Xx", "2023" → "d". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word.length > 40 ? word.slice(0, 40) : word) {
    const cls = charClass(char);
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

interface WordInfo {
  lower: number;
  shape: number;
  capitalised: boolean;
  cue: boolean;
  form: boolean;
  /** Features of the word itself (form, affixes, shape, lexicon membership). */
  own: number[];
}

// Template ids of the context features, mixed into the word hashes they combine.
const T = { prev: 1, next: 2, prev2: 3, next2: 4, bigramPrev: 5, bigramNext: 6, shapePrev: 7, shapeNext: 8, shape3: 9, position: 10, firstWord: 11, cue1: 12, cue2: 13, form: 14, gazetteer: 15, gazetteerShape: 16, gazetteerPrev: 17, gazetteerNext: 18, functionWord: 19 };
const BOUNDARY = { lower: hashString('<s>'), shape: hashString('<s>') };
const END = { lower: hashString('</s>'), shape: hashString('</s>') };
const BIAS = hashString('bias');

function describeWord(word: string, lexicon: NerLexicon): WordInfo {
  const low = word.toLowerCase();
  const shape = wordShape(word);
  const own = [hashString(`w=${word}`), hashString(`l=${low}`), hashString(`s=${shape}`), hashString(`len=${Math.min(word.length, 12)}`)];
  for (let k = 2; k <= 5; k++) if (low.length > k) own.push(hashString(`x${k}=${low.slice(-k)}`));
  for (let k = 2; k <= 4; k++) if (low.length > k) own.push(hashString(`a${k}=${low.slice(0, k)}`));
  const hyphen = low.indexOf('-');
  if (hyphen > 0 && hyphen < low.length - 1) {
    const parts = word.split('-');
    const head = parts[0]!;
    const tail = parts[parts.length - 1]!;
    own.push(hashString(`h0=${head}`), hashString(`h1=${tail.toLowerCase()}`), hashString(`hs=${wordShape(head)}|${wordShape(tail)}`));
  }
  const cue = isPersonCue(lexicon, low);
  const form = lexicon.organisationForms.has(low);
  if (cue) own.push(hashString('cue'));
  if (form) own.push(hashString('form'));
  if (hasOrganisationEnding(lexicon, low)) own.push(hashString(`orgEnd|${shape.startsWith('X')}`));
  const capitalised = shape.startsWith('X');
  return { lower: hashString(low), shape: hashString(shape), capitalised, cue, form, own: lexicon.functionWords.has(low) ? [...own, hashString(`fw|${capitalised}`)] : own };
}

const MAX_CACHED_WORDS = 200_000;
const caches = new WeakMap<NerLexicon, Map<string, WordInfo>>();

function wordInfo(word: string, lexicon: NerLexicon): WordInfo {
  let cache = caches.get(lexicon);
  if (!cache) caches.set(lexicon, (cache = new Map()));
  let info = cache.get(word);
  if (!info) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, (info = describeWord(word, lexicon)));
  }
  return info;
}

const combine = (template: number, a = 0, b?: number, c?: number): number => {
  let hash = mixHash(template, a);
  if (b !== undefined) hash = mixHash(hash, b);
  return c === undefined ? hash : mixHash(hash, c);
};

export function featurize(words: readonly string[], context: FeatureContext, exclude?: TypeCounts): SentenceFeatures {
  const { lexicon, gazetteer } = context;
  const n = words.length;
  const infos = words.map((word) => wordInfo(word, lexicon));
  const gazetteerTags: number[][] = words.map(() => []);
  for (const match of gazetteer.matches(words, exclude)) {
    const mark = match.inflected ? 's' : '';
    for (let i = match.start; i < match.end; i++) {
      const position = match.end - match.start === 1 ? 'U' : i === match.start ? 'B' : i === match.end - 1 ? 'L' : 'I';
      gazetteerTags[i]!.push(hashString(`${match.tag}${position}${mark}`));
    }
  }
  const at = (i: number) => (i < 0 ? BOUNDARY : i >= n ? END : infos[i]!);

  const hashes: number[] = [];
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const first = i === 0 || (i === 1 && words[0] === '"') ? 1 : 0;
    hashes.push(BIAS);
    for (const hash of info.own) hashes.push(hash);
    hashes.push(
      combine(T.position, first, info.shape),
      combine(T.prev, at(i - 1).lower),
      combine(T.next, at(i + 1).lower),
      combine(T.prev2, at(i - 2).lower),
      combine(T.next2, at(i + 2).lower),
      combine(T.bigramPrev, at(i - 1).lower, info.lower),
      combine(T.bigramNext, info.lower, at(i + 1).lower),
      combine(T.shapePrev, at(i - 1).shape, info.shape),
      combine(T.shapeNext, info.shape, at(i + 1).shape),
      combine(T.shape3, at(i - 1).shape, info.shape, at(i + 1).shape),
    );
    if (first) hashes.push(combine(T.firstWord, info.lower));
    if (i > 0 && infos[i - 1]!.cue) hashes.push(combine(T.cue1));
    if (i > 1 && infos[i - 2]!.cue) hashes.push(combine(T.cue2));
    for (let k = 1; k <= 3 && i + k < n; k++) if (infos[i + k]!.form) hashes.push(combine(T.form, k));
    for (const tag of gazetteerTags[i]!) hashes.push(combine(T.gazetteer, tag), combine(T.gazetteerShape, tag, first, info.shape));
    for (const tag of i > 0 ? gazetteerTags[i - 1]! : []) hashes.push(combine(T.gazetteerPrev, tag));
    for (const tag of i + 1 < n ? gazetteerTags[i + 1]! : []) hashes.push(combine(T.gazetteerNext, tag));
    offsets[i + 1] = hashes.length;
  }
  return { hashes: Uint32Array.from(hashes), offsets };
}
