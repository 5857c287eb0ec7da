/**
 * Issue 8: hostile input never crashes, never hangs and never loses a record. Every input of
 * helpers/hostile-inputs.ts is analysed in a worker with a deadline (so a hang fails the test
 * instead of freezing the runner), checked against the whole output contract, and timed
 * against a tenth of its size to show that time grows linearly.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../src/index.js';
import { segmentBlocks } from '../src/stages/structure.js';
import { analysisProblems, assertValidAnalysis } from './helpers/validate-analysis.js';
import { hostileInputs } from './helpers/hostile-inputs.js';
import { growthRatio, linearBound } from './helpers/growth.js';
import { AnalysisWatchdog } from './helpers/watchdog.js';

/** Far above what a linear analysis of these inputs (at most 1 MB) needs, even on a busy machine; only a hang reaches it. */
const DEADLINE_MS = 45_000;
const GROWTH_FACTOR = 10;

const watchdog = new AnalysisWatchdog();
afterAll(() => watchdog.close());

describe('the contract checker', () => {
  const text = 'Titel\n\nAnna sagte: „Ja.“ Dann ging sie.';
  const valid = analyze(text);
  // biome-ignore lint/suspicious/noExplicitAny: the tests break an analysis at any depth, which no narrower type allows
  type Mutable = Record<string, any>;
  const broken = (change: (copy: Mutable) => void) => {
    const copy = structuredClone(valid) as Mutable;
    change(copy);
    return analysisProblems(text, copy);
  };

  it('accepts a valid analysis', () => {
    expect(analysisProblems(text, valid)).toEqual([]);
  });

  it('rejects wrong spans, overlaps, dropped text, bad numbers and bad references', () => {
    expect(broken((a) => (a.sentences[0].start += 1))).toEqual([expect.stringMatching(/sentences\[0\]: input.slice/)]);
    expect(broken((a) => (a.blocks = a.blocks.slice(1)))).toContainEqual(expect.stringMatching(/blocks drop the content at 0/));
    expect(broken((a) => a.sentences.push(a.sentences[0]))).not.toEqual([]);
    expect(broken((a) => (a.language.confidence = Number.NaN))).not.toEqual([]);
    expect(broken((a) => (a.title = { text: 'x', start: 0, end: 99 }))).not.toEqual([]);
    expect(broken((a) => a.quotes.push({ id: 'qx', text: 'J', start: 14, end: 15, kind: 'direct', speaker: { name: 'Anna', entity: 'nope', mention: null }, cue: null }))).not.toEqual([]);
    expect(broken((a) => (a.summary.sentences = [{ text: 'T', start: 0, end: 1 }]))).not.toEqual([]);
    expect(broken((a) => (a.keyphrases = undefined))).not.toEqual([]);
  });
});

describe('analyze() rejects what is not a string or not an option, with a TypeError naming the problem', () => {
  const notText: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['text']],
    ['a plain object', { text: 'x' }],
    ['a String object', new String('text')],
    ['a Buffer', Buffer.from('text')],
    ['a symbol', Symbol('text')],
  ];
  it.each(notText)('text is %s', (_, value) => {
    expect(() => analyze(value as string)).toThrow(TypeError);
    expect(() => analyze(value as string)).toThrow(/string/);
  });

  const badOptions: [string, unknown, RegExp][] = [
    ['a string', 'de', /options/],
    ['an array', ['de'], /options/],
    ['a number', 3, /options/],
    ['an unknown key', { lang: 'de' }, /unknown option/],
    ['languages not an array', { languages: 'de' }, /languages/],
    ['a language code that is not one', { language: 'Deutsch' }, /language/],
    ['a language code of another type', { language: 7 }, /language/],
    ['summary sentences negative', { summary: { sentences: -1 } }, /summary/],
    ['summary sentences NaN', { summary: { sentences: Number.NaN } }, /summary/],
    ['summary words Infinity', { summary: { words: Number.POSITIVE_INFINITY } }, /summary/],
    ['summary with two lengths', { summary: { sentences: 1, words: 5 } }, /summary/],
    ['summary an empty object', { summary: {} }, /summary/],
    ['an unknown stage', { stages: ['sentence'] }, /stage/],
    ['stages not an array', { stages: 'summary' }, /stages/],
  ];
  it.each(badOptions)('options are %s', (_, options, message) => {
    expect(() => analyze('Ein Satz.', options as AnalyzeOptions)).toThrow(TypeError);
    expect(() => analyze('Ein Satz.', options as AnalyzeOptions)).toThrow(message);
  });

  it('takes undefined and null as "no options"', () => {
    assertValidAnalysis('Ein Satz.', analyze('Ein Satz.', undefined));
    assertValidAnalysis('Ein Satz.', analyze('Ein Satz.', null as unknown as AnalyzeOptions));
  });

  it('gives a valid analysis for valid but extreme options on hostile text', () => {
    const text = hostileInputs.find((input) => input.name === 'a repeated name with quotes')!.make(0.05);
    const extremes: AnalyzeOptions[] = [
      { summary: { sentences: 1_000_000 } },
      { summary: { words: 1 } },
      { summary: { ratio: 1 } },
      { summary: { ratio: Number.MIN_VALUE } },
      { language: 'xx' },
      { languages: ['ru'] },
      { stages: ['normalize', 'structure', 'quotes', 'summary'] },
    ];
    for (const options of extremes) assertValidAnalysis(text, analyze(text, options));
  });
});

describe(`analyze() returns a valid analysis for hostile text, in linear time (${GROWTH_FACTOR}× the text, at most ${linearBound(GROWTH_FACTOR)}× the time)`, () => {
  it.each(hostileInputs.map((input) => [input.name, input] as const))('%s', async (_, input) => {
    const text = input.make(1);
    const { analysis, cpuMs } = await watchdog.analyze(text, DEADLINE_MS);
    assertValidAnalysis(text, analysis);
    const small = input.make(1 / GROWTH_FACTOR);
    if (small.length * 2 > text.length) return; // a fixed-size input: nothing grows
    const smallMs = await watchdog.cpuTime(small, 3, DEADLINE_MS);
    let largeMs = cpuMs;
    // One slow run of the large text may be a GC pause or a busy machine: time it again before failing.
    if (growthRatio(smallMs, largeMs) > linearBound(GROWTH_FACTOR)) largeMs = Math.min(largeMs, await watchdog.cpuTime(text, 1, DEADLINE_MS));
    expect(growthRatio(smallMs, largeMs), `${smallMs.toFixed(1)} ms, then ${largeMs.toFixed(1)} ms of CPU`).toBeLessThanOrEqual(linearBound(GROWTH_FACTOR));
  });
});

describe('regressions', () => {
  // Lines were once spread into Array.prototype.push, which overflows the stack past ~125,000
  // arguments. The whole pipeline on that many lines is too slow for this suite, so this checks the
  // segmentation alone.
  it('cuts 150,000 one-word lines into 150,000 blocks', () => {
    expect(segmentBlocks('A\n'.repeat(150_000))).toHaveLength(150_000);
  });
});

describe('lektor analyze --jsonl on hostile lines', () => {
  it('writes one line per input line, in order: a valid analysis for each text, an error record for each bad line', () => {
    const texts = [...hostileInputs.map((input) => input.make(0.002)), 'Zeilen\u2028trenner\u2029und\u0085NEL im Text.'];
    const bad = ['not json', '{"id": "b2", "text": 42}', '{"id": "b3"}', '[1, 2]', '', '{"id": "b6", "text": "unterminated'];
    const lines = [...texts.map((text, i) => JSON.stringify({ id: `t${i}`, text })), ...bad];
    const cli = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)), 'analyze', '--jsonl'], {
      input: `${lines.join('\n')}\n`,
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(cli.status, cli.stderr).toBe(0);
    const output = cli.stdout.split('\n');
    expect(output.pop()).toBe('');
    expect(output).toHaveLength(lines.length);
    const records = output.map((line) => JSON.parse(line) as { id: unknown; error?: unknown });
    texts.forEach((text, i) => {
      const { id, ...analysis } = records[i]!;
      expect(id).toBe(`t${i}`);
      assertValidAnalysis(text, analysis);
    });
    for (const record of records.slice(texts.length)) expect(record.error).toEqual(expect.any(String));
  });
});
