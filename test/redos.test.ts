/**
 * No catastrophic backtracking: every regular expression under src/ (literals, and RegExps
 * built at run time, caught as they are built) goes through recheck, which fails the test
 * when it finds an attack string that makes the regex take super-linear time.
 * hostile.test.ts complements this by feeding pathological text through the whole pipeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { regexesBuiltDuring, sourceFiles, staticRegexes, type FoundRegex } from './helpers/collect-regexes.js';
import { hostileInputs } from './helpers/hostile-inputs.js';

/** Texts that walk the pipeline's code paths (German, English, hostile), so that lazily built regexes get built too. */
const GERMAN = readFileSync(new URL('../corpus/de/putin-kim.txt', import.meta.url), 'utf8');
const ENGLISH = 'Mayor backs bridge\n\nBy Jane Doe\n\nThe mayor said the bridge will open in May. "It is done," she said, according to the council.\n\nRead more: Bridges';
const HOSTILE = hostileInputs.map((input) => input.make(0.001));

/** Command-line entry points (with a shebang) run on import, so the audit reads them but does not load them. */
const loadable = sourceFiles().filter((file) => !readFileSync(file, 'utf8').startsWith('#!'));

const { found: literals, dynamicSites } = staticRegexes();
const built = await regexesBuiltDuring(async () => {
  for (const file of loadable) await import(file);
  const { analyze } = await import('../src/index.js');
  for (const text of [GERMAN, ENGLISH, ...HOSTILE]) analyze(text);
  analyze(GERMAN, { language: 'en' });
  analyze(ENGLISH, { language: 'de' });
});

/** One entry per distinct regex, with every place that uses it. */
function distinct(regexes: FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const regex of regexes) {
    const key = `/${regex.source}/${regex.flags}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...regex });
    else if (!seen.where.split(', ').includes(regex.where)) seen.where += `, ${regex.where}`;
  }
  return [...byKey.values()];
}

const regexes = distinct([...literals, ...built]);
const label = (regex: FoundRegex) => `${regex.where}: /${regex.source.length > 80 ? `${regex.source.slice(0, 80)}…` : regex.source}/${regex.flags}`;

describe('the ReDoS audit', () => {
  it('finds the regexes of src/', () => {
    expect(literals.length).toBeGreaterThan(10);
  });

  it('sees every RegExp built at run time being built (else it could not check it)', () => {
    const builtSites = new Set(built.map((regex) => regex.where));
    expect(dynamicSites.filter((site) => !builtSites.has(site))).toEqual([]);
  });
});

/**
 * recheck's time per regex. Past it the verdict is 'unknown' (so far only for long alternations
 * with nested optional parts): that is reported, not failed, and hostile.test.ts covers those
 * regexes by running pathological text through them.
 */
const CHECK_TIMEOUT_MS = 3_000;
/** The test's own deadline: recheck's timeout plus its start-up, with room for a busy machine. */
const TEST_TIMEOUT_MS = 30_000;

describe('no regex of src/ backtracks catastrophically (recheck)', () => {
  it.each(regexes.map((regex) => [label(regex), regex] as const))('%s', (_, regex) => {
    // A fixed seed keeps the fuzzer, and so the verdict, the same from run to run.
    const result = checkSync(regex.source, regex.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: 8 });
    if (result.status === 'unknown') console.warn(`recheck could not decide (${result.error.kind}) on ${label(regex)}`);
    if (result.status !== 'vulnerable') return;
    const attack = result.attack.string;
    expect.fail(`${result.complexity.summary} backtracking, e.g. on ${JSON.stringify(attack.length > 60 ? `${attack.slice(0, 60)}…` : attack)} (${attack.length} chars)`);
  }, TEST_TIMEOUT_MS);
});
