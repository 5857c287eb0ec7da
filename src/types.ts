/** The output contract of `analyze()`: see SPEC.md. Every span indexes the original input. */

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'byline' | 'boilerplate';
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'indirect';

export interface LanguageResult {
  /** ISO 639-1 where one exists, else ISO 639-3; 'und' if unknown. */
  code: string;
  confidence: number;
  candidates?: { code: string; score: number }[];
  /** Stretches written in another language than the document. */
  spans?: (Span & { code: string })[];
}

export interface BlockSpan extends Span {
  kind: BlockKind;
  language?: string;
}

export interface EntityResult {
  id: string;
  name: string;
  type: EntityType;
  salience: number;
  mentions: Span[];
}

export interface QuoteSpeaker {
  name: string;
  entity: string | null;
  mention: Span | null;
}

export interface QuoteResult extends Span {
  id: string;
  kind: QuoteKind;
  speaker: QuoteSpeaker | null;
  cue: Span | null;
}

export interface Keyphrase extends Span {
  /** The phrase in its base form, e.g. lower-cased and uninflected where known. */
  phrase: string;
  score: number;
  /** Every occurrence of the phrase in the body. */
  mentions: Span[];
}

export interface Analysis {
  schemaVersion: 1;
  language: LanguageResult;
  title: Span | null;
  byline: Span | null;
  blocks: BlockSpan[];
  sentences: Span[];
  entities: EntityResult[];
  quotes: QuoteResult[];
  summary: { text: string; sentences: Span[] };
  /** lektor's extension of the contract: the article's key terms, best first. */
  keyphrases: Keyphrase[];
}
