/**
 * A pipeline is an ordered list of stages over one Doc. Each stage fills its own part of the
 * document and may read what earlier stages filled; the order is the list's order.
 */
import { Doc } from './document.js';
import { extractArticle } from './html/extract.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import { toAnalysis } from './serialize.js';
import type { Analysis } from './types.js';

/**
 * One step of a pipeline: reads what earlier stages filled in the {@link Doc} and fills its own
 * part. Write one to add an annotation of your own, or to replace a default stage.
 */
export interface Stage {
  /** Unique name within a pipeline; `options.stages` selects stages by it. */
  readonly name: string;
  /** Fills this stage's part of `doc`, in place. */
  run(doc: Doc): void;
}

/** A list of stages bound together; made by {@link createPipeline}. */
export interface Pipeline {
  /** The stages, in the order they run. */
  readonly stages: readonly Stage[];
  /**
   * Runs the stages over `text` and returns the Analysis of the output contract.
   * @throws TypeError when `text` is not a string or an option is invalid.
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** The filled document model, for stages and tools that want more than the Analysis. */
  process(text: string, options?: AnalyzeOptions): Doc;
}

/**
 * Makes a pipeline that runs `stages` in the order given, for example the default stages with
 * one of your own added or one of them replaced. `analyze()` is the default pipeline's `analyze`.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const names = stages.map((stage) => stage.name);
  const process = (text: string, options?: AnalyzeOptions): Doc => {
    if (typeof text !== 'string') throw new TypeError(`lektor: analyze() takes a string, got ${text === null ? 'null' : typeof text}`);
    const resolved = resolveOptions(options, names);
    // A web page is read as the plain text of its article; every offset indexes that text.
    const page = resolved.input === 'html' ? extractArticle(text) : undefined;
    const doc = new Doc(page?.text ?? text, resolved, page?.asides);
    const selected = resolved.stages ? new Set(resolved.stages) : undefined;
    for (const stage of stages) if (!selected || selected.has(stage.name)) stage.run(doc);
    return doc;
  };
  return { stages, process, analyze: (text, options) => toAnalysis(process(text, options)) };
}
