/**
 * Runs `analyze` off the test's thread, so that a test can stop an analysis that hangs
 * (a synchronous loop cannot be interrupted from its own thread). See watchdog.ts.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/index.js';

export interface AnalysisRequest {
  text: string;
  /** Timed runs; the reply carries the fastest. The analysis is only sent back when `keep` is set. */
  runs: number;
  keep: boolean;
}

/**
 * `ms` is wall-clock time; `cpuMs` is the CPU time the process spent, which other work on a
 * busy machine does not inflate, so growth checks compare `cpuMs`.
 */
export type AnalysisReply = { ok: true; ms: number; cpuMs: number; analysis?: unknown } | { ok: false; error: string };

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

parentPort!.on('message', ({ text, runs, keep }: AnalysisRequest) => {
  try {
    let best = Infinity;
    let bestCpu = Infinity;
    let analysis: unknown;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      analysis = analyze(text);
      bestCpu = Math.min(bestCpu, cpuMsSince(cpuStart));
      best = Math.min(best, performance.now() - start);
    }
    parentPort!.postMessage({ ok: true, ms: best, cpuMs: bestCpu, ...(keep ? { analysis } : {}) } satisfies AnalysisReply);
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies AnalysisReply);
  }
});
