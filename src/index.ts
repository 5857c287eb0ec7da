/** lektor's public surface. */
import { createPipeline } from './pipeline.js';
import { defaultStages } from './stages/index.js';
import type { AnalyzeOptions } from './options.js';
import type { Analysis } from './types.js';

const defaultPipeline = createPipeline(defaultStages);

/** Reads an article: language, structure, sentences, entities, quotes, summary. Synchronous and deterministic. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return defaultPipeline.analyze(text, options);
}

export { createPipeline, type Pipeline, type Stage } from './pipeline.js';
export * from './stages/index.js';
export { Doc } from './document.js';
export type { Block, Token, Sentence, Mention, Entity, Quote, Range } from './document.js';
export { DEFAULT_LANGUAGES, type AnalyzeOptions, type SummaryLength } from './options.js';
export type * from './types.js';
