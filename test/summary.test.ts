import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/index.js';
import { createPipeline } from '../src/pipeline.js';
import { defaultStages } from '../src/stages/index.js';
import { summarize } from '../src/summary/summarize.js';
import { summaryUnits } from '../src/summary/units.js';
import { leansOnPrevious } from '../src/summary/cohesion.js';
import { splitCompound } from '../src/keyphrases/compounds.js';
import { termsFor } from '../src/text/terms.js';
import { rouge, rougeTokens } from '../scripts/eval/rouge.js';

const GERMAN = [
  'Hafen in Not: Die Werft sucht Käufer',
  'Die Werft in Kiel steht vor dem Verkauf, nachdem der Eigentümer seine Pläne für den Hafen aufgegeben hat.',
  'Mehr als tausend Beschäftigte bangen um ihre Arbeitsplätze. Die Gewerkschaft fordert Garantien für alle Beschäftigten der Werft.',
  'Er sagte, die Lage sei ernst. Doch die Stadt hofft auf einen schnellen Verkauf der Werft an einen Investor aus Norwegen.',
  'Siehe auch: Weitere Nachrichten aus dem Norden',
  'Der Bürgermeister will mit möglichen Käufern sprechen. Der Verkauf der Werft soll bis zum Sommer abgeschlossen sein.',
  'Die Werft baut seit hundert Jahren Schiffe für Reedereien in ganz Europa. Zuletzt fehlten jedoch Aufträge.',
].join('\n\n');

const spansHold = (text: string, spans: { text: string; start: number; end: number }[]) => spans.every((s) => text.slice(s.start, s.end) === s.text);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('summary', () => {
  it('takes body sentences only, in article order, with exact spans', () => {
    const analysis = analyze(GERMAN);
    const { sentences } = analysis.summary;
    expect(sentences.length).toBe(3);
    expect(spansHold(GERMAN, sentences)).toBe(true);
    expect(sentences.every((s, i) => i === 0 || s.start > sentences[i - 1]!.start)).toBe(true);
    const paragraphs = analysis.blocks.filter((b) => b.kind === 'paragraph');
    expect(sentences.every((s) => paragraphs.some((b) => b.start <= s.start && s.end <= b.end))).toBe(true);
    expect(analysis.summary.text).not.toContain('Siehe auch');
    expect(analysis.summary.text).not.toContain('Hafen in Not');
  });

  it('follows the length options', () => {
    expect(analyze(GERMAN, { summary: { sentences: 1 } }).summary.sentences).toHaveLength(1);
    expect(analyze(GERMAN, { summary: { sentences: 50 } }).summary.sentences.length).toBeGreaterThan(5);
    const short = analyze(GERMAN, { summary: { words: 20 } }).summary;
    expect(short.sentences.length).toBeGreaterThanOrEqual(1);
    expect(words(short.text)).toBeLessThanOrEqual(40);
    const all = analyze(GERMAN, { summary: { ratio: 1 } }).summary;
    const half = analyze(GERMAN, { summary: { ratio: 0.3 } }).summary;
    expect(words(half.text)).toBeLessThan(words(all.text));
  });

  it('does not pick the same sentence twice in other words', () => {
    const repeated = 'The council approved the new budget for the city schools on Monday.';
    const text = `${repeated} ${repeated} The mayor criticised the decision and called for a new vote next month. Teachers welcomed more money for books.`;
    const chosen = analyze(text, { language: 'en', summary: { sentences: 2 } }).summary.sentences.map((s) => s.text);
    expect(chosen.filter((s) => s === repeated)).toHaveLength(1);
  });

  it('knows openers that lean on the sentence before', () => {
    const doc = createPipeline(defaultStages).process(GERMAN);
    const units = summaryUnits(doc);
    const er = units.find((u) => doc.slice(u.sentence).startsWith('Er sagte'))!;
    const first = units[0]!;
    expect(leansOnPrevious(er, 'de')).toBe(true);
    expect(leansOnPrevious(first, 'de')).toBe(false);
  });

  it('returns nothing for texts without body sentences, and never throws', () => {
    expect(analyze('').summary).toEqual({ text: '', sentences: [] });
    expect(analyze('   \n\n  ').summary.sentences).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { summary } = analyze(text);
        return spansHold(text, summary.sentences);
      }),
      { numRuns: 200 },
    );
  });

  it('copes with one overlong word (stemming is not linear in the word length)', () => {
    const word = '\ud800\udc00'.repeat(50_000);
    const analysis = analyze(`${word}. Ein Satz.`, { language: 'de' });
    expect(analysis.summary.sentences.length).toBeGreaterThan(0);
    expect(analysis.keyphrases.every((k) => k.text.length <= 64)).toBe(true);
  });

  it('stays within a bound on long inputs', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Report ${i} says the harbour ${i % 7 === 0 ? 'closed' : 'opened'} again.`).join(' ');
    const doc = createPipeline(defaultStages).process(text, { language: 'en', summary: { ratio: 0.5 } });
    const chosen = summarize(doc);
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((s, i) => i === 0 || s.start > chosen[i - 1]!.start)).toBe(true);
  });
});

describe('terms', () => {
  it('stems and drops stop words per language', () => {
    const de = termsFor('de');
    expect(de.contentTerm('Munitionsvorräte')).toBe('munitionsvorrat');
    expect(de.contentTerm('aber')).toBeNull();
    expect(termsFor('en').contentTerm('talks')).toBe('talk');
    expect(termsFor('en').isStopWord('can’t')).toBe(true);
    expect(termsFor('xx').contentTerm('Wort')).toBe('wort');
  });

  it('splits German compounds against the article’s words', () => {
    const known = (part: string) => ['munition', 'deal', 'waffen', 'land'].includes(part);
    expect(splitCompound('munitionsquelle', known)).toEqual({ modifier: 'munition', head: 'quelle' });
    expect(splitCompound('waffendeal', known)).toEqual({ modifier: 'waffen', head: 'deal' });
    expect(splitCompound('russland', known)).toBeNull();
  });
});

describe('rouge', () => {
  const en = { lang: 'en', stem: false };
  it('scores identical texts 1 and disjoint texts 0', () => {
    const tokens = rougeTokens('The cat sat on the mat.', en);
    expect(rouge(tokens, tokens)).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(rouge(rougeTokens('a b', en), rougeTokens('c d', en)).rouge1).toBe(0);
  });

  it('tokenises PTB-style and plain text alike and keeps umlauts', () => {
    expect(rougeTokens("Locke 's club paid £ 2,100 .", en)).toEqual(rougeTokens('Locke’s club paid £2,100.', en));
    expect(rougeTokens('Größere Übel', { lang: 'de', stem: false })).toEqual(['größere', 'übel']);
  });

  it('computes ROUGE-2 and ROUGE-L from their definitions', () => {
    const scores = rouge(rougeTokens('a b c d', en), rougeTokens('a b d c', en));
    expect(scores.rouge2).toBeCloseTo(1 / 3);
    expect(scores.rougeL).toBeCloseTo(3 / 4);
  });
});
