/**
 * Where lektor's CPU time goes, stage by stage, and what a cold start pays for.
 *
 *   npx tsx scripts/profile.ts [FILE]     FILE defaults to corpus/de/putin-kim.txt
 *     --runs N        timed analyses of FILE after the warm-up (default 70)
 *     --mb N          size of the large input, FILE repeated (default 1; 0 skips it)
 *     --large-runs N  timed analyses of the large input (default 2)
 *     --cold N        fresh processes for the cold-start breakdown (default 3; 0 skips it)
 *     --no-baselines  skip wink-nlp and compromise on FILE
 *
 * Times are CPU times (process.cpuUsage: user + system of all threads), which a machine busy
 * with other work inflates far less than wall time. Cold-start figures import the built package
 * (dist/, run `npm run build` first), as users do: under tsx every import would include its
 * TypeScript transform, which doubles the cost of importing lektor.
 * For hot functions, run the same script under the profiler and summarise the profile:
 *   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile.ts --cold 0 --mb 0 --no-baselines
 *   npx tsx scripts/profile.ts --summarize /tmp/prof/CPU.*.cpuprofile [--top N]
 * (under tsx every function's line reads 1; for lines, profile the built dist/ with plain node.
 * Add --no-turbo-inlining to charge inlined callees to themselves rather than to their callers.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_FILE = new URL('../corpus/de/putin-kim.txt', import.meta.url);
const KB = 1024;
/** Warm figures are medians over this many rounds. */
const ROUNDS = 7;
const MB = 1024 * KB;

function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

// JSON turns NaN (no wall time) into null.
const fixed = (value: number | null, digits = 2) => (value === null || Number.isNaN(value) ? '-' : value.toFixed(digits));
const log = (text = '') => process.stdout.write(`${text}\n`);

// -------------------------------------------------------------------------------------------
// Cold start: a fresh plain-node process per sample (no tsx: its loader would add a transform to
// every import), one import at a time, so that each line is what that module (and the data it
// loads) adds to what came before.

interface Step {
  name: string;
  cpuMs: number;
  wallMs: number;
}

/** The cold-start child, a JavaScript module for `node --input-type=module -e`; prints its steps as JSON. */
function coldChildSource(file: string, mode: 'plain' | 'steps'): string {
  const dist = (path: string) => JSON.stringify(new URL(`../dist/${path}`, import.meta.url).href);
  const body =
    mode === 'plain'
      ? `let analyze;
await step('import lektor (dist/index.js)', async () => ({ analyze } = await import(${dist('index.js')})));
await step('first analyze(FILE)', () => analyze(text));
await step('second analyze(FILE)', () => analyze(text));`
      : `await step('franc (package)', () => import('franc'));
await step('adapters/franc.js', () => import(${dist('adapters/franc.js')}));
await step('langid/ngrams.js (langid-ngrams.bin)', () => import(${dist('langid/ngrams.js')}));
await step('text/terms.js (generated de/en stop words)', () => import(${dist('text/terms.js')}));
let loadTagger;
await step('ner/recognize.js (+ lexicons)', async () => ({ loadTagger } = await import(${dist('ner/recognize.js')})));
await step('NER model de (ner-de.bin)', () => loadTagger('de'));
await step('NER model en (ner-en.bin)', () => loadTagger('en'));
let analyze;
await step('rest of dist/index.js', async () => ({ analyze } = await import(${dist('index.js')})));
await step('first analyze(FILE), models loaded', () => analyze(text));
await step('second analyze(FILE)', () => analyze(text));`;
  return `import { readFileSync } from 'node:fs';
const cpuMs = (since) => { const used = process.cpuUsage(since); return (used.user + used.system) / 1000; };
const text = readFileSync(${JSON.stringify(file)}, 'utf8');
// CPU the process used before this script's first line: node's own start-up.
const steps = [{ name: 'node start-up', cpuMs: cpuMs({ user: 0, system: 0 }), wallMs: NaN }];
const step = async (name, run) => {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await run();
  steps.push({ name, cpuMs: cpuMs(cpu), wallMs: performance.now() - wall });
};
${body}
process.stdout.write(JSON.stringify(steps) + '\\n');`;
}

function coldStart(file: string, runs: number): void {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) throw new Error('the cold-start figures need the built package: npm run build');
  const sample = (mode: 'plain' | 'steps'): Step[][] =>
    Array.from({ length: runs }, () => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', coldChildSource(file, mode)], { cwd: ROOT, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`cold-start child failed:\n${child.stderr}`);
      return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Step[];
    });
  const summarise = (samples: Step[][]) =>
    samples[0]!.map((first, k) => [first.name, fixed(median(samples.map((s) => s[k]!.cpuMs)), 1), fixed(median(samples.map((s) => s[k]!.wallMs)), 1)]);
  const plain = summarise(sample('plain'));
  const steps = summarise(sample('steps'));
  log(`Cold start, fresh process, median of ${runs} (CPU ms; wall ms only for reference on a busy machine)`);
  log(table(['what a user pays', 'CPU ms', 'wall ms'], plain));
  const coldCpu = Number(plain[1]![1]) + Number(plain[2]![1]);
  log(`cold start (import + first analysis): ${fixed(coldCpu, 0)} ms CPU\n`);
  log(table(['module / data, imported one after another', 'CPU ms', 'wall ms'], steps));
  log();
}

// -------------------------------------------------------------------------------------------
// Warm per-stage CPU time.

type Lektor = typeof import('../src/index.js');
type Doc = InstanceType<Lektor['Doc']>;

interface StageTimes {
  stages: Map<string, number>;
  serialize: number;
  total: number;
  runs: number;
}

function stageProfiler(lektor: Lektor, toAnalysis: (doc: Doc) => unknown) {
  const spent = new Map<string, number>(lektor.defaultStages.map((stage) => [stage.name, 0]));
  const pipeline = lektor.createPipeline(
    lektor.defaultStages.map((stage) => ({
      name: stage.name,
      run(doc: Parameters<typeof stage.run>[0]) {
        const cpu = process.cpuUsage();
        stage.run(doc);
        spent.set(stage.name, spent.get(stage.name)! + cpuMs(cpu));
      },
    })),
  );
  /** One round of `runs` analyses: the mean CPU time of each stage. */
  const round = (text: string, runs: number): StageTimes => {
    for (const name of spent.keys()) spent.set(name, 0);
    let serialize = 0;
    const start = process.cpuUsage();
    for (let i = 0; i < runs; i++) {
      const doc = pipeline.process(text);
      const cpu = process.cpuUsage();
      toAnalysis(doc);
      serialize += cpuMs(cpu);
    }
    const total = cpuMs(start);
    return { stages: new Map([...spent].map(([name, ms]) => [name, ms / runs])), serialize: serialize / runs, total: total / runs, runs };
  };
  /**
   * `runs` analyses in up to ROUNDS rounds; each figure is the median of its rounds' means, so
   * that a burst of load from other processes (or a major GC) moves one round, not the result.
   */
  return (text: string, runs: number): StageTimes => {
    const count = Math.min(ROUNDS, runs);
    const rounds = Array.from({ length: count }, () => round(text, Math.ceil(runs / count)));
    const pick = (of: (times: StageTimes) => number) => median(rounds.map(of));
    return {
      stages: new Map([...spent.keys()].map((name) => [name, pick((times) => times.stages.get(name)!)])),
      serialize: pick((times) => times.serialize),
      total: pick((times) => times.total),
      runs: rounds.reduce((sum, times) => sum + times.runs, 0),
    };
  };
}

function stageTable(times: StageTimes, kb: number): string {
  const rows = [...times.stages, ['(toAnalysis)', times.serialize] as const].map(([name, ms]) => [
    name,
    fixed(ms, 2),
    fixed((100 * ms) / times.total, 1),
    fixed(ms / kb, 3),
  ]);
  // Medians of the parts need not add up to the median of the whole.
  rows.push(['total (analyze)', fixed(times.total, 2), '100.0', fixed(times.total / kb, 3)]);
  return table(['stage', 'CPU ms', '%', 'CPU ms/KB'], rows);
}

async function warm(file: string): Promise<void> {
  const lektor = await import('../src/index.js');
  const { toAnalysis } = await import('../src/serialize.js');
  const text = readFileSync(file, 'utf8');
  const kb = Buffer.byteLength(text) / KB;
  const runs = argValue('--runs', 70);
  const profile = stageProfiler(lektor, toAnalysis);

  profile(text, Math.max(10, runs >> 2)); // warm-up: JIT, lazily loaded models, caches
  const small = profile(text, runs);
  log(`Per stage, ${file.replace(ROOT, '')} (${fixed(kb, 1)} KB), ${small.runs} runs after warm-up: median of ${ROUNDS} rounds' means`);
  log(stageTable(small, kb));

  // NER tagging alone (no clustering), the stage's throughput target.
  const { recognizeMentions } = await import('../src/ner/recognize.js');
  const doc = lektor.createPipeline(lektor.defaultStages).process(text);
  const tokens = doc.sentences.reduce((sum, s) => sum + s.endToken - s.firstToken, 0);
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) recognizeMentions(doc);
  const nerMs = cpuMs(cpu) / runs;
  log(`NER tagging (recognizeMentions): ${fixed(nerMs, 2)} ms CPU for ${tokens} tokens = ${Math.round(tokens / (nerMs / 1000)).toLocaleString('en')} tokens/s`);

  if (!process.argv.includes('--no-baselines')) {
    const { winkReadDocPass } = await import('../src/adapters/wink.js');
    const { compromiseBenchPass } = await import('../src/adapters/compromise.js');
    const timeOf = (run: () => unknown) => {
      for (let i = 0; i < 5; i++) run();
      const start = process.cpuUsage();
      for (let i = 0; i < runs; i++) run();
      return cpuMs(start) / runs;
    };
    const wink = timeOf(() => winkReadDocPass(text));
    const compromise = timeOf(() => compromiseBenchPass(text));
    log(
      `baselines on the same text: wink-nlp readDoc ${fixed(wink)} ms CPU, compromise ${fixed(compromise)} ms CPU; ` +
        `lektor/wink ${fixed(small.total / wink)}×, compromise/lektor ${fixed(compromise / small.total, 1)}×`,
    );
  }
  log();

  const megabytes = argValue('--mb', 1);
  if (megabytes > 0) {
    const unit = `${text}\n\n`;
    const large = unit.repeat(Math.ceil((megabytes * MB) / unit.length)).slice(0, megabytes * MB);
    const largeRuns = argValue('--large-runs', 2);
    const big = profile(large, largeRuns);
    log(`Per stage, ${megabytes} MB (FILE repeated), ${big.runs} runs (median of rounds of one run)`);
    log(stageTable(big, Buffer.byteLength(large) / KB));
    log(`10 MB would take about ${fixed((big.total * (10 / megabytes)) / 1000, 1)} s CPU at this rate\n`);
  }
}

// -------------------------------------------------------------------------------------------
// Summary of a .cpuprofile: self and inclusive time per function.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summarizeProfile(path: string, top: number): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = ({ callFrame: { url, lineNumber, functionName } }: ProfileNode) =>
    `${url.replace(/^file:\/\/.*?\/(src|dist|scripts|node_modules)\//, '$1/') || '(native)'}:${lineNumber + 1} ${functionName || '(anonymous)'}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i + 1] ?? 0;
    total += micros;
    self.set(label(byId.get(id)!), (self.get(label(byId.get(id)!)) ?? 0) + micros);
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) seen.add(label(byId.get(node)!));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
  });
  for (const [title, times] of [['self', self], ['inclusive', inclusive]] as const) {
    const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, top);
    log(`${title} time, ${fixed(total / 1000, 0)} ms sampled`);
    log(table(['function', 'ms', '%'], rows.map(([name, micros]) => [name, fixed(micros / 1000, 1), fixed((100 * micros) / total, 1)])));
    log();
  }
}

if (process.argv.includes('--summarize')) {
  summarizeProfile(process.argv[process.argv.indexOf('--summarize') + 1]!, argValue('--top', 40));
} else {
  const valueFlags = new Set(['--runs', '--mb', '--large-runs', '--cold', '--top']);
  const args = process.argv.slice(2);
  const file = args.find((arg, i) => !arg.startsWith('--') && !valueFlags.has(args[i - 1]!)) ?? fileURLToPath(DEFAULT_FILE);
  log(`lektor profile: node ${process.version}, CPU times (process.cpuUsage)\n`);
  const coldRuns = argValue('--cold', 3);
  if (coldRuns > 0) coldStart(file, coldRuns);
  await warm(file);
}
