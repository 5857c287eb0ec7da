/**
 * GUM entity mentions (`token<TAB>type`, no B/I). GUM labels every mention, nominals included
 * ("fishermen" is a person), so only mentions written as a name are kept: every word capitalised
 * except connectors inside, a leading "the" and leading titles ("US President") dropped, and no
 * lone sentence-initial word that the corpus also writes in lower case ("Police", "We").
 */
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, type TokenSpan } from '../../src/ner/labels.js';
import type { TaggedSentence } from './datasets.js';
import { isPersonCue } from '../../src/ner/lexicon.js';
import { nerLexicon } from '../../src/lang/en/ner-lexicon.js';

const GUM_TYPES: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'for']);
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

function nameSpan(words: readonly string[], start: number, end: number, lowerCaseWords: ReadonlySet<string>): [number, number] | undefined {
  if (/^the$/i.test(words[start]!)) start++;
  for (let i = end - 1; i >= start; i--) {
    if (isPersonCue(nerLexicon, words[i]!.toLowerCase())) {
      start = i + 1;
      break;
    }
  }
  if (end - start === 1 && (nerLexicon.functionWords.has(words[start]!.toLowerCase()) || (start === 0 && lowerCaseWords.has(words[0]!.toLowerCase())))) return undefined;
  if (start >= end || !capitalised(words[start]!) || !capitalised(words[end - 1]!)) return undefined;
  for (let i = start; i < end; i++) if (!capitalised(words[i]!) && !CONNECTORS.has(words[i]!)) return undefined;
  return [start, end];
}

export function readGum(paths: readonly string[]): TaggedSentence[] {
  const blocks = paths.flatMap((path) => readFileSync(path, 'utf8').split(/\n\s*\n/));
  const lowerCaseWords = new Set(blocks.flatMap((block) => block.split('\n').map((line) => line.split('\t')[0]!).filter((word) => /^\p{Ll}/u.test(word))));
  const sentences: TaggedSentence[] = [];
  for (const block of blocks) {
    const rows = block.split('\n').filter((line) => line.trim() !== '').map((line) => line.split('\t'));
    if (!rows.length) continue;
    const words = rows.map((row) => row[0]!);
    const spans: TokenSpan[] = [];
    for (let i = 0; i < rows.length; ) {
      const label = rows[i]![1] ?? 'O';
      let end = i + 1;
      while (end < rows.length && rows[end]![1] === label) end++;
      const type = ENTITY_TYPES.indexOf((GUM_TYPES[label] ?? '') as (typeof ENTITY_TYPES)[number]);
      const span = type >= 0 ? nameSpan(words, i, end, lowerCaseWords) : undefined;
      if (span) spans.push({ start: span[0], end: span[1], type });
      i = end;
    }
    sentences.push({ words, spans });
  }
  return sentences;
}
