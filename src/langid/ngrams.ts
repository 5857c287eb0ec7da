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
  scores: Float64Array;
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
const pairs = Int32Array.from(file.pairs, (value, i) => (i % 2 ? value + BASE_WEIGHT : value));
/** 4-gram -> where its pairs start in `pairs` times PACK, plus their count (at most the number of languages). */
const table = new Map<string, number>();
/** Larger than any count: eld has 60 languages. */
const PACK = 64;
for (let k = 0, at = 0; k < file.keys.length; at += 2 * file.counts[k], k++) table.set(file.keys[k], at * PACK + file.counts[k]);

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

/** Lower-cased words of `text` in eld's byte encoding, up to MAX_BYTES, and the letters they hold. */
function readWords(text: string): { words: string[]; letters: Map<number, number> } {
  const words: string[] = [];
  const letters = new Map<number, number>();
  const lower = text.slice(0, 4 * MAX_BYTES).toLowerCase();
  let word = '';
  let bytes = 0;
  let basicLatin = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let encoded: string;
    if (code >= 97 && code <= 122) {
      encoded = lower[i]!;
      basicLatin++;
    } else {
      const codePoint = lower.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      const apostrophe = APOSTROPHES.get(codePoint);
      encoded = apostrophe !== undefined ? (word ? apostrophe : '') : code < 0x80 ? '' : encodeChar(codePoint);
      if (encoded && apostrophe === undefined) letters.set(codePoint, (letters.get(codePoint) ?? 0) + 1);
    }
    if (encoded) {
      word += encoded;
      continue;
    }
    if (!word) continue;
    words.push(word);
    bytes += word.length + 1;
    word = '';
    if (bytes > MAX_BYTES) break;
  }
  if (word) words.push(word);
  if (basicLatin) letters.set(BASIC_LATIN, basicLatin);
  return { words, letters };
}

/** The distinct windows of `words`; a word of up to four bytes is one window, marked at both ends. */
function windows(words: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, MAX_WORD_BYTES);
    let at = 0;
    for (; at + 4 < length; at += 3) keys.add((at === 0 ? ' ' : '') + word.substring(at, at + 4));
    keys.add((at === 0 ? ' ' : '') + word.substring(Math.max(0, length - 4), length) + ' ');
  }
  return keys;
}

/** The 4-gram evidence of (the first few hundred bytes of) `text`. */
export function ngramEvidence(text: string): NgramEvidence {
  const scores = new Float64Array(ngramLanguages.length);
  const { words, letters } = readWords(text);
  const keys = windows(words);
  for (const key of keys) {
    const entry = table.get(key);
    if (entry === undefined) continue;
    const start = Math.floor(entry / PACK);
    const end = start + 2 * (entry % PACK);
    for (let i = start; i < end; i += 2) scores[pairs[i]] += pairs[i + 1];
  }
  return { scores, features: keys.size, letters };
}
