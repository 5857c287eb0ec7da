/**
 * Character evidence: eld's byte 4-gram weights (models/langid-ngrams.bin, written and described by
 * scripts/build-langid.ts), scored the way eld scores them. A word's UTF-8 bytes are cut into
 * 4-byte windows at a stride of 3, the first marked with a leading space and the word's last four
 * bytes with a trailing one; each distinct window adds its weight to every language that has it.
 */
import { HASH_START, hashStep, MAX_WORDS } from './lexicon.js';
import { type ModelFileHeader, readModelFile } from './model-file.js';
import { hashOf, INLINE, packThree, SLOT, WINDOW_CHARS } from './ngram-table.js';

interface ModelHeader extends ModelFileHeader {
  languages: string[];
  /** eld writes UTF-8 bytes >= 0x80 as these stand-in characters. */
  highBytes: string;
  /** How many of the numbers are the table (see ngram-table.ts); the pairs follow it. */
  table: number;
}

export interface NgramEvidence {
  /** Summed weight per model language (same order as `ngramLanguages`). */
  scores: number[];
  /** Number of distinct windows looked up. */
  features: number;
  /** How often each lower-case letter (code point) occurs in the words read, a-z lumped together as 'a' (see alphabets.ts). */
  letters: Map<number, number>;
  /** The first words read (lexicon.ts looks up MAX_WORDS), as `wordHash` gives them. */
  words: number[];
}

/**
 * At most this many bytes of a text are read: a long sentence's worth (eld reads 350). A paragraph
 * is as surely identified from it as from more, and the language stage of a long article costs a
 * third less.
 */
const MAX_BYTES = 200;
const MAX_WORD_BYTES = 70;

/** Reads models/langid-ngrams.bin: the 4-gram table and its pairs (see ngram-table.ts). */
function readModel(): { header: ModelHeader; table: Int32Array; pairs: Int32Array } {
  const { header, numbers } = readModelFile<ModelHeader>('langid-ngrams.bin');
  // What the packing relies on is checked as the model loads: eld's writing keeps to it, a rebuilt model might not.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the stand-ins are any single byte, control characters included
  if (!/^[\x01-\xff]*$/.test(header.highBytes)) throw new Error('lektor: langid stand-in characters must be single bytes');
  return { header, table: numbers.subarray(0, header.table), pairs: numbers.subarray(header.table) };
}

// Read on first use rather than at import, so that a browser can provide the file after importing lektor.
let loaded = false;
let languages: readonly string[] = [];
let highBytes = '';
let table: Int32Array = new Int32Array(0);
let pairs: Int32Array = new Int32Array(0);
let TABLE_MASK = 0;

function load(): void {
  if (loaded) return;
  const model = readModel();
  ({ table, pairs } = model);
  ({ languages, highBytes } = model.header);
  TABLE_MASK = table.length / SLOT - 1;
  for (const char of ["'", '`', '’']) APOSTROPHES.set(char.codePointAt(0)!, eldBytes(char));
  loaded = true;
}

/** The languages of the 4-gram model, in the order of `NgramEvidence.scores`. */
export function ngramLanguages(): readonly string[] {
  load();
  return languages;
}

/** The characters of the window being packed; zero past its end. */
const windowChars = new Uint8Array(WINDOW_CHARS);
const windowHi = () => packThree(windowChars, 0);
const windowLo = () => packThree(windowChars, 3);

const encoder = new TextEncoder();
/** A character as eld writes it: ASCII as is, other UTF-8 bytes as stand-in characters. */
function eldBytes(char: string): string {
  let encoded = '';
  for (const byte of encoder.encode(char)) encoded += byte < 0x80 ? char : highBytes[byte - 0x80];
  return encoded;
}

/** Apostrophes inside a word belong to it ("don't", "l'homme", "м’ясо"), as in eld; written as the model writes them, once it is loaded. */
const APOSTROPHES = new Map<number, string>();
/** How a word's hash (lexicon.ts) writes every apostrophe. */
const APOSTROPHE = 0x27;
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
      for (let i = -1 - first; i < end; i += 2) scores[pairs[i]!] += pairs[i + 1]!;
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
  load();
  // Lower-cased unit by unit, which spares copying the sample; the few texts where that differs take toLowerCase.
  return readWords(text, true) ?? readWords(text.slice(0, 4 * MAX_BYTES).toLowerCase(), false)!;
}

/**
 * Lower-cased words of `source` in eld's byte encoding, up to MAX_BYTES, and the letters they
 * hold. With `lowerCase`, `source` is lower-cased here, and null is returned if it holds a SPECIAL unit.
 */
function readWords(source: string, lowerCase: boolean): NgramEvidence | null {
  // A plain array: a typed array this long keeps its numbers outside the heap, which costs more to make.
  const scores = new Array<number>(languages.length).fill(0);
  const letters = new Map<number, number>();
  const words: number[] = [];
  let hash = HASH_START;
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
      hash = hashStep(hash, code);
      basicLatin++;
      continue;
    }
    let encoded = '';
    if (code >= 0x80 || code === 0x27 || code === 0x60) {
      const codePoint = lowerCase ? code : source.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      const apostrophe = APOSTROPHES.get(codePoint);
      encoded = apostrophe !== undefined ? (length ? apostrophe : '') : encodeChar(codePoint);
      if (encoded) hash = hashStep(hash, apostrophe === undefined ? codePoint : APOSTROPHE);
      if (encoded && apostrophe === undefined) letters.set(codePoint, (letters.get(codePoint) ?? 0) + 1);
    }
    if (encoded) {
      for (let k = 0; k < encoded.length; k++) wordBytes[length++] = encoded.charCodeAt(k);
      continue;
    }
    if (!length) continue;
    features += addWordWindows(wordBytes, length, scores);
    if (words.length < MAX_WORDS) words.push(hash);
    hash = HASH_START;
    bytes += length + 1;
    length = 0;
    if (bytes > MAX_BYTES) break;
  }
  if (length) {
    features += addWordWindows(wordBytes, length, scores);
    if (words.length < MAX_WORDS) words.push(hash);
  }
  if (basicLatin) letters.set(BASIC_LATIN, basicLatin);
  return { scores, features, letters, words };
}
