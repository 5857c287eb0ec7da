/** One JSONL input line to one output line: the Analysis with the id first, or an error record. */
import { analyze } from '../../index.js';
import type { AnalyzeOptions } from '../../options.js';
import { errorRecord } from './error-record.js';

/**
 * The id of a line that is not valid JSON, when the line at least starts like
 * `{"id": "x", ...`: lets the caller join the error to the record it came from.
 */
function salvageId(line: string): unknown {
  const match = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/.exec(line);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!);
  } catch {
    return null;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export function analyzeLine(line: string, lineNumber: number, options: AnalyzeOptions): string {
  if (line.trim() === '') return errorRecord(null, lineNumber, 'empty line');
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return errorRecord(salvageId(line), lineNumber, `malformed JSON: ${(error as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return errorRecord(null, lineNumber, `expected an object like {"id": 1, "text": "..."}, got ${describe(record)}`);
  }
  const { id = null, text, html } = record as { id?: unknown; text?: unknown; html?: unknown };
  // A line may carry a web page as "html" instead of plain text.
  if (text !== undefined && html !== undefined) return errorRecord(id, lineNumber, 'give "text" or "html", not both');
  const field = html === undefined ? 'text' : 'html';
  const input = html ?? text;
  if (input === undefined) return errorRecord(id, lineNumber, 'no "text" field');
  if (typeof input !== 'string') return errorRecord(id, lineNumber, `"${field}" must be a string, got ${describe(input)}`);
  try {
    return JSON.stringify({ id, ...analyze(input, field === 'html' ? { ...options, input: 'html' } : options) });
  } catch (error) {
    return errorRecord(id, lineNumber, `analysis failed: ${(error as Error).message}`);
  }
}
