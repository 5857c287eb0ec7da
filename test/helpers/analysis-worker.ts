/**
 * Runs `analyze` off the caller's thread, so that a test or the fuzzer can stop an analysis
 * that hangs (a synchronous loop cannot be interrupted from its own thread). See watchdog.ts.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/index.js';
import { propertyProblems } from './property-check.js';

export type AnalysisRequest =
  /** Timed runs; the reply carries the fastest. The analysis is only sent back when `keep` is set. */
  | { kind: 'time'; text: string; runs: number; keep: boolean }
  /** The property check of property-check.ts; the reply lists the properties that do not hold. */
  | { kind: 'check'; text: string };

/**
 * `ms` is wall-clock time; `cpuMs` is the CPU time the process spent, which other work on a
 * busy machine does not inflate, so growth checks compare `cpuMs`.
 */
export type AnalysisReply = { ok: true; ms: number; cpuMs: number; analysis?: unknown; problems?: string[] } | { ok: false; error: string };

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function handle(request: AnalysisRequest): AnalysisReply {
  let best = Infinity;
  let bestCpu = Infinity;
  let analysis: unknown;
  let problems: string[] | undefined;
  const runs = request.kind === 'time' ? request.runs : 1;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    if (request.kind === 'check') problems = propertyProblems(request.text);
    else analysis = analyze(request.text);
    bestCpu = Math.min(bestCpu, cpuMsSince(cpuStart));
    best = Math.min(best, performance.now() - start);
  }
  return { ok: true, ms: best, cpuMs: bestCpu, ...(request.kind === 'time' && request.keep ? { analysis } : {}), ...(problems ? { problems } : {}) };
}

parentPort!.on('message', (request: AnalysisRequest) => {
  try {
    parentPort!.postMessage(handle(request));
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies AnalysisReply);
  }
});
