/** A tinypool worker: analyses a run of consecutive JSONL lines per task. */
import type { AnalyzeOptions } from '../../options.js';
import { analyzeLine } from './record.js';

export interface LineBatch {
  lines: string[];
  /** Line number (from 1) of `lines[0]` in the input. */
  firstLineNumber: number;
}

export interface BatchTask extends LineBatch {
  options: AnalyzeOptions;
}

/** The output lines of the batch, each ending in a newline. */
export default function analyzeBatch({ lines, firstLineNumber, options }: BatchTask): string {
  return lines.map((line, i) => `${analyzeLine(line, firstLineNumber + i, options)}\n`).join('');
}
