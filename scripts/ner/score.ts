/**
 * The evaluation protocol: a gold sentence's words are joined with spaces, lektor tokenises the
 * text itself, and predicted spans are compared with gold spans by character offsets (exact
 * span and type, outer spans).
 */
import { ENTITY_TYPES, type TokenSpan } from '../../src/ner/labels.js';
import { tokenize } from '../../src/tokenize.js';
import type { TaggedSentence } from './datasets.js';

export interface CharSpan {
  start: number;
  end: number;
  type: string;
}

export type SpanTagger = (text: string) => CharSpan[];

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export type Tally = Record<string, TypeCounts>;

/** The sentence as text, with its gold spans as character offsets. */
export function joinSentence(sentence: TaggedSentence): { text: string; gold: CharSpan[] } {
  const starts: number[] = [];
  let text = '';
  for (const word of sentence.words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += word;
  }
  const gold = sentence.spans.map((span) => ({
    start: starts[span.start]!,
    end: starts[span.end - 1]! + sentence.words[span.end - 1]!.length,
    type: ENTITY_TYPES[span.type]!,
  }));
  return { text, gold };
}

/** A word tagger run over lektor's own tokens of `text`. */
export function lektorTokensTagger(tag: (words: string[]) => TokenSpan[]): SpanTagger {
  return (text) => {
    const tokens = tokenize(text);
    return tag(tokens.map((token) => text.slice(token.start, token.end))).map((span) => ({
      start: tokens[span.start]!.start,
      end: tokens[span.end - 1]!.end,
      type: ENTITY_TYPES[span.type]!,
    }));
  };
}

export function emptyTally(): Tally {
  return Object.fromEntries(ENTITY_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
}

export function tallySentence(gold: readonly CharSpan[], predicted: readonly CharSpan[], tally: Tally): void {
  const key = (span: CharSpan) => `${span.start}:${span.end}:${span.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  for (const span of predicted) tally[span.type]![goldKeys.has(key(span)) ? 'tp' : 'fp']++;
  for (const span of gold) if (!predictedKeys.has(key(span))) tally[span.type]!.fn++;
}

export function tallyAll(sentences: readonly TaggedSentence[], tagger: SpanTagger, tally = emptyTally()): Tally {
  for (const sentence of sentences) {
    const { text, gold } = joinSentence(sentence);
    tallySentence(gold, tagger(text), tally);
  }
  return tally;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function figures(counts: TypeCounts): Figures {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), support: counts.tp + counts.fn };
}

/** Per-type figures plus the PER/LOC/ORG micro average, the headline figure. */
export function summarize(tally: Tally): Record<string, Figures> {
  const result: Record<string, Figures> = {};
  for (const type of ENTITY_TYPES) result[type] = figures(tally[type]!);
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const type of ['PER', 'LOC', 'ORG']) for (const k of ['tp', 'fp', 'fn'] as const) micro[k] += tally[type]![k];
  result.microPLO = figures(micro);
  return result;
}

export function formatTable(title: string, rows: Record<string, Figures>): string {
  const lines = [title, 'type        P      R      F1     support'];
  for (const [name, f] of Object.entries(rows)) lines.push(`${name.padEnd(10)} ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}  ${f.support}`);
  return lines.join('\n');
}
