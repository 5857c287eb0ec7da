/**
 * schema.json, the published JSON Schema of the Analysis: every analysis lektor returns must
 * satisfy it, it must be what scripts/gen-schema.ts makes of today's types, and it must be tight
 * enough to reject an analysis that breaks the contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../src/index.js';
import { generateSchemaText, SCHEMA_FILE } from '../scripts/gen-schema.js';
import { hostileInputs } from './helpers/hostile-inputs.js';

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const CORPUS = new URL('../corpus/', import.meta.url);
const corpusArticles = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(new URL(`${dir.name}/`, CORPUS)).filter((file) => file.endsWith('.txt')).map((file) => `${dir.name}/${file}`));

let validate: ValidateFunction;
beforeAll(() => {
  validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(committed));
});

/** The analysis as a consumer receives it: through JSON. */
const asJson = (analysis: Analysis) => JSON.parse(JSON.stringify(analysis)) as Analysis;

function expectValid(analysis: unknown) {
  const valid = validate(analysis);
  expect(valid ? [] : validate.errors).toEqual([]);
}

describe('schema.json', () => {
  it('finds the corpus', () => {
    expect(corpusArticles.length).toBeGreaterThanOrEqual(6);
  });

  it.each(corpusArticles)('accepts the analysis of corpus/%s', (article) => {
    expectValid(asJson(analyze(readFileSync(new URL(article, CORPUS), 'utf8'))));
  });

  it.each(['', '   \n\t ', 'x', 'Nur ein Satz.'])('accepts the analysis of %j', (text) => {
    expectValid(asJson(analyze(text)));
  });

  it('accepts the analysis of small hostile inputs', () => {
    for (const input of hostileInputs) {
      const valid = validate(asJson(analyze(input.make(0.01))));
      expect(valid ? [] : [input.name, validate.errors]).toEqual([]);
    }
  });

  it('accepts a subset of the stages (their fields left empty)', () => {
    expectValid(asJson(analyze('Titel\n\nEin Absatz mit einem Satz.', { stages: ['normalize', 'structure'] })));
  });

  it('is up to date with src/types.ts', () => {
    // A type change without a regenerated schema would publish a schema that no longer describes the output.
    // Compared as data, so that a formatter reindenting the file does not count as a change.
    expect(JSON.parse(committed), 'schema.json is stale: run `npm run build:schema` and commit schema.json').toEqual(JSON.parse(generateSchemaText()));
  }, 60_000);

  describe('rejects an analysis that breaks the contract', () => {
    const text = 'Anna Berg, die Bürgermeisterin, sagte am Montag: „Die Brücke wird im Mai fertig.“\n\nDer Rat stimmte zu.';
    const base = asJson(analyze(text));
    const mutated = (change: (analysis: Analysis) => void) => {
      const copy = structuredClone(base);
      change(copy);
      return copy;
    };
    const withEntity = (change: (entity: Record<string, unknown>) => void) =>
      mutated((analysis) => {
        analysis.entities.push({ id: 'e99', name: 'Anna Berg', type: 'PER', salience: 0.5, mentions: [{ text: 'Anna Berg', start: 0, end: 9 }] });
        change(analysis.entities.at(-1) as unknown as Record<string, unknown>);
      });

    it('is valid before the mutations', () => {
      expectValid(base);
      expectValid(withEntity(() => {}));
    });

    it.each([
      ['an entity type outside the contract', withEntity((entity) => (entity.type = 'PERSON'))],
      ['a mention without end', withEntity((entity) => delete (entity.mentions as Record<string, unknown>[])[0]!.end)],
      ['a fractional offset', withEntity((entity) => ((entity.mentions as Record<string, unknown>[])[0]!.start = 1.5))],
      ['a salience above 1', withEntity((entity) => (entity.salience = 2))],
      ['a field the types do not have', withEntity((entity) => (entity.confidence = 1))],
      ['a missing top-level field', mutated((analysis) => delete (analysis as Partial<Analysis>).keyphrases)],
      ['another schema version', mutated((analysis) => ((analysis as { schemaVersion: number }).schemaVersion = 2))],
      ['a language name instead of an ISO 639 code', mutated((analysis) => (analysis.language.code = 'Deutsch'))],
      ['an unknown block kind', mutated((analysis) => ((analysis.blocks[0] as { kind: string }).kind = 'sidebar'))],
      ['a title that is not a span', mutated((analysis) => ((analysis as { title: unknown }).title = 'Titel'))],
    ])('%s', (_name, analysis) => {
      expect(validate(analysis)).toBe(false);
    });
  });
});
