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
  /** Ends like an organisation or its descriptor ("Zeitung", "Nachrichtenagentur"). */
  organisationEnding: boolean;
  /** Features of the word itself (form, affixes, shape, lexicon membership). */
  own: number[];
}

// Template ids of the context features, mixed into the word hashes they combine.
const T = { prev: 1, next: 2, prev2: 3, next2: 4, bigramPrev: 5, bigramNext: 6, shapePrev: 7, shapeNext: 8, shape3: 9, position: 10, firstWord: 11, cue1: 12, cue2: 13, form: 14, gazetteer: 15, gazetteerShape: 16, gazetteerPrev: 17, gazetteerNext: 18, functionWord: 19, organisationPrev: 20, organisationPrev2: 21 };
const BOUNDARY = { lower: hashString('<s>'), shape: hashString('<s>') };
const END = { lower: hashString('</s>'), shape: hashString('</s>') };
const BIAS = hashString('bias');

function describeWord(word: string, { lexicon, gazetteer }: FeatureContext): WordInfo {
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
    // "EU-Ministerrat", "SPD-Fraktion": an abbreviation joined to an institution noun.
    if (hasOrganisationEnding(lexicon, tail.toLowerCase())) own.push(hashString(`hOrg=${wordShape(head)}`));
  }
  // "Kreisstadt", "Spartensender": what the gazetteer knows of a compound's last part.
  if (lexicon.compoundNouns) for (const tag of gazetteer.compoundHeadTags(word)) own.push(hashString(`head=${tag}`));
  const cue = isPersonCue(lexicon, low);
  const form = lexicon.organisationForms.has(low);
  if (cue) own.push(hashString('cue'));
  if (form) own.push(hashString('form'));
  const capitalised = shape.startsWith('X');
  const organisationEnding = hasOrganisationEnding(lexicon, low);
  if (organisationEnding) own.push(hashString(`orgEnd|${capitalised}`));
  return { lower: hashString(low), shape: hashString(shape), capitalised, cue, form, organisationEnding, own: lexicon.functionWords.has(low) ? [...own, hashString(`fw|${capitalised}`)] : own };
}

const MAX_CACHED_WORDS = 200_000;
const caches = new WeakMap<FeatureContext, Map<string, WordInfo>>();

function wordInfo(word: string, context: FeatureContext): WordInfo {
  let cache = caches.get(context);
  if (!cache) caches.set(context, (cache = new Map()));
  let info = cache.get(word);
  if (!info) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, (info = describeWord(word, context)));
  }
  return info;
}

const combine = (template: number, a = 0, b?: number, c?: number): number => {
  let hash = mixHash(template, a);
  if (b !== undefined) hash = mixHash(hash, b);
  return c === undefined ? hash : mixHash(hash, c);
};
const CUE1 = combine(T.cue1);
const CUE2 = combine(T.cue2);
const FORM_AHEAD = [0, 1, 2, 3].map((k) => combine(T.form, k));

const SPAN_POSITIONS = ['U', 'B', 'I', 'L'] as const;
/** Gazetteer tag → hashes of the tag at each span position (U, B, I, L), plain then inflected. */
const tagHashes = new Map<string, number[]>();

function gazetteerTagHash(tag: string, position: number, inflected: boolean): number {
  let hashes = tagHashes.get(tag);
  if (!hashes) tagHashes.set(tag, (hashes = ['', 's'].flatMap((mark) => SPAN_POSITIONS.map((letter) => hashString(`${tag}${letter}${mark}`)))));
  return hashes[position + (inflected ? 4 : 0)]!;
}

/** Scratch space for one sentence's hashes, grown as needed; featurize() returns a copy. */
let scratch = new Uint32Array(4096);

export function featurize(words: readonly string[], context: FeatureContext, exclude?: TypeCounts): SentenceFeatures {
  const { gazetteer } = context;
  const n = words.length;
  const infos = words.map((word) => wordInfo(word, context));
  // The gazetteer tags of token i are tags[tagStart[i]..tagStart[i + 1]), in match order.
  const matches = gazetteer.matches(words, exclude);
  const tagStart = new Uint32Array(n + 1);
  for (const match of matches) for (let i = match.start; i < match.end; i++) tagStart[i + 1]!++;
  for (let i = 0; i < n; i++) tagStart[i + 1]! += tagStart[i]!;
  const tags = new Uint32Array(tagStart[n]!);
  const filled = tagStart.slice(0, n);
  for (const match of matches) {
    for (let i = match.start; i < match.end; i++) {
      const position = match.end - match.start === 1 ? 0 : i === match.start ? 1 : i === match.end - 1 ? 3 : 2;
      tags[filled[i]!++] = gazetteerTagHash(match.tag, position, match.inflected);
    }
  }
  const at = (i: number) => (i < 0 ? BOUNDARY : i >= n ? END : infos[i]!);

  const offsets = new Uint32Array(n + 1);
  let length = 0;
  const push = (hash: number) => {
    if (length === scratch.length) {
      const grown = new Uint32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[length++] = hash;
  };
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const previous = at(i - 1);
    const next = at(i + 1);
    const first = i === 0 || (i === 1 && words[0] === '"') ? 1 : 0;
    push(BIAS);
    for (const hash of info.own) push(hash);
    push(combine(T.position, first, info.shape));
    push(combine(T.prev, previous.lower));
    push(combine(T.next, next.lower));
    push(combine(T.prev2, at(i - 2).lower));
    push(combine(T.next2, at(i + 2).lower));
    push(combine(T.bigramPrev, previous.lower, info.lower));
    push(combine(T.bigramNext, info.lower, next.lower));
    push(combine(T.shapePrev, previous.shape, info.shape));
    push(combine(T.shapeNext, info.shape, next.shape));
    push(combine(T.shape3, previous.shape, info.shape, next.shape));
    if (first) push(combine(T.firstWord, info.lower));
    if (i > 0 && infos[i - 1]!.cue) push(CUE1);
    if (i > 1 && infos[i - 2]!.cue) push(CUE2);
    // "die Wochenzeitung Nowaja Gaseta": a descriptor noun before the name.
    if (i > 0 && infos[i - 1]!.organisationEnding) push(combine(T.organisationPrev, info.shape));
    if (i > 1 && infos[i - 2]!.organisationEnding) push(combine(T.organisationPrev2, previous.shape, info.shape));
    for (let k = 1; k <= 3 && i + k < n; k++) if (infos[i + k]!.form) push(FORM_AHEAD[k]!);
    for (let t = tagStart[i]!; t < tagStart[i + 1]!; t++) {
      push(combine(T.gazetteer, tags[t]!));
      push(combine(T.gazetteerShape, tags[t]!, first, info.shape));
    }
    if (i > 0) for (let t = tagStart[i - 1]!; t < tagStart[i]!; t++) push(combine(T.gazetteerPrev, tags[t]!));
    if (i + 1 < n) for (let t = tagStart[i + 1]!; t < tagStart[i + 2]!; t++) push(combine(T.gazetteerNext, tags[t]!));
    offsets[i + 1] = length;
  }
  return { hashes: scratch.slice(0, length), offsets };
}
