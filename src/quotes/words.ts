/**
 * The tokens of one block as quote attribution sees them: lower-cased text, and for each token
 * the top-level quote it lies in (marks included), so that cue and speaker search can look at
 * the author's words only.
 */
import type { Doc, Range } from '../document.js';
import type { MarkedSpan } from './marks.js';
import { partitionPoint } from '../text/search.js';
import { tokenForms, type TokenForms } from '../text/token-forms.js';
import type { Terms } from '../text/terms.js';

export interface Word extends Range {
  text: string;
  lower: string;
  /** Index into the block's top-level quotes, or -1 for the author's own words. */
  quote: number;
  /** Number of the word's text among the document's token texts (see token-forms). */
  form: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Starts with a letter or digit. */
  wordlike: boolean;
  /** A run of final marks: ".", "?!", "…". */
  finalMark: boolean;
}

/** What a word is, worked out once per distinct token text of a document: a phrase search asks the same word many times. */
interface FormTraits {
  capital: boolean;
  wordlike: boolean;
  finalMark: boolean;
}

/** Past this many distinct words the stop-word memo starts afresh, so memory stays bounded. */
const STOP_MEMO_LIMIT = 20_000;
const stopMemo = new WeakMap<Terms, Map<string, boolean>>();

function isStopWord(terms: Terms, text: string): boolean {
  let memo = stopMemo.get(terms);
  if (!memo || memo.size >= STOP_MEMO_LIMIT) stopMemo.set(terms, (memo = new Map()));
  let stop = memo.get(text);
  if (stop === undefined) memo.set(text, (stop = terms.isStopWord(text)));
  return stop;
}

const traitsByForms = new WeakMap<TokenForms, (FormTraits | undefined)[]>();

/** The traits of each form of `forms` worked out so far, by form. */
function traitsTable(forms: TokenForms): (FormTraits | undefined)[] {
  let table = traitsByForms.get(forms);
  // Sized up front: filled out of order, an array grown by far-off indices turns into a slow dictionary.
  if (!table) traitsByForms.set(forms, (table = new Array<FormTraits | undefined>(forms.count).fill(undefined)));
  return table;
}

function traitsOf(forms: TokenForms, table: (FormTraits | undefined)[], form: number): FormTraits {
  return (table[form] ??= traitsOfText(forms.text(form)));
}

function traitsOfText(text: string): FormTraits {
  const code = text.charCodeAt(0);
  // Most words open with an ASCII character, which needs no Unicode property lookup.
  if (code < 0x80) {
    const capital = code >= 65 && code <= 90;
    const wordlike = capital || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    return { capital, wordlike, finalMark: !wordlike && FINAL.test(text) };
  }
  return { capital: CAPITAL.test(text), wordlike: WORDLIKE.test(text), finalMark: FINAL.test(text) };
}

const FINAL = /^(?:[.!?]+|…)$/;
const CAPITAL = /^\p{Lu}/u;
const WORDLIKE = /^[\p{L}\p{N}]/u;

export class BlockWords {
  readonly words: Word[];
  readonly forms: TokenForms;
  /** Starts of the final marks the sentence stage ended a sentence with, in this block. */
  private readonly finalMarks = new Set<number>();
  /** For every word (and one past the last): where its sentence starts and where it ends, computed once. */
  private readonly sentenceStartAt: number[] = [];
  private readonly sentenceEndAt: number[] = [];

  constructor(
    readonly doc: Doc,
    readonly block: number,
    /** Top-level quotes of the block, in order. */
    readonly quotes: readonly MarkedSpan[],
  ) {
    const { start, end } = doc.blocks[block]!;
    const forms = (this.forms = tokenForms(doc));
    const traitsByForm = traitsTable(forms);
    this.words = [];
    let q = 0;
    for (let t = firstTokenAfter(doc, start); t < doc.tokens.length; t++) {
      const token = doc.tokens[t]!;
      if (token.start >= end) break;
      while (q < quotes.length && quoteEnd(quotes[q]!) <= token.start) q++;
      const span = quotes[q];
      const inside = span !== undefined && span.open <= token.start && token.end <= quoteEnd(span);
      const form = forms.formOf(t);
      const traits = traitsOf(forms, traitsByForm, form);
      // Traits listed rather than spread: a spread per token of the article costs more than the rest of the loop.
      this.words.push({
        start: token.start,
        end: token.end,
        text: forms.text(form),
        lower: forms.lower(form),
        quote: inside ? q : -1,
        form,
        capital: traits.capital,
        wordlike: traits.wordlike,
        finalMark: traits.finalMark,
      });
    }
    // Only this block's sentences: scanning all of them for every block is quadratic on long articles.
    for (let s = firstSentenceOf(doc, block); s < doc.sentences.length && doc.sentences[s]!.block === block; s++) {
      const sentence = doc.sentences[s]!;
      // A sentence may end in closing marks after its final mark: look a few tokens back.
      for (let t = sentence.endToken - 1; t >= Math.max(sentence.firstToken, sentence.endToken - 4); t--) {
        const token = doc.tokens[t]!;
        if (FINAL.test(doc.view.slice(token.start, token.end))) {
          this.finalMarks.add(token.start);
          break;
        }
      }
    }
    let sentenceFrom = 0;
    for (let i = 0; i <= this.words.length; i++) {
      this.sentenceStartAt.push(sentenceFrom);
      if (this.isFinal(i)) sentenceFrom = i + 1;
    }
    let sentenceTo = this.words.length;
    this.sentenceEndAt.length = this.words.length + 1;
    for (let i = this.words.length; i >= 0; i--) {
      if (this.isFinal(i)) sentenceTo = i;
      this.sentenceEndAt[i] = sentenceTo;
    }
  }

  /** Index of the first word at or after `pos`. */
  indexAt(pos: number): number {
    return partitionPoint(this.words, (word) => word.start < pos);
  }

  /** Whether word `i` ends an author's sentence: a final mark the sentence stage also ends a sentence at ("Dr." does not). */
  isFinal(i: number): boolean {
    const word = this.words[i];
    return word !== undefined && word.quote === -1 && word.finalMark && (this.finalMarks.size === 0 || this.finalMarks.has(word.start));
  }

  isCapitalised(i: number): boolean {
    return this.words[i]?.capital === true;
  }

  /** Whether word `i` is on the language's stop-word list; asked of few words, so worked out on demand. */
  isStopWord(i: number): boolean {
    const word = this.words[i];
    return word !== undefined && isStopWord(this.forms.terms, word.text);
  }

  isWord(i: number): boolean {
    return this.words[i]?.wordlike === true;
  }

  /** Whether the words from `i` on spell `phrase` (lower-case, space-separated). */
  matches(i: number, phrase: string): number {
    const parts = phraseWords(phrase);
    if (this.words[i]?.lower !== parts[0]) return 0;
    for (let k = 0; k < parts.length; k++) if (this.words[i + k]?.lower !== parts[k] || this.words[i + k]!.quote !== -1) return 0;
    return parts.length;
  }

  /** The author's words around a quote: back to the sentence start, on to the sentence end. */
  frameOf(quote: number): { before: [number, number]; after: [number, number] } {
    const span = this.quotes[quote]!;
    const first = this.indexAt(span.open);
    const last = span.close < 0 ? this.words.length - 1 : this.indexAt(span.close);
    let from = first;
    while (from > 0 && this.words[from - 1]!.quote === -1 && !this.isFinal(from - 1)) from--;
    let to = last + 1;
    // "„Das reicht.“ Tatsächlich ..." : a quote ending its sentence leaves the next one to the author.
    const next = this.words[to];
    const endsSentence = FINAL.test(this.doc.view.slice(span.start, span.end).trimEnd().slice(-1)) && next !== undefined && next.text !== ',' && this.isCapitalised(to);
    if (!endsSentence) while (to < this.words.length && this.words[to]!.quote === -1 && !this.isFinal(to)) to++;
    return { before: [from, first], after: [last + 1, to] };
  }

  /** Start of the sentence the word `i` lies in (quotes do not end sentences here). */
  sentenceStart(i: number): number {
    return this.sentenceStartAt[Math.min(i, this.words.length)]!;
  }

  /** Index of the final mark that ends the sentence of word `i`, or the number of words. */
  sentenceEnd(i: number): number {
    return this.sentenceEndAt[Math.min(i, this.words.length)]!;
  }
}

const splitPhrases = new Map<string, string[]>();

/** The words of a lexicon phrase, split once. */
function phraseWords(phrase: string): string[] {
  let parts = splitPhrases.get(phrase);
  if (!parts) splitPhrases.set(phrase, (parts = phrase.split(' ')));
  return parts;
}

/** Index of the first sentence of `block` or a later block (sentences are in block order). */
function firstSentenceOf(doc: Doc, block: number): number {
  return partitionPoint(doc.sentences, (sentence) => sentence.block < block);
}

function firstTokenAfter(doc: Doc, pos: number): number {
  return partitionPoint(doc.tokens, (token) => token.end <= pos);
}

function quoteEnd(span: MarkedSpan): number {
  return span.close < 0 ? span.end : span.close + 1;
}
