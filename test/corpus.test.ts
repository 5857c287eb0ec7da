/**
 * End to end on the bundled article: lektor's own expectations (corpus/de/*.expected.json) and,
 * where ../shared is beside the project, the shared scorecard.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const text = readFileSync('corpus/de/putin-kim.txt', 'utf8');
const expected = JSON.parse(readFileSync('corpus/de/putin-kim.expected.json', 'utf8'));
const result = analyze(text);
const blockAt = (s: string) => result.blocks.find((b) => b.start <= text.indexOf(s) && text.indexOf(s) < b.end);
const scorer = '../shared/tools/score-article.mjs';

interface Scorecard {
  language: number;
  structure: { ok: number; total: number };
  sentences: { ok: number; total: number };
  spans: { ok: number; total: number };
  entities: { mentionRecall: number; entityRecall: number; precision: number; clusters: { ok: number; total: number }; forbidden: number };
  quotes: { found: number; total: number; speaker: number; kind: number; extra: number };
  summary: { ok: number; total: number };
}

function scorecard(): Scorecard {
  const dir = mkdtempSync(join(tmpdir(), 'lektor-corpus-'));
  writeFileSync(join(dir, 'analysis.json'), JSON.stringify(result));
  const out = execFileSync('node', [scorer, 'corpus/de/putin-kim.txt', join(dir, 'analysis.json'), 'corpus/de/putin-kim.expected.json', '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Scorecard;
}

describe('corpus/de/putin-kim.txt', () => {
  it('is German', () => {
    expect(result.language.code).toBe(expected.language);
  });

  it('finds title, byline, headings and boilerplate', () => {
    expect(result.title?.text).toBe(expected.structure.title);
    expect(result.byline?.text).toBe(expected.structure.byline);
    for (const heading of expected.structure.headings) expect(blockAt(heading)?.kind, heading).toBe('heading');
    for (const clutter of expected.structure.boilerplate) expect(['boilerplate', 'byline'], clutter).toContain(blockAt(clutter)?.kind);
    const paragraphs = result.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs[0]?.text.startsWith(expected.structure.body_starts_with)).toBe(true);
    expect(paragraphs.at(-1)?.text.endsWith(expected.structure.body_ends_with)).toBe(true);
  });

  it('does not split inside the hard cases', () => {
    for (const phrase of expected.sentences_must_not_split_inside as string[]) {
      const start = text.indexOf(phrase);
      const end = start + phrase.length;
      expect(result.sentences.some((s) => (s.start > start && s.start < end) || (s.end > start && s.end < end)), phrase).toBe(false);
    }
  });

  it.skipIf(!existsSync(scorer))('passes the shared scorecard', () => {
    const card = scorecard();
    expect(card.language).toBe(1);
    expect(card.spans.ok).toBe(card.spans.total);
    expect(card.structure.ok).toBe(card.structure.total);
    expect(card.sentences.ok).toBe(card.sentences.total);
    expect(card.summary.ok).toBeGreaterThanOrEqual(card.summary.total - 1);
  });
});
