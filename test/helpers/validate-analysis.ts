/**
 * The output contract of SPEC.md as one executable check. `analysisProblems` lists every
 * violation (so a failing test shows all of them at once); `assertValidAnalysis` throws on any.
 * It is plain TypeScript without test-runner calls, so fast-check properties and
 * scripts/scale.ts can use it too.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Analysis } from '../../src/types.js';

const BLOCK_KINDS = new Set(['title', 'heading', 'paragraph', 'byline', 'boilerplate']);
const ENTITY_TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);
const QUOTE_KINDS = new Set(['direct', 'partial', 'scare', 'indirect']);
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
/** Characters that carry no content, so a block may leave them out: spaces, controls, BOM, ZWSP. */
const IGNORABLE = /[\s\p{Cc}\u200b\ufeff]/u;

type Problems = string[];
type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isUnit = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

/** Checks one `{ text, start, end }` against the input; true when it is a valid span. */
function checkSpan(input: string, value: unknown, path: string, problems: Problems): value is { text: string; start: number; end: number } {
  if (!isObject(value)) return fail(problems, `${path} is not a span object`);
  const { text, start, end } = value;
  if (typeof text !== 'string') return fail(problems, `${path}.text is not a string`);
  if (!isIndex(start) || !isIndex(end)) return fail(problems, `${path} has non-integer offsets ${String(start)}..${String(end)}`);
  if (start > end || end > input.length) return fail(problems, `${path} offsets ${start}..${end} are outside 0..${input.length}`);
  if (input.slice(start, end) !== text) return fail(problems, `${path}: input.slice(${start}, ${end}) is ${JSON.stringify(input.slice(start, end).slice(0, 60))}, text is ${JSON.stringify(text.slice(0, 60))}`);
  return true;
}

function fail(problems: Problems, message: string): false {
  problems.push(message);
  return false;
}

function checkSpanList(input: string, value: unknown, path: string, problems: Problems, options: { ordered: boolean; nonEmpty: boolean }) {
  if (!Array.isArray(value)) return fail(problems, `${path} is not an array`);
  let previousEnd = 0;
  value.forEach((item, i) => {
    if (!checkSpan(input, item, `${path}[${i}]`, problems)) return;
    if (options.nonEmpty && item.start === item.end) fail(problems, `${path}[${i}] is empty at ${item.start}`);
    if (options.ordered && item.start < previousEnd) fail(problems, `${path}[${i}] starts at ${item.start}, before the previous one ends at ${previousEnd}`);
    previousEnd = Math.max(previousEnd, item.end);
  });
  return true;
}

function checkLanguage(input: string, language: unknown, problems: Problems) {
  if (!isObject(language)) return fail(problems, 'language is not an object');
  if (typeof language.code !== 'string' || !LANGUAGE_CODE.test(language.code)) fail(problems, `language.code ${JSON.stringify(language.code)} is not an ISO 639 code or 'und'`);
  if (!isUnit(language.confidence)) fail(problems, `language.confidence ${String(language.confidence)} is not in 0..1`);
  if (language.candidates !== undefined) {
    if (!Array.isArray(language.candidates)) fail(problems, 'language.candidates is not an array');
    else language.candidates.forEach((c: unknown, i) => {
      if (!isObject(c) || typeof c.code !== 'string' || typeof c.score !== 'number' || !Number.isFinite(c.score)) fail(problems, `language.candidates[${i}] is not { code, score }`);
    });
  }
  if (language.spans !== undefined) {
    checkSpanList(input, language.spans, 'language.spans', problems, { ordered: true, nonEmpty: true });
    if (Array.isArray(language.spans)) language.spans.forEach((s: unknown, i) => {
      if (isObject(s) && (typeof s.code !== 'string' || !LANGUAGE_CODE.test(s.code))) fail(problems, `language.spans[${i}].code is not a language code`);
    });
  }
  return true;
}

/** Blocks: ordered, disjoint, of a known kind, and together they cover every character with content. */
function checkBlocks(input: string, blocks: unknown, problems: Problems) {
  if (!checkSpanList(input, blocks, 'blocks', problems, { ordered: true, nonEmpty: true })) return;
  const list = blocks as Fields[];
  list.forEach((block, i) => {
    if (!BLOCK_KINDS.has(block.kind as string)) fail(problems, `blocks[${i}].kind ${JSON.stringify(block.kind)} is unknown`);
    if (block.language !== undefined && typeof block.language !== 'string') fail(problems, `blocks[${i}].language is not a string`);
  });
  let position = 0;
  for (const block of list) {
    const dropped = firstContent(input, position, block.start as number);
    if (dropped >= 0) return fail(problems, `blocks drop the content at ${dropped}: ${JSON.stringify(input.slice(dropped, dropped + 40))}`);
    position = Math.max(position, block.end as number);
  }
  const dropped = firstContent(input, position, input.length);
  if (dropped >= 0) fail(problems, `blocks drop the content at ${dropped}: ${JSON.stringify(input.slice(dropped, dropped + 40))}`);
}

function firstContent(input: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!IGNORABLE.test(input[i]!)) return i;
  return -1;
}

/** Sentences: ordered, non-empty, each inside one block that is not boilerplate. */
function checkSentences(input: string, analysis: Fields, problems: Problems) {
  if (!checkSpanList(input, analysis.sentences, 'sentences', problems, { ordered: true, nonEmpty: true })) return;
  if (!Array.isArray(analysis.blocks)) return;
  const blocks = analysis.blocks as { start: number; end: number; kind: string }[];
  let b = 0;
  (analysis.sentences as { start: number; end: number }[]).forEach((sentence, i) => {
    while (b < blocks.length && blocks[b]!.end <= sentence.start) b++;
    const block = blocks[b];
    if (!block || sentence.start < block.start || sentence.end > block.end) fail(problems, `sentences[${i}] ${sentence.start}..${sentence.end} is not inside one block`);
    else if (block.kind === 'boilerplate') fail(problems, `sentences[${i}] lies in a boilerplate block`);
  });
}

function checkEntities(input: string, entities: unknown, problems: Problems): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(entities)) {
    fail(problems, 'entities is not an array');
    return ids;
  }
  entities.forEach((entity: unknown, i) => {
    const path = `entities[${i}]`;
    if (!isObject(entity)) {
      fail(problems, `${path} is not an object`);
      return;
    }
    if (typeof entity.id !== 'string' || entity.id === '') fail(problems, `${path}.id is not a non-empty string`);
    else if (ids.has(entity.id)) fail(problems, `${path}.id ${entity.id} is not unique`);
    else ids.add(entity.id);
    if (typeof entity.name !== 'string' || entity.name.trim() === '') fail(problems, `${path}.name is not a non-empty string`);
    if (!ENTITY_TYPES.has(entity.type as string)) fail(problems, `${path}.type ${JSON.stringify(entity.type)} is unknown`);
    if (!isUnit(entity.salience)) fail(problems, `${path}.salience ${String(entity.salience)} is not in 0..1`);
    checkSpanList(input, entity.mentions, `${path}.mentions`, problems, { ordered: false, nonEmpty: true });
    if (Array.isArray(entity.mentions) && entity.mentions.length === 0) fail(problems, `${path} has no mentions`);
  });
  return ids;
}

function checkQuotes(input: string, quotes: unknown, entityIds: Set<string>, problems: Problems) {
  if (!Array.isArray(quotes)) return fail(problems, 'quotes is not an array');
  const ids = new Set<string>();
  quotes.forEach((quote: unknown, i) => {
    const path = `quotes[${i}]`;
    if (!checkSpan(input, quote, path, problems)) return;
    const q = quote as unknown as Fields;
    if (typeof q.id !== 'string' || ids.has(q.id)) fail(problems, `${path}.id is missing or not unique`);
    else ids.add(q.id);
    if (!QUOTE_KINDS.has(q.kind as string)) fail(problems, `${path}.kind ${JSON.stringify(q.kind)} is unknown`);
    if (q.cue !== null) checkSpan(input, q.cue, `${path}.cue`, problems);
    if (q.speaker === null) return;
    if (!isObject(q.speaker)) {
      fail(problems, `${path}.speaker is neither null nor an object`);
      return;
    }
    const { name, entity, mention } = q.speaker;
    if (typeof name !== 'string' || name.trim() === '') fail(problems, `${path}.speaker.name is not a non-empty string`);
    if (entity !== null && !(typeof entity === 'string' && entityIds.has(entity))) fail(problems, `${path}.speaker.entity ${JSON.stringify(entity)} names no entity`);
    if (mention !== null) checkSpan(input, mention, `${path}.speaker.mention`, problems);
  });
  return true;
}

/** The summary is extractive: a subsequence of the sentences, in article order. */
function checkSummary(input: string, analysis: Fields, problems: Problems) {
  const summary = analysis.summary;
  if (!isObject(summary)) return fail(problems, 'summary is not an object');
  if (typeof summary.text !== 'string') fail(problems, 'summary.text is not a string');
  if (!checkSpanList(input, summary.sentences, 'summary.sentences', problems, { ordered: true, nonEmpty: true })) return;
  const sentences = summary.sentences as { start: number; end: number }[];
  if (sentences.length === 0 && summary.text !== '') fail(problems, 'summary.text is not empty though summary.sentences is');
  if (!Array.isArray(analysis.sentences)) return;
  const known = new Set((analysis.sentences as { start: number; end: number }[]).map((s) => `${s.start}:${s.end}`));
  sentences.forEach((s, i) => {
    if (!known.has(`${s.start}:${s.end}`)) fail(problems, `summary.sentences[${i}] ${s.start}..${s.end} is not one of the sentences`);
  });
}

function checkKeyphrases(input: string, keyphrases: unknown, problems: Problems) {
  if (!Array.isArray(keyphrases)) return fail(problems, 'keyphrases is not an array');
  keyphrases.forEach((k: unknown, i) => {
    const path = `keyphrases[${i}]`;
    if (!checkSpan(input, k, path, problems)) return;
    const record = k as unknown as Fields;
    if (typeof record.phrase !== 'string' || record.phrase.trim() === '') fail(problems, `${path}.phrase is not a non-empty string`);
    if (typeof record.score !== 'number' || !Number.isFinite(record.score)) fail(problems, `${path}.score is not a finite number`);
    checkSpanList(input, record.mentions, `${path}.mentions`, problems, { ordered: false, nonEmpty: true });
  });
  return true;
}

/** Every violation of the output contract by `analysis` for `input`; empty when valid. */
export function analysisProblems(input: string, analysis: Analysis | unknown): string[] {
  const problems: Problems = [];
  if (!isObject(analysis)) return ['the analysis is not an object'];
  if (analysis.schemaVersion !== 1) problems.push(`schemaVersion is ${JSON.stringify(analysis.schemaVersion)}, not 1`);
  checkLanguage(input, analysis.language, problems);
  for (const key of ['title', 'byline'] as const) if (analysis[key] !== null) checkSpan(input, analysis[key], key, problems);
  checkBlocks(input, analysis.blocks, problems);
  checkSentences(input, analysis, problems);
  const entityIds = checkEntities(input, analysis.entities, problems);
  checkQuotes(input, analysis.quotes, entityIds, problems);
  checkSummary(input, analysis, problems);
  checkKeyphrases(input, analysis.keyphrases, problems);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(analysis)), analysis)) problems.push('the analysis does not survive a JSON round trip unchanged');
  return problems;
}

/** Throws an Error listing the first violations of the contract, if there are any. */
export function assertValidAnalysis(input: string, analysis: Analysis | unknown): void {
  const problems = analysisProblems(input, analysis);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 8).map((p) => `  - ${p}`).join('\n');
  const more = problems.length > 8 ? `\n  ... and ${problems.length - 8} more` : '';
  throw new Error(`invalid analysis of ${JSON.stringify(input.slice(0, 60))}${input.length > 60 ? '…' : ''} (${input.length} chars):\n${shown}${more}`);
}
