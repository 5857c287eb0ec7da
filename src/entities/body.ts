/**
 * The article's words as the entity stage sees them: only tokens inside body sentences count
 * (boilerplate and byline have none), each with its sentence and whether its capital letter
 * says anything (it does not at a sentence start, after a colon, or in title-case headings).
 */
import type { Doc, Range } from '../document.js';
import { partitionPoint } from '../text/search.js';
import { tokenForms } from '../text/token-forms.js';

/** Marks that may stand before a sentence's first word, so that it still opens the sentence. */
const OPENING = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', "'", '›', '‹', '(', '[', '–', '—', '-']);
const SOFT_HYPHEN = /\u00ad/g;

export class Body {
  readonly doc: Doc;
  /** Sentence index of each token of the document, -1 outside body sentences. */
  private readonly sentenceOfToken: Int32Array;
  private readonly capitalisedByPosition: Uint8Array;
  private readonly tokenWords: string[];
  /** How often each word is written in the body sentences, as written. */
  private readonly wordCounts = new Map<string, number>();

  constructor(doc: Doc) {
    this.doc = doc;
    const { tokens } = doc;
    const count = tokens.length;
    this.sentenceOfToken = new Int32Array(count).fill(-1);
    this.capitalisedByPosition = new Uint8Array(count);
    // Each distinct token text is cleaned once (see token-forms), and counted by its number.
    const forms = tokenForms(doc);
    const formWords: string[] = [];
    for (let form = 0; form < forms.count; form++) {
      const word = forms.text(form);
      formWords.push(word.includes('\u00ad') ? word.replace(SOFT_HYPHEN, '') : word);
    }
    this.tokenWords = [];
    for (let t = 0; t < count; t++) this.tokenWords.push(formWords[forms.formOf(t)]!);
    const formCounts = new Int32Array(forms.count);
    for (let index = 0; index < doc.sentences.length; index++) {
      const sentence = doc.sentences[index]!;
      const kind = doc.blocks[sentence.block]?.kind;
      const headingLike = kind === 'title' || kind === 'heading';
      let atStart = true;
      for (let t = sentence.firstToken; t < sentence.endToken && t < count; t++) {
        this.sentenceOfToken[t] = index;
        const text = this.tokenWords[t]!;
        if (tokens[t]!.kind === 'word') {
          formCounts[forms.formOf(t)]!++;
          if (atStart || headingLike) this.capitalisedByPosition[t] = 1;
          atStart = false;
        } else if (text === ':') atStart = true;
        else if (!OPENING.has(text)) atStart = false;
      }
    }
    // Forms that differ by a soft hyphen only are one word.
    for (let form = 0; form < forms.count; form++) {
      const times = formCounts[form]!;
      if (times > 0) this.wordCounts.set(formWords[form]!, (this.wordCounts.get(formWords[form]!) ?? 0) + times);
    }
  }

  /** How often the body writes this word, exactly so. */
  count(word: string): number {
    return this.wordCounts.get(word) ?? 0;
  }

  get tokenCount(): number {
    return this.doc.tokens.length;
  }

  /** The token as written, soft hyphens left out. */
  word(token: number): string {
    return this.tokenWords[token] ?? '';
  }

  sentenceOf(token: number): number {
    return this.sentenceOfToken[token] ?? -1;
  }

  /** Whether the token's capital letter may be owed to its position rather than to a name. */
  capitalisedByPositionAt(token: number): boolean {
    return this.capitalisedByPosition[token] === 1;
  }

  /** The tokens a range covers, widened to whole tokens; null unless they all lie in one body sentence. */
  tokensOf(range: Range): { first: number; end: number } | null {
    const tokens = this.doc.tokens;
    const low = partitionPoint(tokens, (token) => token.end <= range.start);
    let end = low;
    while (end < tokens.length && tokens[end]!.start < range.end) end++;
    if (end === low) return null;
    const sentence = this.sentenceOf(low);
    if (sentence < 0 || this.sentenceOf(end - 1) !== sentence) return null;
    return { first: low, end };
  }
}
