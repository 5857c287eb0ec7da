/** A tinypool worker: analyses one JSONL line per task. */
import type { AnalyzeOptions } from '../../options.js';
import { analyzeLine } from './record.js';

export interface LineTask {
  line: string;
  lineNumber: number;
  options: AnalyzeOptions;
}

export default function analyzeTask({ line, lineNumber, options }: LineTask): string {
  return analyzeLine(line, lineNumber, options);
}
