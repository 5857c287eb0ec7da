/**
 * lektor's public surface: `analyze()` for one article, `createPipeline()` and the stages for
 * pipelines of your own, the document model, the options, the types of the output contract, and
 * `htmlReport()` to show an analysis as a page.
 * @module lektor
 */
import { createPipeline } from './pipeline.js';
import { defaultStages } from './stages/index.js';
import type { AnalyzeOptions } from './options.js';
import type { Analysis } from './types.js';

const defaultPipeline = createPipeline(defaultStages);

/**
 * Reads an article: language, structure, sentences, entities, quotes, summary and keyphrases.
 * Synchronous and deterministic; every string is valid input and gives a complete Analysis.
 * @throws TypeError when `text` is not a string or an option is invalid, naming the problem.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return defaultPipeline.analyze(text, options);
}

export { createPipeline, type Pipeline, type Stage } from './pipeline.js';
export * from './stages/index.js';
export { Doc } from './document.js';
export { htmlReport } from './report/html.js';
export type { Block, Token, TokenKind, Sentence, Mention, Entity, Quote, QuoteSpeakerRef, KeyphraseAnnotation, Range } from './document.js';
export { DEFAULT_LANGUAGES, type AnalyzeOptions, type ResolvedOptions, type SummaryLength } from './options.js';
export type * from './types.js';
