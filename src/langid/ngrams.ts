/**
 * Character evidence: eld's byte 4-gram weights (models/langid-ngrams.json, see
 * scripts/build-langid.ts), scored the way eld scores them. A word's UTF-8 bytes are cut into
 * 4-byte windows at a stride of 3, the first marked with a leading space and the word's last four
 * bytes with a trailing one; each distinct window adds its weight to every language that has it.
 */
import { readFileSync } from 'node:fs';

interface ModelFile {
  languages: string[];
  highBytes: string;
  /** keys[k] has counts[k] (language index, weight) pairs, following those of keys[k - 1] in `pairs`. */
  keys: string[];
  counts: number[];
  pairs: number[];
}

export interface NgramEvidence {
  /** Summed weight per model language (same order as `ngramLanguages`). */
  scores: number[];
  /** Number of distinct windows looked up. */
  features: number;
  /** How often each lower-case letter (code point) occurs in the words read, a-z lumped together as 'a' (see alphabets.ts). */
  letters: Map<number, number>;
}

/** eld subtracted this from every stored weight to shrink its files; adding it back rewards presence. */
const BASE_WEIGHT = 53;
/** eld reads at most this many bytes of text: enough for a sentence, bounded for a book. */
const MAX_BYTES = 350;
const MAX_WORD_BYTES = 70;

const file = JSON.parse(readFileSync(new URL('../../models/langid-ngrams.json', import.meta.url), 'utf8')) as ModelFile;
export const ngramLanguages: readonly string[] = file.languages;
/** (language index, weight) pairs of all 4-grams, one after another: most belong to one or two languages. */
const pairs = new Int32Array(file.pairs.length);
// A plain loop: Int32Array.from with a map function costs ten times as much at start-up.
for (let i = 0; i < pairs.length; i++) pairs[i] = i % 2 ? file.pairs[i] + BASE_WEIGHT : file.pairs[i];

/*
 * Windows as numbers. A window has at most six characters (space, four bytes, space), each a byte
 * 32..255 in eld's writing, so its characters pack into two 24-bit numbers (hi: the first three,
 * lo: the rest, zero where the window is shorter), distinct for distinct windows. Counting and
 * looking up windows that way allocates no string per window, as a Set and a Map of strings did.
 */
/** The characters of the window being packed; zero past its end. */
const windowChars = new Uint8Array(6);
const windowHi = () => (windowChars[0]! << 16) | (windowChars[1]! << 8) | windowChars[2]!;
const windowLo = () => (windowChars[3]! << 16) | (windowChars[4]! << 8) | windowChars[5]!;

/** Hash of a packed window; its low bits pick the slot in a power-of-two table (murmur3's finaliser mixes them well). */
function hashOf(hi: number, lo: number): number {
  let hash = Math.imul(hi, 0x9e3779b1) ^ lo;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

// What the packing relies on is checked as the model loads: eld's writing keeps to it, a rebuilt model might not.
if (!/^[\x01-\xff]*$/.test(file.highBytes)) throw new Error('lektor: langid stand-in characters must be single bytes');

/**
 * The 4-gram table, open addressing, at most a third full. A slot is SLOT consecutive numbers: the
 * window's hi and lo, then its (language, weight) pairs. Nine windows in ten have one or two, kept
 * in the slot itself as language * INLINE + weight (the second -1 when there is none); the others
 * keep -1 - (where their pairs start in `pairs`) and their count. A lookup in this table of
 * megabytes thus touches one cache line: a window's numbers spread over several arrays cost a miss
 * each, which was most of the time the language stage took. hi is never 0 for a window, so 0
 * marks an empty slot.
 */
const SLOT = 4;
const INLINE = 1024;
const TABLE_MASK = 2 ** Math.ceil(Math.log2(3 * file.keys.length + 1)) - 1;
const table = new Int32Array(SLOT * (TABLE_MASK + 1));
const inlinePair = (at: number) => (pairs[at + 1]! >= 0 && pairs[at + 1]! < INLINE ? pairs[at]! * INLINE + pairs[at + 1]! : -1);
for (let k = 0, at = 0; k < file.keys.length; at += 2 * file.counts[k], k++) {
  const key = file.keys[k];
  let packable = key.length > 0 && key.length <= 6;
  for (let c = 0; c < 6; c++) {
    const code = c < key.length ? key.charCodeAt(c) : 0;
    if (c < key.length && (code === 0 || code > 0xff)) packable = false;
    windowChars[c] = code;
  }
  if (!packable) throw new Error(`lektor: langid 4-gram ${JSON.stringify(key)} does not pack into six bytes`);
  const hi = windowHi();
  const lo = windowLo();
  let slot = SLOT * (hashOf(hi, lo) & TABLE_MASK);
  while (table[slot] !== 0) slot = (slot + SLOT) & (SLOT * TABLE_MASK);
  table[slot] = hi;
  table[slot + 1] = lo;
  const count = file.counts[k];
  const first = count >= 1 ? inlinePair(at) : -1;
  const second = count === 2 ? inlinePair(at + 2) : -1;
  if (count <= 2 && first >= 0 && (count === 1 || second >= 0)) {
    table[slot + 2] = first;
    table[slot + 3] = second;
  } else {
    table[slot + 2] = -1 - at;
    table[slot + 3] = count;
  }
}

const encoder = new TextEncoder();
/** A character as eld writes it: ASCII as is, other UTF-8 bytes as stand-in characters. */
function eldBytes(char: string): string {
  let encoded = '';
  for (const byte of encoder.encode(char)) encoded += byte < 0x80 ? char : file.highBytes[byte - 0x80];
  return encoded;
}

/** Apostrophes inside a word belong to it ("don't", "l'homme", "м’ясо"), as in eld. */
const APOSTROPHES = new Map(["'", '`', '’'].map((char) => [char.codePointAt(0)!, eldBytes(char)]));
const LETTER = /[\p{L}\p{M}]/u;
/** a-z are counted together, under 'a' (see alphabets.ts). */
const BASIC_LATIN = 'a'.codePointAt(0)!;
/** Code point -> eld's writing of it, '' for a separator; filled as characters are met. */
const encodedChars = new Map<number, string>();

function encodeChar(codePoint: number): string {
  let encoded = encodedChars.get(codePoint);
  if (encoded === undefined) {
    const char = String.fromCodePoint(codePoint);
    encoded = LETTER.test(char) ? eldBytes(char) : '';
    encodedChars.set(codePoint, encoded);
  }
  return encoded;
}

/**
 * The windows of one text seen so far, as a set of packed windows: a small open-addressing table
 * whose slots count as filled only when stamped with the current text's number, so that starting
 * the next text clears nothing. The first 4 * MAX_BYTES characters hold fewer than 1,400 windows.
 */
const SEEN_MASK = 4095;
const seenHi = new Int32Array(SEEN_MASK + 1);
const seenLo = new Int32Array(SEEN_MASK + 1);
const seenStamp = new Int32Array(SEEN_MASK + 1);
let stamp = 0;

/** Counts the window in `windowChars` once per text and adds its weights to `scores`; returns 1 when it is new, else 0. */
function addWindow(scores: number[]): number {
  const hi = windowHi();
  const lo = windowLo();
  const hash = hashOf(hi, lo);
  let slot = hash & SEEN_MASK;
  for (; seenStamp[slot] === stamp; slot = (slot + 1) & SEEN_MASK) if (seenHi[slot] === hi && seenLo[slot] === lo) return 0;
  seenStamp[slot] = stamp;
  seenHi[slot] = hi;
  seenLo[slot] = lo;
  for (let at = SLOT * (hash & TABLE_MASK); table[at] !== 0; at = (at + SLOT) & (SLOT * TABLE_MASK)) {
    if (table[at] !== hi || table[at + 1] !== lo) continue;
    const first = table[at + 2]!;
    if (first >= 0) {
      scores[Math.floor(first / INLINE)] += first % INLINE;
      const second = table[at + 3]!;
      if (second >= 0) scores[Math.floor(second / INLINE)] += second % INLINE;
    } else {
      const end = -1 - first + 2 * table[at + 3]!;
      for (let i = -1 - first; i < end; i += 2) scores[pairs[i]] += pairs[i + 1];
    }
    break;
  }
  return 1;
}

/**
 * Adds the distinct windows of a word (its eld bytes in `bytes[0..length)`) to `scores`: 4 bytes at
 * a stride of 3, the first marked with a leading space, the last four bytes with a trailing one;
 * a word of up to four bytes is one window, marked at both ends. Returns how many were new.
 */
function addWordWindows(bytes: Uint8Array, wordLength: number, scores: number[]): number {
  const length = Math.min(wordLength, MAX_WORD_BYTES);
  let added = 0;
  let at = 0;
  for (; at + 4 < length; at += 3) {
    const lead = at === 0 ? 1 : 0;
    windowChars[0] = 32;
    for (let c = 0; c < 4; c++) windowChars[lead + c] = bytes[at + c]!;
    windowChars[4 + lead] = 0;
    windowChars[5] = 0;
    added += addWindow(scores);
  }
  const from = Math.max(0, length - 4);
  let c = 0;
  if (at === 0) windowChars[c++] = 32;
  for (let i = from; i < length; i++) windowChars[c++] = bytes[i]!;
  windowChars[c++] = 32;
  while (c < 6) windowChars[c++] = 0;
  return added + addWindow(scores);
}

/** The encoded word being read; a character takes at most four bytes. */
const wordBytes = new Uint8Array(4 * 4 * MAX_BYTES);

/** Marks a code unit whose lower case is not one code unit whatever its context: İ, Σ (final sigma), surrogates. */
const SPECIAL = 0xffff;
/** Lower case of each BMP code unit, or SPECIAL; 0 where not yet worked out. */
const lowerUnits = new Uint16Array(0x10000);

function lowerUnit(code: number): number {
  let lower = lowerUnits[code]!;
  if (lower === 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lower = lowered.length !== 1 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) ? SPECIAL : lowered.charCodeAt(0);
    lowerUnits[code] = lower;
  }
  return lower;
}

/** The 4-gram evidence of (the first few hundred bytes of) `text`. */
export function ngramEvidence(text: string): NgramEvidence {
  // Lower-cased unit by unit, which spares copying the sample; the few texts where that differs take toLowerCase.
  return readWords(text, true) ?? readWords(text.slice(0, 4 * MAX_BYTES).toLowerCase(), false)!;
}

/**
 * Lower-cased words of `source` in eld's byte encoding, up to MAX_BYTES, and the letters they
 * hold. With `lowerCase`, `source` is lower-cased here, and null is returned if it holds a SPECIAL unit.
 */
function readWords(source: string, lowerCase: boolean): NgramEvidence | null {
  // A plain array: a typed array this long keeps its numbers outside the heap, which costs more to make.
  const scores = new Array<number>(ngramLanguages.length).fill(0);
  const letters = new Map<number, number>();
  if (++stamp === 2 ** 31 - 1) {
    seenStamp.fill(0);
    stamp = 1;
  }
  const end = lowerCase ? Math.min(source.length, 4 * MAX_BYTES) : source.length;
  let features = 0;
  let length = 0;
  let bytes = 0;
  let basicLatin = 0;
  for (let i = 0; i < end; i++) {
    let code = source.charCodeAt(i);
    if (lowerCase) {
      if (code >= 65 && code <= 90) code += 32;
      else if (code >= 0x80 && (code = lowerUnit(code)) === SPECIAL) return null;
    }
    if (code >= 97 && code <= 122) {
      wordBytes[length++] = code;
      basicLatin++;
      continue;
    }
    let encoded = '';
    if (code >= 0x80 || code === 0x27 || code === 0x60) {
      const codePoint = lowerCase ? code : source.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      const apostrophe = APOSTROPHES.get(codePoint);
      encoded = apostrophe !== undefined ? (length ? apostrophe : '') : encodeChar(codePoint);
      if (encoded && apostrophe === undefined) letters.set(codePoint, (letters.get(codePoint) ?? 0) + 1);
    }
    if (encoded) {
      for (let k = 0; k < encoded.length; k++) wordBytes[length++] = encoded.charCodeAt(k);
      continue;
    }
    if (!length) continue;
    features += addWordWindows(wordBytes, length, scores);
    bytes += length + 1;
    length = 0;
    if (bytes > MAX_BYTES) break;
  }
  if (length) features += addWordWindows(wordBytes, length, scores);
  if (basicLatin) letters.set(BASIC_LATIN, basicLatin);
  return { scores, features, letters };
}
