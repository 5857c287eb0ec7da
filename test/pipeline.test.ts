import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, defaultStages, type Stage } from '../src/index.js';

describe('analyze()', () => {
  it('returns every field of the contract', () => {
    const result = analyze('Ein Titel\n\nEin kurzer Absatz mit einem Satz.');
    expect(Object.keys(result).sort()).toEqual(
      ['schemaVersion', 'language', 'title', 'byline', 'blocks', 'sentences', 'entities', 'quotes', 'summary', 'keyphrases'].sort(),
    );
    expect(result.schemaVersion).toBe(1);
    expect(result.summary).toHaveProperty('text');
    expect(result.summary).toHaveProperty('sentences');
  });

  it('is deterministic and JSON-serialisable', () => {
    const text = 'Headline here\n\nThe mayor said the bridge will open in May. "It is done," she said.';
    const first = analyze(text);
    expect(analyze(text)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('throws a TypeError naming the problem for a non-string text or bad options', () => {
    expect(() => analyze(undefined as unknown as string)).toThrow(/takes a string/);
    expect(() => analyze(42 as unknown as string)).toThrow(TypeError);
    expect(() => analyze('x', { summary: { sentences: 0 } })).toThrow(/summary.sentences/);
    expect(() => analyze('x', { summary: { ratio: 2 } })).toThrow(/ratio/);
    expect(() => analyze('x', { languages: [] })).toThrow(/languages/);
    expect(() => analyze('x', { languages: ['German'] })).toThrow(/ISO 639/);
    expect(() => analyze('x', { stages: ['nope'] })).toThrow(/unknown stage/);
    expect(() => analyze('x', { colour: 'red' } as never)).toThrow(/unknown option/);
  });
});

describe('pipelines', () => {
  it('runs a subset of the default stages by name, leaving the other fields empty', () => {
    const result = analyze('Ein Titel\n\nEin Absatz. Noch ein Satz.', { stages: ['normalize', 'structure'] });
    expect(result.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
    expect(result.sentences).toEqual([]);
    expect(result.language.code).toBe('und');
  });

  it('takes a custom stage after the default ones', () => {
    const shout: Stage = {
      name: 'shout',
      run(doc) {
        doc.keyphrases = doc.tokens
          .filter((t) => t.kind === 'word' && doc.text.slice(t.start, t.end) === doc.text.slice(t.start, t.end).toUpperCase())
          .map((t) => ({ start: t.start, end: t.end, phrase: doc.text.slice(t.start, t.end), score: 1, mentions: [t] }));
      },
    };
    const pipeline = createPipeline([...defaultStages, shout]);
    expect(pipeline.stages.at(-1)).toBe(shout);
    const result = pipeline.analyze('The NASA team met the ESA team today.');
    expect(result.keyphrases.map((k) => k.phrase)).toEqual(['NASA', 'ESA']);
  });
});
