/**
 * End to end on the bundled articles: each corpus/<lang>/<name>.txt against lektor's own
 * expectations in <name>.expected.json and, where ../shared is beside the project, the shared
 * scorecard tool.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../src/index.js';

const scorer = '../shared/tools/score-article.mjs';
const articles = readdirSync('corpus').flatMap((lang) =>
  readdirSync(join('corpus', lang))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => join('corpus', lang, file)),
);

interface Scorecard {
  language: number;
  structure: { ok: number; total: number };
  sentences: { ok: number; total: number };
  spans: { ok: number; total: number };
  entities: { mentionRecall: number; entityRecall: number; precision: number; clusters: { ok: number; total: number }; forbidden: number };
  quotes: { found: number; total: number; speaker: number; kind: number; extra: number };
  summary?: { ok: number; total: number };
}

function scorecard(path: string, expectedPath: string, result: Analysis): Scorecard {
  const dir = mkdtempSync(join(tmpdir(), 'lektor-corpus-'));
  writeFileSync(join(dir, 'analysis.json'), JSON.stringify(result));
  const out = execFileSync('node', [scorer, path, join(dir, 'analysis.json'), expectedPath, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Scorecard;
}

describe.each(articles)('%s', (path) => {
  const text = readFileSync(path, 'utf8');
  const expectedPath = path.replace(/\.txt$/, '.expected.json');
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  const result = analyze(text);
  const blockAt = (s: string) => result.blocks.find((b) => b.start <= text.indexOf(s) && text.indexOf(s) < b.end);

  it('gets the language', () => {
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

  it('cuts the listed sentences exactly', () => {
    const sentences = result.sentences.map((s) => s.text);
    for (const sentence of (expected.sentences_exact ?? []) as string[]) expect(sentences).toContain(sentence);
  });

  it.skipIf(!existsSync(scorer))('passes the shared scorecard', () => {
    const card = scorecard(path, expectedPath, result);
    expect(card.language).toBe(1);
    expect(card.spans.ok).toBe(card.spans.total);
    expect(card.structure.ok).toBe(card.structure.total);
    expect(card.sentences.ok).toBe(card.sentences.total);
    if (card.summary) expect(card.summary.ok).toBe(card.summary.total);
    const floor = expected.scorecard_floor;
    expect(card.entities.mentionRecall).toBeGreaterThanOrEqual(floor.entityRecall);
    expect(card.entities.precision).toBeGreaterThanOrEqual(floor.entityPrecision);
    expect(card.entities.clusters.ok).toBe(card.entities.clusters.total);
    expect(card.quotes.found).toBeGreaterThanOrEqual(floor.quotesFound);
    expect(card.quotes.speaker).toBeGreaterThanOrEqual(floor.quotesSpeaker);
    expect(card.quotes.kind).toBeGreaterThanOrEqual(floor.quotesKind);
    expect(card.quotes.extra).toBeLessThanOrEqual(floor.quotesExtra);
  });
});
