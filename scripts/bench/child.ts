/** Measurements that need a fresh process: cold start, resident memory, the CLI's --jobs throughput. */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ARTICLE_PATH, jsonlRecords } from './corpus.js';
import { median } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_INDEX = new URL('../../dist/index.js', import.meta.url).href;
const CLI = join(ROOT, 'dist/cli/main.js');

export interface ColdStart {
  /** Import of lektor plus the first analysis of the article, inside the child. */
  importMs: number;
  firstAnalysisMs: number;
  coldStartMs: number;
  /** Spawn to exit of the whole child process, node's own start-up included. */
  processMs: number;
  /** Resident set size after a German and an English analysis, so every model lektor uses is loaded. */
  rssMb: number;
}

const COLD_START_SCRIPT = `
import { readFileSync } from 'node:fs';
const text = readFileSync(new URL(${JSON.stringify(ARTICLE_PATH.href)}), 'utf8');
const t0 = performance.now();
const { analyze } = await import(${JSON.stringify(DIST_INDEX)});
const t1 = performance.now();
analyze(text);
const t2 = performance.now();
analyze('Talks stall in Geneva\\n\\nAngela Merkel met Emmanuel Macron in Paris on Monday. "We agree," Macron said.');
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstAnalysisMs: t2 - t1, rss: process.memoryUsage().rss }));
`;

export function coldStart(runs: number): ColdStart {
  const results: (ColdStart & { rss: number })[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', COLD_START_SCRIPT], { cwd: ROOT, encoding: 'utf8' });
    const processMs = performance.now() - t0;
    if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
    const measured = JSON.parse(child.stdout) as { importMs: number; firstAnalysisMs: number; rss: number };
    results.push({ ...measured, coldStartMs: measured.importMs + measured.firstAnalysisMs, processMs, rssMb: measured.rss / 2 ** 20 });
  }
  const pick = (key: keyof ColdStart) => median(results.map((result) => result[key]));
  return { importMs: pick('importMs'), firstAnalysisMs: pick('firstAnalysisMs'), coldStartMs: pick('coldStartMs'), processMs: pick('processMs'), rssMb: pick('rssMb') };
}

export interface JobsThroughput {
  lines: number;
  /** Lines per second of the whole CLI run (start-up included), best of the repeats. */
  linesPerSecond: Record<number, number>;
  /**
   * Lines per second over the second half of the output, best of the repeats: the rate of a long
   * batch, once every thread has loaded the models and V8 has compiled the hot code (which each
   * worker thread does on its own).
   */
  steadyLinesPerSecond: Record<number, number>;
  /**
   * CPU seconds (user + system) of the best run, where the system tells (Linux): on a busy machine
   * wall time says little about parallel speed-up, but CPU time still shows the cost of --jobs.
   */
  cpuSeconds: Record<number, number | undefined>;
}

/** CPU seconds used by this process's finished children, from /proc (Linux only). */
function childrenCpuSeconds(): number | undefined {
  try {
    // cutime and cstime, fields 16 and 17 of the line, in clock ticks (100 a second on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** One `lektor analyze --jsonl --jobs J` run: when each output line arrived (ms from the start), and the CPU it used. */
async function jsonlRun(input: string, jobs: number): Promise<{ lineTimes: number[]; cpu: number | undefined }> {
  const cpuBefore = childrenCpuSeconds();
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, 'analyze', '--jsonl', '--jobs', String(jobs), input], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lineTimes: number[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lineTimes.push(performance.now() - t0);
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [status] = (await once(child, 'close')) as [number | null];
  if (status !== 0) throw new Error(`lektor --jobs ${jobs} failed: ${stderr}`);
  const cpuAfter = childrenCpuSeconds();
  return { lineTimes, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/** Runs `lektor analyze --jsonl --jobs J` on the same file, alternating J, and keeps each J's best run. */
export async function jobsThroughput(lines: number, jobs: readonly number[], repeats: number): Promise<JobsThroughput> {
  const input = join(mkdtempSync(join(tmpdir(), 'lektor-bench-')), 'articles.jsonl');
  writeFileSync(input, jsonlRecords(lines));
  const best = new Map(jobs.map((j) => [j, { rate: 0, steady: 0, cpu: undefined as number | undefined }]));
  const half = Math.floor(lines / 2);
  for (let r = 0; r < repeats; r++) {
    for (const j of jobs) {
      const { lineTimes, cpu } = await jsonlRun(input, j);
      if (lineTimes.length !== lines) throw new Error(`lektor --jobs ${j} wrote ${lineTimes.length} lines for ${lines}`);
      const rate = lines / (lineTimes.at(-1)! / 1000);
      const steady = (lines - half) / ((lineTimes.at(-1)! - lineTimes[half - 1]!) / 1000);
      const kept = best.get(j)!;
      if (rate > kept.rate) best.set(j, { ...kept, rate, cpu });
      if (steady > kept.steady) best.get(j)!.steady = steady;
    }
  }
  const by = (key: 'rate' | 'steady') => Object.fromEntries(jobs.map((j) => [j, best.get(j)![key]]));
  return { lines, linesPerSecond: by('rate'), steadyLinesPerSecond: by('steady'), cpuSeconds: Object.fromEntries(jobs.map((j) => [j, best.get(j)!.cpu])) };
}
