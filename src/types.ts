/** The output contract of `analyze()`: see SPEC.md. Every span indexes the original input. */

/**
 * A stretch of the input: half-open UTF-16 offsets (JavaScript string indices) into the original
 * string, so that `input.slice(start, end) === text` holds for every span lektor emits.
 */
export interface Span {
  /** The covered text, exactly as it stands in the input. */
  text: string;
  /**
   * Offset of the first UTF-16 code unit.
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * Offset just past the last UTF-16 code unit (half-open), so `end - start` is the length.
   * @asType integer
   * @minimum 0
   */
  end: number;
}

/**
 * What a block of the page is: the headline, a heading, a paragraph of the article, the author
 * line, or page clutter (navigation, related links, credits, buttons) kept as `boilerplate`.
 */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'byline' | 'boilerplate';
/**
 * Entity types after the CoNLL/GermEval conventions: `PER` people, `LOC` places (also as
 * metonymy, a capital standing for its government), `ORG` organisations and institutions,
 * `MISC` other names such as events and works.
 */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';
/**
 * How something is quoted: `direct` a full quoted statement, `partial` a quoted fragment inside
 * the author's own sentence, `scare` quote marks with no speaker (irony, a term, a title),
 * `indirect` reported speech without quote marks.
 */
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'indirect';

/** The document's language, how sure the detector is, and stretches written in other languages. */
export interface LanguageResult {
  /**
   * ISO 639-1 where one exists, else ISO 639-3; 'und' if unknown.
   * @pattern ^[a-z]{2,3}$
   */
  code: string;
  /**
   * How sure the detector is of `code`, from 0 (a guess) to 1.
   * @minimum 0
   * @maximum 1
   */
  confidence: number;
  /** The languages the detector weighed, best first, with their scores. */
  candidates?: {
    /**
     * ISO 639 code of the candidate language.
     * @pattern ^[a-z]{2,3}$
     */
    code: string;
    /** The candidate's score; higher is more likely. */
    score: number;
  }[];
  /** Stretches written in another language than the document. */
  spans?: (Span & {
    /**
     * ISO 639 code of the stretch's language.
     * @pattern ^[a-z]{2,3}$
     */
    code: string;
  })[];
}

/** One paragraph-like block of the input; the blocks cover the whole input in order, none dropped. */
export interface BlockSpan extends Span {
  /** What the block is on the page. */
  kind: BlockKind;
  /**
   * ISO 639 code of the block's own language, where it could be told.
   * @pattern ^[a-z]{2,3}$
   */
  language?: string;
}

/** A named entity: every mention of one person, place, organisation or other name, merged. */
export interface EntityResult {
  /** Identifier, stable within one analysis (`e1`, `e2`, ...); quotes refer to speakers by it. */
  id: string;
  /** Canonical name: the fullest form the article uses (a full name for a surname alone). */
  name: string;
  /** The kind of entity. */
  type: EntityType;
  /**
   * How central the entity is to the article, from 0 to 1.
   * @minimum 0
   * @maximum 1
   */
  salience: number;
  /** Every place the entity is named, variants and inflected forms included, in text order. */
  mentions: Span[];
}

/** Who a quote is attributed to. */
export interface QuoteSpeaker {
  /** The speaker's canonical entity name where the speaker is an entity (pronouns resolved), else the words that name the speaker. */
  name: string;
  /** `id` of the speaker's entity in `entities`, or null when the speaker is not a recognised entity. */
  entity: string | null;
  /** Where the speaker is written in the quote's context, or null when it is not written there. */
  mention: Span | null;
}

/** A quotation; its span is the quoted words without the quote marks. */
export interface QuoteResult extends Span {
  /** Identifier, stable within one analysis (`q1`, `q2`, ...). */
  id: string;
  /** How the words are quoted. */
  kind: QuoteKind;
  /** Who said it, or null when nobody is named. */
  speaker: QuoteSpeaker | null;
  /** The reporting word or phrase (a verb of saying, "according to"), or null when there is none. */
  cue: Span | null;
}

/** A key term or noun phrase of the article; its span is the first occurrence in the body. */
export interface Keyphrase extends Span {
  /** The phrase in its base form, e.g. lower-cased and uninflected where known. */
  phrase: string;
  /** How characteristic the phrase is of the article, relative to the best phrase, which scores 1. */
  score: number;
  /** Every occurrence of the phrase in the body. */
  mentions: Span[];
}

/** The text a web page's analysis refers to: the article as lektor extracted it from the page. */
export interface SourceText {
  /** What the input was: a web page. */
  format: 'html';
  /**
   * The article's plain text: headline, byline and one paragraph per block of the article,
   * separated by blank lines. Every span of the analysis indexes this string.
   */
  text: string;
}

/**
 * Everything `analyze()` reads from one article: the output contract of SPEC.md. It is plain
 * JSON (no classes, no undefined values in arrays) and the same input gives the same analysis.
 * `schema.json` in the package is the JSON Schema of this type.
 */
export interface Analysis {
  /** Version of this output format; it changes only when the format changes incompatibly. */
  schemaVersion: 1;
  /** The document's language. */
  language: LanguageResult;
  /** The headline, or null when the input has none. */
  title: Span | null;
  /** The author line, or null when the input has none. */
  byline: Span | null;
  /** Every paragraph-like block of the input, in order; clutter is kept with kind `boilerplate`. */
  blocks: BlockSpan[];
  /** The sentences of the article's body (and headings), in order; none from boilerplate. */
  sentences: Span[];
  /** The named entities, most salient first. */
  entities: EntityResult[];
  /** The quotations, in text order. */
  quotes: QuoteResult[];
  /** An extractive summary: sentences of the body, in article order. */
  summary: {
    /** The summary's sentences joined with single spaces (line breaks inside them folded). */
    text: string;
    /** The chosen sentences, in article order. */
    sentences: Span[];
  };
  /** lektor's extension of the contract: the article's key terms, best first. */
  keyphrases: Keyphrase[];
  /**
   * Present only when the input was a web page (`{ input: 'html' }`): the article's text as
   * extracted from the page, which every span indexes (`source.text.slice(start, end) === text`).
   */
  source?: SourceText;
}
