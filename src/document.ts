/**
 * The one document model every stage reads and fills. The input is stored once (`text`);
 * every annotation is a pair of offsets into it. `view` is a same-length copy of the text
 * with typographic noise folded (see stages/normalize.ts), so that stages match on `view`
 * and their offsets stay valid for `text`.
 */
import type { BlockKind, EntityType, LanguageResult, QuoteKind } from './types.js';
import type { ResolvedOptions } from './options.js';

/** Half-open UTF-16 offsets into `doc.text`: the annotations of the document model are ranges, not copies of text. */
export interface Range {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit. */
  end: number;
}

/** A paragraph-like block of the input, as the `structure` stage found it. */
export interface Block extends Range {
  /** What the block is on the page. */
  kind: BlockKind;
  /** The block's language, set by the `language` stage. */
  language?: string;
  /** How sure the detector is of the block's language, 0 to 1. */
  languageConfidence?: number;
}

/** The kind of a token: a word, a number, punctuation, or another symbol. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** One token of a block, as the `sentences` stage found it. */
export interface Token extends Range {
  /** What the token is. */
  kind: TokenKind;
}

/** A sentence of the article's body, with the block and tokens it is made of. */
export interface Sentence extends Range {
  /** Index into `doc.blocks` of the block the sentence lies in. */
  block: number;
  /** Half-open range of indices into `doc.tokens`. */
  firstToken: number;
  /** Index into `doc.tokens` just past the sentence's last token. */
  endToken: number;
}

/** One place a named entity is written, as the recogniser and the document-level cleaning left it. */
export interface Mention extends Range {
  /** The entity type of this mention. */
  type: EntityType;
  /** Recogniser confidence 0..1, where the recogniser gives one. */
  score?: number;
}

/** A named entity of the document model: its mentions merged under one canonical name. */
export interface Entity {
  /** Identifier, stable within one document (`e1`, `e2`, ...). */
  id: string;
  /** Canonical name: the fullest form the article uses. */
  name: string;
  /** The kind of entity. */
  type: EntityType;
  /** How central the entity is to the article, 0 to 1. */
  salience: number;
  /** Every mention of the entity, in text order. */
  mentions: Mention[];
}

/** Who a quote of the document model is attributed to. */
export interface QuoteSpeakerRef {
  /** The speaker's canonical name, or the words that name the speaker. */
  name: string;
  /** Index into `doc.entities`, or null when the speaker is not a recognised entity. */
  entity: number | null;
  /** Where the speaker is written, or null when it is not written near the quote. */
  mention: Range | null;
}

/** A quotation of the document model; its range is the quoted words without the quote marks. */
export interface Quote extends Range {
  /** How the words are quoted. */
  kind: QuoteKind;
  /** Who said it, or null when nobody is named. */
  speaker: QuoteSpeakerRef | null;
  /** The reporting word or phrase, or null when there is none. */
  cue: Range | null;
}

/** A key term of the document model; its range is the phrase's first occurrence in the body. */
export interface KeyphraseAnnotation extends Range {
  /** The phrase in its base form. */
  phrase: string;
  /** How characteristic the phrase is, relative to the best phrase, which scores 1. */
  score: number;
  /** Every occurrence of the phrase in the body. */
  mentions: Range[];
}

/**
 * The document model that the stages of a pipeline fill in turn; `Pipeline.process` returns it.
 * Use it when the Analysis is not enough (tokens, sentence-to-block links, recogniser scores) or
 * when writing a stage of your own.
 */
export class Doc {
  /** The original input, never changed. */
  readonly text: string;
  /** Same length as `text`: the text with quote styles, spaces and dashes folded. */
  view: string;
  /** The checked options of this run. */
  readonly options: ResolvedOptions;
  /** Every block of the input, in order (`structure` stage). */
  blocks: Block[] = [];
  /** The document's language (`language` stage); 'und' until detected. */
  language: LanguageResult = { code: 'und', confidence: 0 };
  /** The tokens of every block, in order (`sentences` stage). */
  tokens: Token[] = [];
  /** The sentences of the article's body, in order (`sentences` stage). */
  sentences: Sentence[] = [];
  /** Every mention of a named entity in the article, after document-level cleaning and propagation. */
  mentions: Mention[] = [];
  /** The named entities, most salient first (`entities` stage). */
  entities: Entity[] = [];
  /** The quotations, in text order (`quotes` stage). */
  quotes: Quote[] = [];
  /** The summary's sentences, in article order (`summary` stage). */
  summary: Range[] = [];
  /** The key terms, best first (`keyphrases` stage). */
  keyphrases: KeyphraseAnnotation[] = [];
  /**
   * What the source page itself sets beside the article (captions and credits of its pictures),
   * known before any stage runs: the `structure` stage keeps those blocks out of the body. Empty
   * for plain text.
   */
  readonly pageAsides: readonly Range[];

  constructor(text: string, options: ResolvedOptions, pageAsides: readonly Range[] = []) {
    this.text = text;
    this.view = text;
    this.options = options;
    this.pageAsides = pageAsides;
  }

  /** The text a range covers. */
  slice(range: Range): string {
    return this.text.slice(range.start, range.end);
  }

  /** Blocks whose content belongs to the article (not boilerplate or byline). */
  isBodyBlock(index: number): boolean {
    const kind = this.blocks[index]?.kind;
    return kind === 'paragraph' || kind === 'heading' || kind === 'title';
  }

  /** The language code the language-specific stages should use ('en' when unknown). */
  get lang(): string {
    const code = this.options.language ?? this.language.code;
    return code === 'und' ? this.options.fallbackLanguage : code;
  }
}
