/**
 * The one document model every stage reads and fills. The input is stored once (`text`);
 * every annotation is a pair of offsets into it. `view` is a same-length copy of the text
 * with typographic noise folded (see stages/normalize.ts), so that stages match on `view`
 * and their offsets stay valid for `text`.
 */
import type { BlockKind, EntityType, LanguageResult, QuoteKind } from './types.js';
import type { ResolvedOptions } from './options.js';

export interface Range {
  start: number;
  end: number;
}

export interface Block extends Range {
  kind: BlockKind;
  language?: string;
  languageConfidence?: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Range {
  kind: TokenKind;
}

export interface Sentence extends Range {
  /** Index into `doc.blocks` of the block the sentence lies in. */
  block: number;
  /** Half-open range of indices into `doc.tokens`. */
  firstToken: number;
  endToken: number;
}

export interface Mention extends Range {
  type: EntityType;
  /** Recogniser confidence 0..1, where the recogniser gives one. */
  score?: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  salience: number;
  mentions: Mention[];
}

export interface QuoteSpeakerRef {
  name: string;
  /** Index into `doc.entities`, or null when the speaker is not a recognised entity. */
  entity: number | null;
  mention: Range | null;
}

export interface Quote extends Range {
  kind: QuoteKind;
  speaker: QuoteSpeakerRef | null;
  cue: Range | null;
}

export interface KeyphraseAnnotation extends Range {
  phrase: string;
  score: number;
  mentions: Range[];
}

export class Doc {
  /** The original input, never changed. */
  readonly text: string;
  /** Same length as `text`: the text with quote styles, spaces and dashes folded. */
  view: string;
  readonly options: ResolvedOptions;
  blocks: Block[] = [];
  language: LanguageResult = { code: 'und', confidence: 0 };
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  /** Every mention of a named entity in the article, after document-level cleaning and propagation. */
  mentions: Mention[] = [];
  entities: Entity[] = [];
  quotes: Quote[] = [];
  summary: Range[] = [];
  keyphrases: KeyphraseAnnotation[] = [];

  constructor(text: string, options: ResolvedOptions) {
    this.text = text;
    this.view = text;
    this.options = options;
  }

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
