/**
 * Readers for the annotated corpora in /work/shared/data, all mapped to one shape: sentences of
 * words with entity spans over PER/LOC/ORG/MISC (outer spans only).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ENTITY_TYPES, type TokenSpan } from '../../src/ner/labels.js';

export interface TaggedSentence {
  words: string[];
  spans: TokenSpan[];
}

export const DATA_ROOT = process.env.LEKTOR_DATA ?? '/work/shared/data';

type TypeMapper = (raw: string) => string | undefined;

/** A tag column value as [prefix, entity type index] or undefined for O. */
function parseTag(tag: string, mapType: TypeMapper): [string, number] | undefined {
  const match = /^([BIEScLU])[-_.]?(.+)$/.exec(tag.trim());
  if (!match) return undefined;
  const type = mapType(match[2]!);
  const index = type === undefined ? -1 : ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
  return index < 0 ? undefined : [match[1]!, index];
}

/** Tag columns to spans; `io` means every run of equal types is one span (wikigold, GUM). */
function toSpans(tags: readonly string[], mapType: TypeMapper, io = false): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const parsed = parseTag(tag, mapType);
    if (!parsed) {
      open = undefined;
      return;
    }
    const [prefix, type] = parsed;
    if (open && open.type === type && open.end === i && (io || prefix !== 'B')) open.end = i + 1;
    else spans.push((open = { start: i, end: i + 1, type }));
  });
  return spans;
}

/** Rows of a column file, grouped into blocks at blank lines; comment lines dropped. */
function blocks(path: string, isComment: (line: string) => boolean = () => false): string[][][] {
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  const result: string[][][] = [];
  let current: string[][] = [];
  for (const line of raw.replace(/\r/g, '').split('\n')) {
    if (line.trim() === '') {
      if (current.length) result.push(current);
      current = [];
    } else if (!isComment(line)) current.push(line.split(line.includes('\t') ? '\t' : ' '));
  }
  if (current.length) result.push(current);
  return result;
}

const GERMEVAL_TYPES: Record<string, string> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', OTH: 'MISC' };

/** GermEval 2014: outer column; OTH → MISC; *deriv and *part are not names (→ O). */
export function readGermEval(path: string): TaggedSentence[] {
  return blocks(path, (line) => line.startsWith('#\t')).map((rows) => {
    const words = rows.map((row) => row[1]!);
    return { words, spans: toSpans(rows.map((row) => row[2]!), (type) => GERMEVAL_TYPES[type]) };
  });
}

const plainTypes: TypeMapper = (type) => {
  const upper = type.toUpperCase();
  return upper === 'PER' || upper === 'LOC' || upper === 'ORG' || upper === 'MISC' ? upper : undefined;
};

/** CoNLL `token tag` (BIO, or IO with `io`), `-DOCSTART-` lines and blank-line sentences. */
export function readConll(path: string, io = false): TaggedSentence[] {
  return blocks(path, (line) => line.startsWith('-DOCSTART-')).map((rows) => ({
    words: rows.map((row) => row[0]!),
    spans: toSpans(
      rows.map((row) => row[row.length - 1]!),
      plainTypes,
      io,
    ),
  }));
}

const SENTENCE_END = new Set(['.', '!', '?']);
const MAX_SEGMENT = 80;

/** Cuts a token stream without sentence breaks after . ! ? (or at a length cap), never inside a name. */
function segment(words: string[], tags: string[], mapType: TypeMapper): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end > start) sentences.push({ words: words.slice(start, end), spans: toSpans(tags.slice(start, end), mapType) });
    start = end;
  };
  for (let i = 0; i < words.length; i++) {
    const nextStartsName = parseTag(tags[i + 1] ?? 'O', mapType)?.[0] === 'I';
    if (nextStartsName) continue;
    if (SENTENCE_END.has(words[i]!) || i + 1 - start >= MAX_SEGMENT) cut(i + 1);
  }
  cut(words.length);
  return sentences;
}

/** Europeana Newspapers (historic OCR): `token tag` streams with tag typos; the last field is the tag. */
export function readEuropeana(path: string): TaggedSentence[] {
  const rows = blocks(path, (line) => line.startsWith('# ')).flat();
  const kept = rows.filter((row) => row.length >= 2 && row[0] !== '');
  const typoTolerant: TypeMapper = (type) => (/^PE?R$/i.test(type) ? 'PER' : /^O?LOC/i.test(type) ? 'LOC' : /^ORG$/i.test(type) ? 'ORG' : undefined);
  return segment(
    kept.map((row) => row.slice(0, -1).join(' ')),
    kept.map((row) => row[row.length - 1]!),
    typoTolerant,
  );
}

/** ZEFYS2025 (historic OCR): pages of `token<TAB>tag`, empty-token rows dropped. */
export function readZefys(path: string): TaggedSentence[] {
  return blocks(path).flatMap((page) => {
    const kept = page.filter((row) => row[0] !== '' && row.length >= 2);
    return segment(
      kept.map((row) => row[0]!),
      kept.map((row) => row[1]!),
      plainTypes,
    );
  });
}

/** MobIE (traffic reports and tweets): fine types mapped to PER/LOC/ORG; routes ("A9") are not names here. */
export function readMobie(path: string): TaggedSentence[] {
  const mapType: TypeMapper = (type) =>
    type === 'person' ? 'PER' : type.startsWith('organization') ? 'ORG' : type.startsWith('location') && type !== 'location-route' ? 'LOC' : undefined;
  return blocks(path, (line) => line.startsWith('-DOCSTART-')).map((rows) => ({
    words: rows.map((row) => row[0]!.replace(/^[#@](?=\p{L})/u, '')),
    spans: toSpans(
      rows.map((row) => row[3] ?? 'O'),
      mapType,
    ),
  }));
}
