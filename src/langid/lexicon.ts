/**
 * Word evidence: which languages write a word. A short text's 4-grams are few and shared by
 * neighbours (Spanish and Portuguese, Russian and Ukrainian, the Scandinavian languages), but a
 * whole word is often written by one of them only: "только" is Russian, "тільки" Ukrainian.
 *
 * The word lists are tesseract's (tessdata_fast, Apache-2.0; models/langid-words.bin, written by
 * scripts/build-langid.ts), about 1.7 million (word, language) pairs, kept in a blocked Bloom
 * filter: a word's hash picks one block of 512 bits (one cache line), and each language that
 * writes the word sets PROBES bits in it. A word a language does not write is taken for one of
 * its words now and then (the false-positive rate the build prints, a few per cent), which costs
 * little: the evidence of a word is spread over every language that claims it.
 */
import { readModelFile, type ModelFileHeader } from './model-file.js';

/** 32-bit numbers per block: 512 bits. */
export const BLOCK_NUMBERS = 16;
/** Bits a (word, language) pair sets in its block. */
export const PROBES = 4;

/** A word's hash is FNV-1a over its lower-case code points, apostrophes all written as '. */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, codePoint: number): number => Math.imul(hash ^ codePoint, 0x01000193);
const APOSTROPHE = 0x27;
const isApostrophe = (codePoint: number) => codePoint === APOSTROPHE || codePoint === 0x60 || codePoint === 0x2019;

/** The hash of a (lower-case) word, as ngrams.ts works it out while reading a text. */
export function wordHash(word: string): number {
  let hash = HASH_START;
  for (const char of word) {
    const codePoint = char.codePointAt(0)!;
    hash = hashStep(hash, isApostrophe(codePoint) ? APOSTROPHE : codePoint);
  }
  return hash;
}

/** murmur3's finaliser: spreads every bit of the hash over all 32. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** Where a word's block starts among `blocks` blocks. */
const blockOf = (hash: number, blocks: number) => BLOCK_NUMBERS * ((mix(hash) >>> 0) % blocks);
/** What a word's languages' seeds derive from: independent of the block's choice. */
const wordSeed = (hash: number) => mix(hash ^ 0x5bd1e995);
/** The seed of a language's bits in a word's block: steps of an odd stride from the word's seed, one mix per word for all languages. */
const seedOf = (wordSeed: number, language: number) => wordSeed + Math.imul(language, (Math.imul(wordSeed, 0x2c1b3c6d) ^ (wordSeed >>> 11)) | 1);
/** The bit (0..511) of probe `probe` from `seed`: triple hashing, so that a pair's bits differ. */
const bitOf = (seed: number, probe: number) => ((seed & 511) + probe * (((seed >>> 9) & 511) | 1) + probe * probe * (seed >>> 18)) & 511;

/** Sets the bits of (`hash`'s word, `language`) in `filter`. */
export function addWord(filter: Int32Array, hash: number, language: number): void {
  const block = blockOf(hash, filter.length / BLOCK_NUMBERS);
  const seed = seedOf(wordSeed(hash), language);
  for (let probe = 0; probe < PROBES; probe++) {
    const bit = bitOf(seed, probe);
    filter[block + (bit >>> 5)] |= 1 << (bit & 31);
  }
}

/** Whether the block of `filter` at `block` has (the word whose `wordSeed` is `seedOfWord`, `language`); sometimes true for a pair never added. */
function inBlock(filter: Int32Array, block: number, seedOfWord: number, language: number): boolean {
  const seed = seedOf(seedOfWord, language);
  for (let probe = 0; probe < PROBES; probe++) {
    const bit = bitOf(seed, probe);
    if ((filter[block + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Whether `filter` has (`hash`'s word, `language`); sometimes true for a pair never added. */
export const hasWord = (filter: Int32Array, hash: number, language: number): boolean => inBlock(filter, blockOf(hash, filter.length / BLOCK_NUMBERS), wordSeed(hash), language);

interface LexiconHeader extends ModelFileHeader {
  languages: string[];
}

// Read on first use, like the 4-gram model.
let filter: Int32Array | undefined;
let listLanguages: readonly string[] = [];

function load(): Int32Array {
  if (!filter) {
    const { header, numbers } = readModelFile<LexiconHeader>('langid-words.bin');
    listLanguages = header.languages;
    filter = numbers;
  }
  return filter;
}

/**
 * Words looked up per text: the first eight score sentences, word pairs and single words as well
 * as all of them (scripts/eval/langid.ts), and a paragraph's 4-grams decide without help; looking
 * up every word of a long sample was a third of the language stage.
 */
export const MAX_WORDS = 8;

/** Per language set (callers pass the same array each time): each language's list, -1 for none. */
const listsOf = new WeakMap<readonly string[], number[]>();
/** The languages (indices into a set) that write the word being looked up. */
const members: number[] = [];

/**
 * Per language of `codes`: the share of `words` (hashes; the first MAX_WORDS) it writes, each word's share split
 * evenly among the languages that write it, so that a name or loanword every list has tells
 * nothing. 0 for a language without a word list.
 */
export function wordShares(words: readonly number[], codes: readonly string[]): number[] {
  const bits = load();
  const shares = new Array<number>(codes.length).fill(0);
  let lists = listsOf.get(codes);
  if (!lists) listsOf.set(codes, (lists = codes.map((code) => listLanguages.indexOf(code))));
  const blocks = bits.length / BLOCK_NUMBERS;
  const count = Math.min(words.length, MAX_WORDS);
  for (let w = 0; w < count; w++) {
    const hash = words[w]!;
    const block = blockOf(hash, blocks);
    const seed = wordSeed(hash);
    members.length = 0;
    for (let i = 0; i < lists.length; i++) if (lists[i]! >= 0 && inBlock(bits, block, seed, lists[i]!)) members.push(i);
    for (const i of members) shares[i] += 1 / members.length / count;
  }
  return shares;
}
