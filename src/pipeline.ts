/**
 * A pipeline is an ordered list of stages over one Doc. Each stage fills its own part of the
 * document and may read what earlier stages filled; the order is the list's order.
 */
import { Doc } from './document.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import { toAnalysis } from './serialize.js';
import type { Analysis } from './types.js';

export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** The filled document model, for stages and tools that want more than the Analysis. */
  process(text: string, options?: AnalyzeOptions): Doc;
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const names = stages.map((stage) => stage.name);
  const process = (text: string, options?: AnalyzeOptions): Doc => {
    if (typeof text !== 'string') throw new TypeError(`lektor: analyze() takes a string, got ${text === null ? 'null' : typeof text}`);
    const resolved = resolveOptions(options, names);
    const doc = new Doc(text, resolved);
    const selected = resolved.stages ? new Set(resolved.stages) : undefined;
    for (const stage of stages) if (!selected || selected.has(stage.name)) stage.run(doc);
    return doc;
  };
  return { stages, process, analyze: (text, options) => toAnalysis(process(text, options)) };
}
