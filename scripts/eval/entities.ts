/**
 * Document-level entity evaluation: whole documents go through the default pipeline, and the
 * entity mentions (exact span and type, PER/LOC/ORG) are scored against the gold, once as the
 * sentence-level recogniser left them and once after the entity stage (propagation, cleaning,
 * clustering), so the table shows what the document-level work adds.
 *   npm run --silent eval -- entities --data /work/shared/data/en-ner/wikigold/wikigold.conll.txt --lang en
 *   npm run --silent eval -- entities --data /work/shared/data/de-ner/smartdata/v3_20200302/dev.jsonl.gz --lang de
 * `--limit N` scores the first N documents. SmartData: news documents only (no tweets, no traffic RSS).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { EvalArgs } from './args.js';
import type { Mention } from '../../src/document.js';
import { recognizeMentions } from '../../src/ner/recognize.js';
import { createPipeline } from '../../src/pipeline.js';
import { defaultStages } from '../../src/stages/index.js';

interface GoldDoc {
  text: string;
  mentions: Mention[];
}

const SCORED = new Set(['PER', 'LOC', 'ORG']);

/** CoNLL `token tag` with `-DOCSTART-` lines: each document one paragraph of space-joined tokens. */
function readConllDocs(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc | undefined;
  let previousType = 'O';
  for (const line of readFileSync(path, 'utf8').replace(/\r/g, '').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      docs.push((doc = { text: '', mentions: [] }));
      previousType = 'O';
      continue;
    }
    if (!doc || line.trim() === '') {
      previousType = 'O';
      continue;
    }
    const [word, tag = 'O'] = line.split(/[\t ]/);
    if (doc.text) doc.text += ' ';
    const start = doc.text.length;
    doc.text += word;
    const [prefix, type = 'O'] = tag === 'O' ? ['O'] : (tag.split('-') as [string, string]);
    const last = doc.mentions.at(-1);
    if (type !== 'O' && prefix !== 'B' && type === previousType && last) last.end = doc.text.length;
    else if (type !== 'O') doc.mentions.push({ start, end: doc.text.length, type: type as Mention['type'] });
    previousType = type;
  }
  return docs;
}

const SMARTDATA_TYPES: Record<string, Mention['type']> = {
  PERSON: 'PER', ORGANIZATION: 'ORG', ORGANIZATION_COMPANY: 'ORG', LOCATION: 'LOC', LOCATION_CITY: 'LOC', LOCATION_STREET: 'LOC',
};

function readSmartData(path: string): GoldDoc[] {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n');
  return lines
    .map((line) => JSON.parse(line) as { text: string; docType?: string; conceptMentions: { span: { start: number; end: number }; type: string }[] })
    .filter((doc) => doc.docType === 'NEWS_HTML')
    .map((doc) => ({
      text: doc.text,
      mentions: doc.conceptMentions.flatMap((m) => {
        const type = SMARTDATA_TYPES[m.type.toUpperCase().replace(/-/g, '_')];
        return type ? [{ start: m.span.start, end: m.span.end, type }] : [];
      }),
    }));
}

interface Tally {
  correct: number;
  found: number;
  gold: number;
}

function tally(into: Tally, found: readonly Mention[], gold: readonly Mention[]): void {
  const key = (m: Mention) => `${m.start}:${m.end}:${m.type}`;
  const goldKeys = new Set(gold.filter((m) => SCORED.has(m.type)).map(key));
  const foundKeys = new Set(found.filter((m) => SCORED.has(m.type)).map(key));
  into.gold += goldKeys.size;
  into.found += foundKeys.size;
  for (const k of foundKeys) if (goldKeys.has(k)) into.correct++;
}

function figures({ correct, found, gold }: Tally) {
  const precision = found ? correct / found : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: +precision.toFixed(3), recall: +recall.toFixed(3), f1: +f1.toFixed(3) };
}

export function run(args: EvalArgs) {
  const lang = args.lang ?? 'en';
  const limit = Number(args.extra.limit ?? Infinity);
  const docs = (args.data.endsWith('.jsonl.gz') ? readSmartData(args.data) : readConllDocs(args.data)).slice(0, limit);
  const pipeline = createPipeline(defaultStages);
  const recogniser: Tally = { correct: 0, found: 0, gold: 0 };
  const documentLevel: Tally = { correct: 0, found: 0, gold: 0 };
  let entities = 0;
  for (const gold of docs) {
    const doc = pipeline.process(gold.text, { language: lang, stages: ['normalize', 'structure', 'language', 'sentences', 'entities'] });
    tally(recogniser, recognizeMentions(doc), gold.mentions);
    tally(documentLevel, doc.mentions, gold.mentions);
    entities += doc.entities.length;
  }
  const rows = [
    ['recogniser (sentences)', figures(recogniser)],
    ['entity stage (document)', figures(documentLevel)],
  ] as const;
  process.stdout.write(`documents ${docs.length}, gold mentions ${documentLevel.gold}, entities per document ${(entities / Math.max(1, docs.length)).toFixed(1)}\n`);
  process.stdout.write('                          P      R      F1\n');
  for (const [name, f] of rows) process.stdout.write(`${name.padEnd(24)}  ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}\n`);
  return { documents: docs.length, recogniser: figures(recogniser), documentLevel: figures(documentLevel) };
}
