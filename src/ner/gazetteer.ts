/**
 * Name lists as features: known phrases (countries, given names, entity strings seen in the
 * training data) mark the tokens they cover. Mined phrases keep their counts so that training can
 * leave a sentence's own words out of the counts it is featurised with. Besides names, the mined
 * counts say how often a capitalised word was written as a plain word (outside any name, or in
 * lower case: "Anders", "Munition") and how often it began a person's name ("Olga").
 */
import { hashString } from './hash.js';
import { ENTITY_TYPES } from './labels.js';

export const MAX_PHRASE_TOKENS = 6;

/** Count slots of a mined phrase: one per entity type (ENTITY_TYPES order), then these two. */
export const PLAIN_SLOT = ENTITY_TYPES.length;
export const GIVEN_SLOT = PLAIN_SLOT + 1;
const SLOTS = GIVEN_SLOT + 1;

/** Counts per phrase, by slot (missing trailing slots count 0). */
export type TypeCounts = Map<string, number[]>;

export interface GazetteerData {
  /** Phrase → source tags of curated lists ('given', 'surname', 'country', 'city', …). */
  listed: [string, string[]][];
  /** Phrase → counts per slot, mined from annotated text. */
  mined: [string, number[]][];
}

/** A gazetteer's phrases and counts, one string and one typed array. */
export interface GazetteerLines {
  /** The listed phrases, each with its tags after a tab ("Neu Delhi\tcity,country"), then the mined phrases: one a line. */
  lines: string;
  /** How many of the lines are listed phrases. */
  listed: number;
  /** Count slots stored for each mined phrase (older models have fewer). */
  slots: number;
  /** Counts of mined phrase k at counts[k * slots ...]. */
  counts: Uint32Array;
}

/**
 * The gazetteer as matching uses it, and as a model file stores it: the lines, where each starts,
 * and the hash table over them (see Gazetteer). Loading takes these arrays as they are; building
 * the table from the lines cost 70 ms at start-up.
 */
export interface GazetteerTables extends GazetteerLines {
  /** Where each line starts in `lines`, and one past the end of the last. */
  lineStarts: Int32Array;
  /** The length of the longest key. */
  longestKey: number;
  /** The table, by slot (a power of two of them): open addressing, linear probing; keyLength -1 marks a free slot. */
  keyHash: Uint32Array;
  keyStart: Int32Array;
  keyLength: Int32Array;
  /** The listed line of the key, or -1. */
  keyListed: Int32Array;
  /** The mined phrase of the key (its line less `listed`), or -1. */
  keyMined: Int32Array;
}

/** A word's hash (as phrase matching starts it), its table slots alone and without a final "s" (-1: none), and its matches alone. */
export interface WordLookup {
  hash: number;
  slot: number;
  stemSlot: number;
  /** The matches of the word standing alone, with no counts excluded, in match order (start 0, end 1). */
  alone: readonly GazetteerMatch[];
}

export interface GazetteerMatch {
  start: number;
  end: number;
  tag: string;
  /** The phrase only matched with a final genitive/plural "s" removed. */
  inflected: boolean;
}

/** A type counts as evidence when it has this share of the phrase's (remaining) name occurrences. */
const MIN_TYPE_SHARE = 0.3;
const MIN_COMPOUND_LENGTH = 7;
const MIN_COMPOUND_PART = 3;
/** Fast test for a lower-case Latin letter (a compound part starts inside the word in lower case). */
const startsLowerLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);

/** A word counts as a plain word when at least this share of its occurrences were outside names. */
const MIN_PLAIN_SHARE = 0.5;

const FNV_OFFSET = 0x811c9dc5;
/** One step of hashString(): the hash of a phrase grows a character at a time as matching reads on. */
const fnvStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193) >>> 0;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * A gazetteer answers "is this a known phrase, or the start of one?" from a hash table of its own
 * over its lines: each key is a stretch of the text (a phrase, or one of its word-boundary
 * prefixes) with its hash. A JavaScript Map of the same fifty thousand strings cost 20–40 ms to
 * fill at start-up, and matching would have to build every candidate phrase as a string to ask it.
 */
export class Gazetteer {
  private readonly lines: string;
  private readonly lineStarts: Int32Array;
  private readonly listed: number;
  private readonly slots: number;
  private readonly counts: Uint32Array;
  /** Tags of the listed phrases, split from their lines when first needed. */
  private readonly listedTags: (readonly string[] | undefined)[];
  private readonly tagLists = new Map<string, readonly string[]>();
  private readonly tableMask: number;
  private readonly keyHash: Uint32Array;
  private readonly keyStart: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly keyListed: Int32Array;
  private readonly keyMined: Int32Array;
  /** No longer stretch of a word can be a key (it bounds compoundHeadTags on a 1 MB "word"). */
  private readonly longestKey: number;

  constructor(data: GazetteerData | GazetteerTables) {
    const tables = 'keyHash' in data ? data : buildTables(linesOf(data));
    this.lines = tables.lines;
    this.lineStarts = tables.lineStarts;
    this.listed = tables.listed;
    this.slots = tables.slots;
    this.counts = tables.counts;
    this.keyHash = tables.keyHash;
    this.keyStart = tables.keyStart;
    this.keyLength = tables.keyLength;
    this.keyListed = tables.keyListed;
    this.keyMined = tables.keyMined;
    this.longestKey = tables.longestKey;
    this.tableMask = this.keyHash.length - 1;
    this.listedTags = new Array<undefined>(this.listed);
  }

  tables(): GazetteerTables {
    const { lines, lineStarts, listed, slots, counts, longestKey, keyHash, keyStart, keyLength, keyListed, keyMined } = this;
    return { lines, lineStarts, listed, slots, counts, longestKey, keyHash, keyStart, keyLength, keyListed, keyMined };
  }

  /** The slot of the phrase words[start..end) (less `drop` final characters) of this hash and length, or -1. */
  private find(hash: number, length: number, words: readonly string[], start: number, end: number, drop: number): number {
    for (let slot = hash & this.tableMask; this.keyLength[slot] !== -1; slot = (slot + 1) & this.tableMask) {
      if (this.keyHash[slot] === hash && this.keyLength[slot] === length && this.holds(slot, words, start, end, drop)) return slot;
    }
    return -1;
  }

  private holds(slot: number, words: readonly string[], start: number, end: number, drop: number): boolean {
    const text = this.lines;
    let at = this.keyStart[slot]!;
    for (let i = start; i < end; i++) {
      if (i > start && text.charCodeAt(at++) !== SPACE) return false;
      const word = words[i]!;
      const length = i === end - 1 ? word.length - drop : word.length;
      for (let j = 0; j < length; j++) if (text.charCodeAt(at + j) !== word.charCodeAt(j)) return false;
      at += length;
    }
    return true;
  }

  private line(k: number): string {
    return this.lines.slice(this.lineStarts[k]!, this.lineStarts[k + 1]! - 1);
  }

  private tagsOf(listed: number): readonly string[] {
    let tags = this.listedTags[listed];
    if (!tags) {
      const line = this.line(listed);
      const joined = line.slice(line.indexOf('\t') + 1);
      tags = this.tagLists.get(joined);
      if (!tags) this.tagLists.set(joined, (tags = joined ? joined.split(',') : []));
      this.listedTags[listed] = tags;
    }
    return tags;
  }

  toJSON(): GazetteerData {
    return {
      listed: Array.from({ length: this.listed }, (_, k) => [this.line(k).slice(0, this.line(k).indexOf('\t')), [...this.tagsOf(k)]]),
      mined: Array.from({ length: this.lineStarts.length - 1 - this.listed }, (_, k) => [this.line(this.listed + k), [...this.counts.subarray(k * this.slots, (k + 1) * this.slots)]]),
    };
  }

  /** What matching works out for `word` standing alone; a caller that meets the word again keeps it and passes it to matches(). */
  lookUp(word: string): WordLookup {
    const words = [word];
    const last = word.length - 1;
    let hash = FNV_OFFSET;
    for (let j = 0; j < last; j++) hash = fnvStep(hash, word.charCodeAt(j));
    const stemSlot = word.length > 3 && word.charCodeAt(last) === 0x73 /* s */ ? this.find(hash, word.length - 1, words, 0, 1, 1) : -1;
    if (last >= 0) hash = fnvStep(hash, word.charCodeAt(last));
    const slot = this.find(hash, word.length, words, 0, 1, 0);
    const alone: GazetteerMatch[] = [];
    if (stemSlot >= 0) this.collect(stemSlot, 0, 1, true, undefined, alone);
    if (slot >= 0) this.collect(slot, 0, 1, false, undefined, alone);
    return { hash, stemSlot, slot, alone };
  }

  /**
   * Every phrase match in `words`; `exclude` holds counts to leave out (a training sentence's own).
   * `lookups[i]` is lookUp(words[i]); a caller that keeps them spares working out every word again.
   * `phrasesOnly`: only the matches of two words or more (a caller that keeps each word's `alone`).
   */
  matches(
    words: readonly string[],
    exclude?: TypeCounts,
    lookups: readonly { readonly lookup: WordLookup }[] = words.map((word) => ({ lookup: this.lookUp(word) })),
    { phrasesOnly = false } = {},
  ): GazetteerMatch[] {
    const found: GazetteerMatch[] = [];
    for (let start = 0; start < words.length; start++) {
      const { lookup } = lookups[start]!;
      if (!phrasesOnly && lookup.stemSlot >= 0) this.collect(lookup.stemSlot, start, start + 1, true, exclude, found);
      if (lookup.slot < 0) continue;
      if (!phrasesOnly) this.collect(lookup.slot, start, start + 1, false, exclude, found);
      let hash = lookup.hash;
      let length = words[start]!.length;
      for (let end = start + 2; end <= Math.min(words.length, start + MAX_PHRASE_TOKENS); end++) {
        const word = words[end - 1]!;
        hash = fnvStep(hash, SPACE);
        length += word.length + 1;
        const last = word.length - 1;
        for (let j = 0; j < last; j++) hash = fnvStep(hash, word.charCodeAt(j));
        // `hash` is now that of the phrase less its final character: the stem of "Neu Delhis".
        if (length > 3 && word.charCodeAt(last) === 0x73 /* s */) {
          const stem = this.find(hash, length - 1, words, start, end, 1);
          if (stem >= 0) this.collect(stem, start, end, true, exclude, found);
        }
        if (last >= 0) hash = fnvStep(hash, word.charCodeAt(last));
        const slot = this.find(hash, length, words, start, end, 0);
        if (slot < 0) break;
        this.collect(slot, start, end, false, exclude, found);
      }
    }
    return found;
  }

  /**
   * Tags of the longest known last part of a capitalised compound ("Kreisstadt" → "Stadt"), from
   * the whole counts: a part is a word of its own, rarely one of the sentence's own names.
   */
  compoundHeadTags(word: string): string[] {
    if (word.length < MIN_COMPOUND_LENGTH || !startsUpper(word)) return [];
    const found: GazetteerMatch[] = [];
    const firstCut = Math.max(MIN_COMPOUND_PART, word.length - this.longestKey);
    for (let cut = firstCut; cut <= word.length - MIN_COMPOUND_PART && !found.length; cut++) {
      if (!startsLowerLetter(word.charCodeAt(cut))) continue;
      const part = [word.charAt(cut).toUpperCase() + word.slice(cut + 1)];
      const slot = this.find(hashString(part[0]!), part[0]!.length, part, 0, 1, 0);
      if (slot >= 0) this.collect(slot, 0, 1, false, undefined, found);
    }
    return found.map((match) => match.tag);
  }

  private collect(slot: number, start: number, end: number, inflected: boolean, exclude: TypeCounts | undefined, into: GazetteerMatch[]): void {
    const listed = this.keyListed[slot]!;
    if (listed >= 0) for (const tag of this.tagsOf(listed)) into.push({ start, end, tag, inflected });
    const mined = this.keyMined[slot]!;
    if (mined < 0) return;
    const own = exclude?.get(this.line(this.listed + mined));
    let names = 0;
    for (let type = 0; type < PLAIN_SLOT; type++) names += this.remainingCount(mined, own, type);
    for (let type = 0; type < PLAIN_SLOT; type++) {
      const count = this.remainingCount(mined, own, type);
      if (count > 0 && count >= MIN_TYPE_SHARE * names) into.push({ start, end, tag: ENTITY_TYPES[type]!, inflected });
    }
    const plain = this.remainingCount(mined, own, PLAIN_SLOT);
    if (plain > 0 && plain >= MIN_PLAIN_SHARE * (plain + names)) into.push({ start, end, tag: 'plain', inflected });
    if (this.remainingCount(mined, own, GIVEN_SLOT) > 0) into.push({ start, end, tag: 'given', inflected });
  }

  /** A mined phrase's count in `slot` less the excluded count (older models store fewer slots). */
  private remainingCount(mined: number, own: readonly number[] | undefined, slot: number): number {
    return (slot < this.slots ? this.counts[mined * this.slots + slot]! : 0) - (own?.[slot] ?? 0);
  }
}

/** The lines of gazetteer data; the phrases and tags must not hold the characters that separate them. */
function linesOf({ listed, mined }: GazetteerData): GazetteerLines {
  const unsafe = (text: string) => /[\n\t]/.test(text);
  if (mined.some(([phrase]) => unsafe(phrase)) || listed.some(([phrase, tags]) => unsafe(phrase) || tags.some((tag) => unsafe(tag) || tag.includes(',') || !tag))) {
    throw new Error('lektor: a gazetteer phrase or tag holds a line break, tab or comma');
  }
  const lines = [...listed.map(([phrase, tags]) => `${phrase}\t${tags.join(',')}`), ...mined.map(([phrase]) => phrase)].join('\n');
  const slots = mined.reduce((most, [, counts]) => Math.max(most, counts.length), 0);
  const counts = new Uint32Array(mined.length * slots);
  mined.forEach(([, phraseCounts], k) => {
    counts.set(phraseCounts, k * slots);
  });
  return { lines, listed: listed.length, slots, counts };
}

/**
 * The hash table over the lines: each key is a stretch of the text (a phrase, or one of its
 * word-boundary prefixes) with its hash. At most half of the slots are taken, so that a probe for
 * a stretch that is no key ends soon.
 */
function buildTables(data: GazetteerLines): GazetteerTables {
  const text = data.lines;
  // An empty text has no lines (not one empty line): a gazetteer of no phrases.
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  if (text) lineStarts.push(text.length + 1);
  const lineCount = lineStarts.length - 1;
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) spaces++;
  // Sized first for every line and word boundary, then again for the keys there are.
  const first = fillTable(data, lineStarts, lineCount + spaces);
  const keys = first.keyLength.reduce((sum, length) => sum + (length === -1 ? 0 : 1), 0);
  return keys < lineCount + spaces ? fillTable(data, lineStarts, keys) : first;
}

function fillTable(data: GazetteerLines, lineStarts: number[], keys: number): GazetteerTables {
  const text = data.lines;
  let capacity = 1024;
  while (capacity < 2 * keys) capacity *= 2;
  const mask = capacity - 1;
  const keyHash = new Uint32Array(capacity);
  const keyStart = new Int32Array(capacity);
  const keyLength = new Int32Array(capacity).fill(-1);
  const keyListed = new Int32Array(capacity).fill(-1);
  const keyMined = new Int32Array(capacity).fill(-1);
  let longestKey = 0;
  /** The slot of a key, taken if new. */
  const insert = (hash: number, start: number, length: number): number => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (keyLength[slot] === -1) {
        keyHash[slot] = hash;
        keyStart[slot] = start;
        keyLength[slot] = length;
        longestKey = Math.max(longestKey, length);
        return slot;
      }
      if (keyHash[slot] !== hash || keyLength[slot] !== length) continue;
      const other = keyStart[slot]!;
      let same = true;
      for (let i = 0; i < length && same; i++) same = text.charCodeAt(other + i) === text.charCodeAt(start + i);
      if (same) return slot;
    }
  };
  // Later lines of a phrase replace earlier ones, as they would in a Map.
  for (let k = 0; k < lineStarts.length - 1; k++) {
    const start = lineStarts[k]!;
    const stop = lineStarts[k + 1]! - 1;
    let hash = FNV_OFFSET;
    let at = start;
    for (; at < stop; at++) {
      const code = text.charCodeAt(at);
      if (code === TAB && k < data.listed) break;
      if (code === SPACE && at > start) insert(hash, start, at - start);
      hash = fnvStep(hash, code);
    }
    const slot = insert(hash, start, at - start);
    if (k < data.listed) keyListed[slot] = k;
    else keyMined[slot] = k - data.listed;
  }
  return { ...data, lineStarts: Int32Array.from(lineStarts), longestKey, keyHash, keyStart, keyLength, keyListed, keyMined };
}

function add(counts: TypeCounts, phrase: string, slot: number): void {
  let entry = counts.get(phrase);
  if (!entry) counts.set(phrase, (entry = new Array<number>(SLOTS).fill(0)));
  entry[slot]!++;
}

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
const startsLower = (word: string) => /^\p{Ll}/u.test(word);

/**
 * Adds one annotated sentence to `counts`: its entity phrases, the first words of its multi-word
 * person names, and its words outside names, in capitalised spelling ("anders" → "Anders").
 */
export function countPhrases(words: readonly string[], spans: readonly { start: number; end: number; type: number }[], counts: TypeCounts): void {
  const inName = new Uint8Array(words.length);
  for (const span of spans) {
    inName.fill(1, span.start, span.end);
    if (span.end - span.start > 1 && ENTITY_TYPES[span.type] === 'PER') add(counts, words[span.start]!, GIVEN_SLOT);
    if (span.end - span.start <= MAX_PHRASE_TOKENS) add(counts, words.slice(span.start, span.end).join(' '), span.type);
  }
  words.forEach((word, i) => {
    if (inName[i] || word.length < 2) return;
    if (startsUpper(word)) add(counts, word, PLAIN_SLOT);
    else if (startsLower(word)) add(counts, word.charAt(0).toUpperCase() + word.slice(1), PLAIN_SLOT);
  });
}

/** Phrases worth keeping in a model: names, given names, and plain words seen more than once. */
export function isInformative(counts: readonly number[]): boolean {
  for (let type = 0; type < PLAIN_SLOT; type++) if (counts[type]! > 0) return true;
  return (counts[GIVEN_SLOT] ?? 0) > 0 || (counts[PLAIN_SLOT] ?? 0) > 1;
}
