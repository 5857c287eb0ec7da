/** Options of `analyze()`, checked once up front so that stages can trust them. */

/**
 * How long the summary should be: at most so many sentences, about so many words, or about
 * this share (0 to 1) of the body's words.
 */
export type SummaryLength =
  | {
      /** At most this many sentences (a positive whole number). */
      sentences: number;
    }
  | {
      /** About this many words (a positive whole number); the last sentence may run a little over. */
      words: number;
    }
  | {
      /** About this share of the body's words, greater than 0 and at most 1. */
      ratio: number;
    };

/**
 * Options of `analyze()` and of a pipeline's `analyze` and `process`. All are optional; an
 * unknown key or a value out of range throws a TypeError that names it.
 */
export interface AnalyzeOptions {
  /** Languages the detector may choose from (ISO 639-1 or 639-3). */
  languages?: readonly string[];
  /** Skip detection and treat the document as this language. */
  language?: string;
  /** Length of the summary: `{ sentences: 3 }`, `{ words: 60 }` or `{ ratio: 0.15 }`. */
  summary?: SummaryLength;
  /** Names of the default stages to run, e.g. `['structure', 'language']`; the rest leave their fields empty. */
  stages?: readonly string[];
  /**
   * What the input is: `'text'` (the default), or `'html'`, a web page whose article is
   * extracted first; the offsets then index the extracted text, returned as `source.text`.
   */
  input?: 'text' | 'html';
}

/** The options after checking, with defaults filled in, as stages read them from `doc.options`. */
export interface ResolvedOptions {
  /** Languages the detector may choose from. */
  languages: readonly string[];
  /** The language set by the caller, which skips detection, or undefined. */
  language: string | undefined;
  /** The language whose rules apply when the document's language cannot be told. */
  fallbackLanguage: string;
  /** The summary length asked for, or undefined for the default length. */
  summary: SummaryLength | undefined;
  /** Names of the stages to run, or undefined for all of them. */
  stages: readonly string[] | undefined;
  /** What the input is: plain text, or a web page to extract the article from. */
  input: 'text' | 'html';
}

/** The twelve European languages lektor is measured on. */
export const DEFAULT_LANGUAGES: readonly string[] = ['de', 'en', 'fr', 'nl', 'es', 'it', 'pl', 'ru', 'uk', 'pt', 'sv', 'da'];

const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const KNOWN_KEYS = new Set(['languages', 'language', 'summary', 'stages', 'input']);
const INPUT_FORMATS: readonly string[] = ['text', 'html'];

function fail(message: string): never {
  throw new TypeError(`lektor: ${message}`);
}

function checkLanguageCode(value: unknown, where: string): string {
  if (typeof value !== 'string' || !LANGUAGE_CODE.test(value)) fail(`${where} must be an ISO 639 code such as 'de', got ${JSON.stringify(value)}`);
  return value;
}

function positive(value: unknown, where: string, integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    fail(`${where} must be a positive ${integer ? 'whole ' : ''}number, got ${JSON.stringify(value)}`);
  }
  return value;
}

function resolveSummary(value: unknown): SummaryLength | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) fail('options.summary must be an object such as { sentences: 3 }');
  const keys = Object.keys(value);
  if (keys.length !== 1) fail('options.summary takes exactly one of sentences, words or ratio');
  const record = value as Record<string, unknown>;
  if ('sentences' in record) return { sentences: positive(record.sentences, 'options.summary.sentences', true) };
  if ('words' in record) return { words: positive(record.words, 'options.summary.words', true) };
  if ('ratio' in record) {
    const ratio = positive(record.ratio, 'options.summary.ratio', false);
    if (ratio > 1) fail(`options.summary.ratio must be at most 1, got ${ratio}`);
    return { ratio };
  }
  fail(`options.summary has an unknown key ${JSON.stringify(keys[0])}`);
}

export function resolveOptions(options: unknown, stageNames: readonly string[]): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) fail('options must be an object');
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.has(key)) fail(`unknown option ${JSON.stringify(key)}`);

  let languages = DEFAULT_LANGUAGES;
  if (record.languages !== undefined) {
    if (!Array.isArray(record.languages) || record.languages.length === 0) fail('options.languages must be a non-empty array of language codes');
    languages = record.languages.map((code, i) => checkLanguageCode(code, `options.languages[${i}]`));
  }
  const language = record.language === undefined ? undefined : checkLanguageCode(record.language, 'options.language');

  let stages: readonly string[] | undefined;
  if (record.stages !== undefined) {
    if (!Array.isArray(record.stages)) fail('options.stages must be an array of stage names');
    for (const name of record.stages) {
      if (typeof name !== 'string' || !stageNames.includes(name)) fail(`unknown stage ${JSON.stringify(name)}; stages are ${stageNames.join(', ')}`);
    }
    stages = record.stages as string[];
  }
  const input = record.input ?? 'text';
  if (typeof input !== 'string' || !INPUT_FORMATS.includes(input)) fail(`options.input must be 'text' or 'html', got ${JSON.stringify(input)}`);
  return { languages, language, fallbackLanguage: 'en', summary: resolveSummary(record.summary), stages, input: input as ResolvedOptions['input'] };
}
