/**
 * The only file that imports wink-nlp and its English model. The model is loaded on first use:
 * it costs tens of milliseconds and megabytes that a caller who never asks for wink should not pay.
 */
import type { Range } from '../document.js';
import { loadPackage } from '../platform.js';

interface WinkItems {
  out(as?: unknown): unknown[];
  length(): number;
}
interface WinkDoc {
  tokens(): WinkItems;
  sentences(): WinkItems;
  entities(): WinkItems;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; precedingSpaces: unknown; span: unknown };
}

let nlp: WinkNlp | undefined;

function winkNlp(): WinkNlp {
  if (!nlp) {
    const winkNLP = loadPackage<(model: unknown) => WinkNlp>('wink-nlp');
    nlp = winkNLP(loadPackage('wink-eng-lite-web-model'));
  }
  return nlp;
}

/**
 * Character offsets of wink's tokens. wink reports a token's text and the whitespace before it,
 * not offsets; the token is searched for near the expected place so that a token wink has
 * altered (or whitespace it counted differently) costs one token's precision, not the rest.
 */
function tokenOffsets(text: string, values: string[], spaces: string[]): Range[] {
  const ranges: Range[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const expected = cursor + (spaces[i]?.length ?? 0);
    const found = value ? text.indexOf(value, cursor) : -1;
    const start = found >= 0 && found - expected <= 16 ? found : Math.min(expected, text.length);
    const end = Math.min(text.length, start + value.length);
    ranges.push({ start, end });
    cursor = end;
  });
  return ranges;
}

/** wink-nlp's sentences of `text`, as character offsets. */
export function winkSentences(text: string): Range[] {
  const wink = winkNlp();
  const { its } = wink;
  const doc = wink.readDoc(text);
  const tokens = tokenOffsets(text, doc.tokens().out(its.value) as string[], doc.tokens().out(its.precedingSpaces) as string[]);
  const spans = doc.sentences().out(its.span) as [number, number][];
  return spans
    .filter(([first, last]) => tokens[first] && tokens[last])
    .map(([first, last]) => ({ start: tokens[first]!.start, end: tokens[last]!.end }));
}

/** One full wink-nlp read of `text` (tokens, sentences, entities), for comparison benchmarks. */
export function winkReadDocPass(text: string): { tokens: number; sentences: number; entities: number } {
  const doc = winkNlp().readDoc(text);
  return { tokens: doc.tokens().length(), sentences: doc.sentences().length(), entities: doc.entities().length() };
}
