/**
 * Sentence boundaries against UD CoNLL-U: the `# text` sentences of each document (or of each
 * run of 10 sentences where the file has no `# newdoc` marks) are joined with single spaces and
 * split again by lektor, wink-nlp, compromise and Intl.Segmenter.
 *   precision = predicted boundaries that are gold boundaries / predicted boundaries
 *   recall    = gold boundaries found / gold boundaries after a sentence ending in . ! ? …
 *               (closing quotes or brackets may follow)
 * The end of a document is not a boundary. `--errors N` lists up to N of lektor's mistakes.
 */
import { readFileSync } from 'node:fs';
import type { Range } from '../../src/document.js';
import { splitSentences } from '../../src/sentences/split.js';
import { francScores } from '../../src/adapters/franc.js';
import { winkSentences } from '../../src/adapters/wink.js';
import { compromiseSentences } from '../../src/adapters/compromise.js';
import type { EvalArgs } from './args.js';

interface GoldDocument {
  text: string;
  /** End offsets of every sentence but the last. */
  boundaries: number[];
  /** The subset of `boundaries` after a sentence that ends in terminal punctuation. */
  punctuated: Set<number>;
}

const DOCUMENT_SIZE_WITHOUT_MARKS = 10;
const TERMINAL_END = /[.!?…]["'“”‘’»«)\]]*$/u;

function readGold(path: string): GoldDocument[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const hasDocumentMarks = lines.some((line) => line.startsWith('# newdoc'));
  const groups: string[][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const line of lines) {
    if (hasDocumentMarks && line.startsWith('# newdoc')) close();
    const text = /^# text = (.*)$/.exec(line)?.[1]?.trim();
    if (text === undefined) continue;
    if (!hasDocumentMarks && current.length === DOCUMENT_SIZE_WITHOUT_MARKS) close();
    current.push(text);
  }
  close();
  return groups.map((group) => {
    const boundaries: number[] = [];
    const punctuated = new Set<number>();
    let offset = 0;
    group.forEach((sentence, i) => {
      offset += sentence.length;
      if (i < group.length - 1) {
        boundaries.push(offset);
        if (TERMINAL_END.test(sentence)) punctuated.add(offset);
      }
      offset += 1;
    });
    return { text: group.join(' '), boundaries, punctuated };
  });
}

type Splitter = (text: string) => Range[];

/** lektor on the text as one paragraph, in the given language or the one franc detects. */
function lektorSplitter(lang: string | undefined): Splitter {
  return (text) => splitSentences(text, lang ?? francScores(text, ['de', 'en'])[0]?.code ?? 'en');
}

function segmenterSplitter(lang: string | undefined): Splitter {
  const segmenter = new Intl.Segmenter(lang ?? 'en', { granularity: 'sentence' });
  return (text) =>
    Array.from(segmenter.segment(text), ({ segment, index }) => {
      const trimmed = segment.trimEnd();
      return { start: index, end: index + trimmed.length };
    });
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

/** Context of a boundary for the error listing: "…left ‖ right…". */
function context(text: string, at: number): string {
  return `${text.slice(Math.max(0, at - 50), at)} ‖ ${text.slice(at, at + 40)}`.replace(/\s+/g, ' ');
}

function listErrors(documents: GoldDocument[], split: Splitter, limit: number): void {
  const errors: string[] = [];
  for (const document of documents) {
    const ends = new Set(split(document.text).map((sentence) => sentence.end).filter((end) => end < document.text.length));
    const gold = new Set(document.boundaries);
    for (const end of ends) if (!gold.has(end)) errors.push(`extra   ${context(document.text, end)}`);
    for (const end of document.punctuated) if (!ends.has(end)) errors.push(`missed  ${context(document.text, end)}`);
  }
  console.log(errors.slice(0, limit).join('\n'));
}

function score(documents: GoldDocument[], split: Splitter): Score {
  let predicted = 0;
  let correct = 0;
  let gold = 0;
  let found = 0;
  for (const document of documents) {
    const goldSet = new Set(document.boundaries);
    const ends = new Set(split(document.text).map((sentence) => sentence.end).filter((end) => end < document.text.length));
    predicted += ends.size;
    for (const end of ends) if (goldSet.has(end)) correct++;
    gold += document.punctuated.size;
    for (const end of document.punctuated) if (ends.has(end)) found++;
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return { precision: round(precision), recall: round(recall), f1: round(f1), predicted, correct, gold, found };
}

export async function run(args: EvalArgs): Promise<Record<string, unknown>> {
  const documents = readGold(args.data);
  const splitters: Record<string, Splitter> = {
    lektor: lektorSplitter(args.lang),
    'wink-nlp': winkSentences,
    compromise: compromiseSentences,
    'Intl.Segmenter': segmenterSplitter(args.lang),
  };
  const results: Record<string, Score> = {};
  console.log(`${documents.length} documents, ${documents.reduce((n, d) => n + d.boundaries.length, 0)} inner boundaries`);
  console.log('splitter          precision  recall     F1');
  for (const [name, split] of Object.entries(splitters)) {
    const result = score(documents, split);
    results[name] = result;
    console.log(`${name.padEnd(16)}  ${result.precision.toFixed(4)}     ${result.recall.toFixed(4)}     ${result.f1.toFixed(4)}`);
  }
  if (args.extra.errors) listErrors(documents, splitters.lektor!, Number(args.extra.errors));
  return { lang: args.lang ?? 'detected', results };
}
