/** Measurements that need a fresh process: cold start, resident memory, the CLI's --jobs throughput. */
import { spawnSync } from 'node:child_process';
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

/** Runs `lektor analyze --jsonl --jobs J` on the same file, alternating J, and keeps each J's best run. */
export function jobsThroughput(lines: number, jobs: readonly number[], repeats: number): JobsThroughput {
  const input = join(mkdtempSync(join(tmpdir(), 'lektor-bench-')), 'articles.jsonl');
  writeFileSync(input, jsonlRecords(lines));
  const best = new Map(jobs.map((j) => [j, { ms: Infinity, cpu: undefined as number | undefined }]));
  for (let r = 0; r < repeats; r++) {
    for (const j of jobs) {
      const cpuBefore = childrenCpuSeconds();
      const t0 = performance.now();
      const child = spawnSync(process.execPath, [CLI, 'analyze', '--jsonl', '--jobs', String(j), input], { stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = performance.now() - t0;
      if (child.status !== 0) throw new Error(`lektor --jobs ${j} failed: ${child.stderr}`);
      const cpuAfter = childrenCpuSeconds();
      const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      if (ms < best.get(j)!.ms) best.set(j, { ms, cpu });
    }
  }
  return {
    lines,
    linesPerSecond: Object.fromEntries(jobs.map((j) => [j, lines / (best.get(j)!.ms / 1000)])),
    cpuSeconds: Object.fromEntries(jobs.map((j) => [j, best.get(j)!.cpu])),
  };
}
