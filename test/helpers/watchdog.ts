/**
 * `analyze` in a worker thread with a deadline. A hanging analysis (catastrophic backtracking,
 * an endless loop) would otherwise block the test runner for good, since vitest cannot time out
 * synchronous code; here the worker is terminated and the test fails with a clear message.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest } from './analysis-worker.js';

/** The analysis did not finish in time: a hang, or time that grows faster than the input. */
export class DeadlineError extends Error {}

export class AnalysisWatchdog {
  private worker: Worker | undefined;

  /** The analysis of `text` and the CPU time it took (ms); rejects when it throws or takes longer than `deadlineMs`. */
  async analyze(text: string, deadlineMs: number): Promise<{ analysis: unknown; cpuMs: number }> {
    const reply = await this.request({ kind: 'time', text, runs: 1, keep: true }, deadlineMs);
    return { analysis: reply.analysis, cpuMs: reply.cpuMs };
  }

  /** The least CPU time (ms) of `runs` analyses of `text`, after one untimed warm-up run. */
  async cpuTime(text: string, runs: number, deadlineMs: number): Promise<number> {
    await this.request({ kind: 'time', text, runs: 1, keep: false }, deadlineMs);
    return (await this.request({ kind: 'time', text, runs, keep: false }, deadlineMs * runs)).cpuMs;
  }

  /** The properties `text`'s analysis violates (see property-check.ts); rejects when analyze throws or misses the deadline. */
  async check(text: string, deadlineMs: number): Promise<string[]> {
    return (await this.request({ kind: 'check', text }, deadlineMs)).problems ?? [];
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private request(request: AnalysisRequest, deadlineMs: number): Promise<Extract<AnalysisReply, { ok: true }>> {
    const worker = (this.worker ??= new Worker(new URL('./analysis-worker.mjs', import.meta.url)));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (reply: AnalysisReply) => {
        done();
        if (reply.ok) resolve(reply);
        else reject(new Error(`analyze threw: ${reply.error}`));
      };
      const onError = (error: Error) => {
        done();
        this.worker = undefined;
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = undefined;
        void worker.terminate();
        reject(new DeadlineError(`analyze did not finish within ${deadlineMs} ms on ${request.text.length} chars (hang or super-linear time)`));
      }, deadlineMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(request);
    });
  }
}
