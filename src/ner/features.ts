/**
 * Token features for the sequence model, hashed. The same code featurises training sentences
 * and lektor's own tokens, so it only looks at word strings and their order. What depends on a
 * word alone is computed once per distinct word; context features combine those hashes.
 */
import { hashString, mixHash } from './hash.js';
import { hasOrganisationEnding, isPersonCue, type NerLexicon } from './lexicon.js';
import type { Gazetteer, TypeCounts, WordLookup } from './gazetteer.js';

export interface FeatureContext {
  lexicon: NerLexicon;
  gazetteer: Gazetteer;
}

/** Features of every token: `hashes[offsets[i]..offsets[i + 1])` belong to token i. */
export interface SentenceFeatures {
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** With a memo key (tagging): where the features of the word alone end, and each word's memo. */
  own?: WordFeatures;
}

/**
 * The features of the word alone (the bias first, then the word's own features) can be summed
 * once per word and kept in its memo, which every token of that word shares across sentences.
 * Token i's are `hashes[offsets[i]..ends[i])`; when its memo already holds the scorer's sum
 * (`memo.key` is the key featurize() was given), they are left out and that range is empty.
 */
export interface WordFeatures {
  ends: Uint32Array;
  tokens: readonly { readonly memo: WordMemo }[];
}

/** What a scorer keeps with a word: `value` is its result for `key` (e.g. one model's weights). */
export interface WordMemo {
  key?: object;
  value?: Float32Array;
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
  /** The word's share of its neighbours' context features, hashed once instead of per token. */
  context: ContextHashes;
  memo: WordMemo;
  /** The gazetteer's view of the word alone. */
  lookup: WordLookup;
  /** Hashes of the tags of the word's own gazetteer matches (lookup.alone), in match order. */
  aloneTags: number[];
}

/**
 * A word's hashes as a context feature template sees them: the complete feature where the word is
 * the template's only part, else the first mixing step, which the other parts continue.
 */
interface ContextHashes {
  asPrevious: number;
  asNext: number;
  asPrevious2: number;
  asNext2: number;
  /** Per sentence-start flag (0, 1). */
  position: [number, number];
  bigramPrevStart: number;
  bigramNextStart: number;
  shapePrevStart: number;
  shapeNextStart: number;
  shape3Start: number;
  firstWord: number;
  organisationPrev: number;
  organisationPrev2Start: number;
}

// Template ids of the context features, mixed into the word hashes they combine.
const T = { prev: 1, next: 2, prev2: 3, next2: 4, bigramPrev: 5, bigramNext: 6, shapePrev: 7, shapeNext: 8, shape3: 9, position: 10, firstWord: 11, cue1: 12, cue2: 13, form: 14, gazetteer: 15, gazetteerShape: 16, gazetteerPrev: 17, gazetteerNext: 18, functionWord: 19, organisationPrev: 20, organisationPrev2: 21 };
const BIAS = hashString('bias');

function contextHashes(lower: number, shape: number): ContextHashes {
  return {
    asPrevious: mixHash(T.prev, lower),
    asNext: mixHash(T.next, lower),
    asPrevious2: mixHash(T.prev2, lower),
    asNext2: mixHash(T.next2, lower),
    position: [mixHash(mixHash(T.position, 0), shape), mixHash(mixHash(T.position, 1), shape)],
    bigramPrevStart: mixHash(T.bigramPrev, lower),
    bigramNextStart: mixHash(T.bigramNext, lower),
    shapePrevStart: mixHash(T.shapePrev, shape),
    shapeNextStart: mixHash(T.shapeNext, shape),
    shape3Start: mixHash(T.shape3, shape),
    firstWord: mixHash(T.firstWord, lower),
    organisationPrev: mixHash(T.organisationPrev, shape),
    organisationPrev2Start: mixHash(T.organisationPrev2, shape),
  };
}

/** What context features see before the first and after the last word. */
function edge(marker: string): Pick<WordInfo, 'lower' | 'shape' | 'context'> {
  const hash = hashString(marker);
  return { lower: hash, shape: hash, context: contextHashes(hash, hash) };
}
const BOUNDARY = edge('<s>');
const END = edge('</s>');

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
  const lower = hashString(low);
  const shapeHash = hashString(shape);
  const lookup = gazetteer.lookUp(word);
  return {
    lower,
    shape: shapeHash,
    capitalised,
    cue,
    form,
    organisationEnding,
    own: lexicon.functionWords.has(low) ? [...own, hashString(`fw|${capitalised}`)] : own,
    context: contextHashes(lower, shapeHash),
    memo: {},
    lookup,
    aloneTags: lookup.alone.map((match) => gazetteerTagHash(match.tag, 0, match.inflected)),
  };
}

const MAX_CACHED_WORDS = 200_000;
const caches = new WeakMap<FeatureContext, Map<string, WordInfo>>();

/** The descriptions of a context's words, kept across sentences. */
function describedWords(context: FeatureContext): Map<string, WordInfo> {
  let cache = caches.get(context);
  if (!cache) caches.set(context, (cache = new Map()));
  return cache;
}

function wordInfo(word: string, context: FeatureContext, cache: Map<string, WordInfo>): WordInfo {
  let info = cache.get(word);
  if (!info) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, (info = describeWord(word, context)));
  }
  return info;
}

const CUE1 = mixHash(T.cue1, 0);
const CUE2 = mixHash(T.cue2, 0);
const FORM_AHEAD = [0, 1, 2, 3].map((k) => mixHash(T.form, k));

const SPAN_POSITIONS = ['U', 'B', 'I', 'L'] as const;
/** Gazetteer tag → hashes of the tag at each span position (U, B, I, L), plain then inflected. */
const tagHashes = new Map<string, number[]>();

function gazetteerTagHash(tag: string, position: number, inflected: boolean): number {
  let hashes = tagHashes.get(tag);
  if (!hashes) tagHashes.set(tag, (hashes = ['', 's'].flatMap((mark) => SPAN_POSITIONS.map((letter) => hashString(`${tag}${letter}${mark}`)))));
  return hashes[position + (inflected ? 4 : 0)]!;
}

/** Scratch space for one sentence's hashes, grown as needed; featurize() returns a copy, or a view for tagging. */
let scratch = new Uint32Array(4096);

/**
 * `memoKey` (tagging): the result is read at once and dropped, so `hashes` is a view of the
 * scratch space (the next call overwrites it), and `own` describes the word memos for that key.
 */
export function featurize(words: readonly string[], context: FeatureContext, exclude?: TypeCounts, { memoKey }: { memoKey?: object } = {}): SentenceFeatures {
  const { gazetteer } = context;
  const n = words.length;
  const infos: WordInfo[] = new Array(n);
  const described = describedWords(context);
  for (let i = 0; i < n; i++) infos[i] = wordInfo(words[i]!, context, described);
  // The gazetteer tags of token i are tags[tagStart[i]..tagStart[i + 1]), in match order: those of
  // phrases that started before it, then those starting at it (the word alone first). Without
  // excluded counts the word's own come from its description, worked out once per word.
  const ownMatches = exclude === undefined;
  const matches = gazetteer.matches(words, exclude, infos, { phrasesOnly: ownMatches });
  const tagStart = new Uint32Array(n + 1);
  const inherited = new Uint32Array(n);
  for (const match of matches) {
    for (let i = match.start; i < match.end; i++) tagStart[i + 1]!++;
    for (let i = match.start + 1; i < match.end; i++) inherited[i]!++;
  }
  if (ownMatches) for (let i = 0; i < n; i++) tagStart[i + 1]! += infos[i]!.aloneTags.length;
  for (let i = 0; i < n; i++) tagStart[i + 1]! += tagStart[i]!;
  const tags = new Uint32Array(tagStart[n]!);
  const filledBefore = tagStart.slice(0, n);
  const filledFrom = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    filledFrom[i] = tagStart[i]! + inherited[i]!;
    if (ownMatches) for (const hash of infos[i]!.aloneTags) tags[filledFrom[i]!++] = hash;
  }
  for (const match of matches) {
    for (let i = match.start; i < match.end; i++) {
      const position = match.end - match.start === 1 ? 0 : i === match.start ? 1 : i === match.end - 1 ? 3 : 2;
      const hash = gazetteerTagHash(match.tag, position, match.inflected);
      if (i > match.start) tags[filledBefore[i]!++] = hash;
      else tags[filledFrom[i]!++] = hash;
    }
  }
  const at = (i: number) => (i < 0 ? BOUNDARY : i >= n ? END : infos[i]!);

  const offsets = new Uint32Array(n + 1);
  const ownEnds = memoKey ? new Uint32Array(n) : undefined;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const own = info.own;
    const tagFrom = tagStart[i]!;
    const tagTo = tagStart[i + 1]!;
    const previousTags = i > 0 ? tagFrom - tagStart[i - 1]! : 0;
    const nextTags = i + 1 < n ? tagStart[i + 2]! - tagTo : 0;
    // At most: bias, own, 10 context features, first word, 2 cues, 2 descriptors, 3 forms, then gazetteer tags.
    const room = length + 1 + own.length + 18 + 2 * (tagTo - tagFrom) + previousTags + nextTags;
    if (room > scratch.length) {
      const grown = new Uint32Array(Math.max(room, scratch.length * 2));
      grown.set(scratch.subarray(0, length));
      scratch = grown;
    }
    const hashes = scratch;
    const word = info.context;
    const previous = at(i - 1);
    const next = at(i + 1);
    const first = i === 0 || (i === 1 && words[0] === '"') ? 1 : 0;
    if (!ownEnds || info.memo.key !== memoKey) {
      hashes[length++] = BIAS;
      for (let k = 0; k < own.length; k++) hashes[length++] = own[k]!;
    }
    if (ownEnds) ownEnds[i] = length;
    hashes[length++] = word.position[first]!;
    hashes[length++] = previous.context.asPrevious;
    hashes[length++] = next.context.asNext;
    hashes[length++] = at(i - 2).context.asPrevious2;
    hashes[length++] = at(i + 2).context.asNext2;
    hashes[length++] = mixHash(previous.context.bigramPrevStart, info.lower);
    hashes[length++] = mixHash(word.bigramNextStart, next.lower);
    hashes[length++] = mixHash(previous.context.shapePrevStart, info.shape);
    hashes[length++] = mixHash(word.shapeNextStart, next.shape);
    hashes[length++] = mixHash(mixHash(previous.context.shape3Start, info.shape), next.shape);
    if (first) hashes[length++] = word.firstWord;
    if (i > 0 && infos[i - 1]!.cue) hashes[length++] = CUE1;
    if (i > 1 && infos[i - 2]!.cue) hashes[length++] = CUE2;
    // "die Wochenzeitung Nowaja Gaseta": a descriptor noun before the name.
    if (i > 0 && infos[i - 1]!.organisationEnding) hashes[length++] = word.organisationPrev;
    if (i > 1 && infos[i - 2]!.organisationEnding) hashes[length++] = mixHash(previous.context.organisationPrev2Start, info.shape);
    for (let k = 1; k <= 3 && i + k < n; k++) if (infos[i + k]!.form) hashes[length++] = FORM_AHEAD[k]!;
    for (let t = tagFrom; t < tagTo; t++) {
      hashes[length++] = mixHash(T.gazetteer, tags[t]!);
      hashes[length++] = mixHash(mixHash(mixHash(T.gazetteerShape, tags[t]!), first), info.shape);
    }
    if (i > 0) for (let t = tagStart[i - 1]!; t < tagFrom; t++) hashes[length++] = mixHash(T.gazetteerPrev, tags[t]!);
    if (i + 1 < n) for (let t = tagTo; t < tagStart[i + 2]!; t++) hashes[length++] = mixHash(T.gazetteerNext, tags[t]!);
    offsets[i + 1] = length;
  }
  const features: SentenceFeatures = { hashes: memoKey ? scratch.subarray(0, length) : scratch.slice(0, length), offsets };
  if (ownEnds) features.own = { ends: ownEnds, tokens: infos };
  return features;
}
