/**
 * `npm run fuzz`: the property checks of test/properties.test.ts over many more generated
 * inputs. Each input is analysed in a worker thread under a deadline, so that a hang is
 * reported (and the run goes on) instead of blocking for good.
 *
 *   npm run fuzz                          100,000 inputs, seed 1, one worker, 10 s per input
 *   npm run fuzz -- --runs 5000 --seed 7 --jobs 2 --deadline 5000
 *
 * The inputs come from test/helpers/generators.ts, shared with the tests; the check is
 * test/helpers/property-check.ts (no throw, valid spans inside the input and ordered,
 * deterministic, JSON round trip). The same seed gives the same inputs. Progress goes to stderr;
 * failures are written in full to a JSON file; the last stdout line is one JSON summary, and the
 * exit code is 1 when any input failed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { textGenerators } from '../test/helpers/generators.js';
import { AnalysisWatchdog, DeadlineError } from '../test/helpers/watchdog.js';

/** Inputs drawn from one generator at a time: enough to keep the workers busy, few enough to hold. */
const CHUNK = 500;
/** A fresh worker loads lektor and its models before its first analysis; that is not the input's time. */
const WARM_UP_DEADLINE_MS = 120_000;
const SHOWN_FAILURES = 5;

type Outcome = 'passed' | 'invalid' | 'threw' | 'hung';

interface Failure {
  generator: string;
  index: number;
  outcome: Exclude<Outcome, 'passed'>;
  text: string;
  details: string[];
}

interface GeneratorTally {
  runs: number;
  passed: number;
  invalid: number;
  threw: number;
  hung: number;
  slowestMs: number;
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a positive integer, got ${args[at + 1]}`);
  return value;
}

/** How many of `runs` each generator gets, by weight. */
function shares(runs: number): number[] {
  const total = textGenerators.reduce((sum, g) => sum + g.weight, 0);
  const counts = textGenerators.map((g) => Math.floor((runs * g.weight) / total));
  counts[0]! += runs - counts.reduce((sum, n) => sum + n, 0);
  return counts;
}

/** The inputs, generator after generator in chunks, so that every generator is under way early. */
function* inputs(runs: number, seed: number): Generator<{ generator: string; index: number; text: string }> {
  const counts = shares(runs);
  const done = counts.map(() => 0);
  for (let chunk = 0; done.some((n, g) => n < counts[g]!); chunk++) {
    for (const [g, generator] of textGenerators.entries()) {
      const size = Math.min(CHUNK, counts[g]! - done[g]!);
      if (size <= 0) continue;
      // One seed per generator and chunk: any input can be regenerated without the ones before it.
      const texts = fc.sample(generator.arbitrary, { seed: seed * 1_000_003 + g * 10_007 + chunk, numRuns: size });
      for (const text of texts) yield { generator: generator.name, index: done[g]!++, text };
    }
  }
}

async function warmUp(watchdog: AnalysisWatchdog): Promise<void> {
  await watchdog.check('Warm-up.', WARM_UP_DEADLINE_MS);
}

async function main(args: string[]): Promise<number> {
  const runs = option(args, '--runs', 100_000);
  const seed = option(args, '--seed', 1);
  const deadlineMs = option(args, '--deadline', 10_000);
  const jobs = option(args, '--jobs', 1);
  const log = (message: string) => process.stderr.write(`${message}\n`);
  log(`fuzz: ${runs} inputs, seed ${seed}, ${jobs} worker(s), deadline ${deadlineMs} ms per input`);

  const tallies = new Map(textGenerators.map((g) => [g.name, { runs: 0, passed: 0, invalid: 0, threw: 0, hung: 0, slowestMs: 0 } as GeneratorTally]));
  const failures: Failure[] = [];
  const queue = inputs(runs, seed);
  const started = performance.now();
  let finished = 0;

  const worker = async (watchdog: AnalysisWatchdog) => {
    await warmUp(watchdog);
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const { generator, index, text } = next.value;
      const tally = tallies.get(generator)!;
      const t0 = performance.now();
      let outcome: Outcome;
      let details: string[] = [];
      try {
        details = await watchdog.check(text, deadlineMs);
        outcome = details.length === 0 ? 'passed' : 'invalid';
      } catch (error) {
        outcome = error instanceof DeadlineError ? 'hung' : 'threw';
        details = [(error as Error).message];
      }
      tally.runs++;
      tally[outcome]++;
      tally.slowestMs = Math.max(tally.slowestMs, performance.now() - t0);
      // After a hang (or a worker that died) the watchdog starts a fresh one; the next input should not pay for its loading.
      if (outcome === 'threw' || outcome === 'hung') await warmUp(watchdog);
      if (outcome !== 'passed') failures.push({ generator, index, outcome, text, details: details.slice(0, 8) });
      if (++finished % 5000 === 0) log(`  ${finished}/${runs} in ${Math.round((performance.now() - started) / 1000)} s, ${failures.length} failed`);
    }
  };

  const watchdogs = Array.from({ length: jobs }, () => new AnalysisWatchdog());
  try {
    await Promise.all(watchdogs.map(worker));
  } finally {
    await Promise.all(watchdogs.map((w) => w.close()));
  }
  const seconds = (performance.now() - started) / 1000;

  for (const [name, t] of tallies) {
    log(`${name}: ${t.runs} inputs, ${t.passed} passed, ${t.invalid} invalid, ${t.threw} threw, ${t.hung} hung; slowest ${Math.round(t.slowestMs)} ms`);
  }
  let failuresFile: string | undefined;
  if (failures.length > 0) {
    failuresFile = join(mkdtempSync(join(tmpdir(), 'lektor-fuzz-')), 'failures.json');
    writeFileSync(failuresFile, `${JSON.stringify(failures, null, 2)}\n`);
    for (const f of failures.slice(0, SHOWN_FAILURES)) log(`FAILED (${f.outcome}) ${f.generator} #${f.index}: ${JSON.stringify(f.text.slice(0, 200))}\n  ${f.details.join('\n  ')}`);
    log(`all ${failures.length} failures, inputs in full: ${failuresFile}`);
  }
  const total = (key: keyof GeneratorTally) => [...tallies.values()].reduce((sum, t) => sum + t[key], 0);
  const summary = {
    runs: finished,
    seed,
    deadlineMs,
    jobs,
    passed: total('passed'),
    invalid: total('invalid'),
    threw: total('threw'),
    hung: total('hung'),
    seconds: Math.round(seconds),
    inputsPerSecond: Math.round(finished / seconds),
    slowestMs: Math.round(Math.max(...[...tallies.values()].map((t) => t.slowestMs))),
    generators: Object.fromEntries([...tallies].map(([name, t]) => [name, { ...t, slowestMs: Math.round(t.slowestMs) }])),
    failuresFile,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
