/** Timing helpers: warm-up, interleaved rounds, medians. Times are in milliseconds. */
import { performance } from 'node:perf_hooks';

export interface Task {
  name: string;
  run: () => unknown;
}

export interface TaskTiming {
  /** Median over the rounds of the mean time of one run. */
  ms: number;
  /** The same for CPU time (all of the process's threads), which a busy machine inflates less than wall time. */
  cpuMs: number;
  /** Highest heap in use seen after a run, above the heap after a full GC before the round. */
  peakHeapMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `run` at least `minRuns` times and until `minMs` have passed; returns the runs' times. */
export function repeatFor(run: () => unknown, minMs: number, minRuns = 1): number[] {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Times the tasks in interleaved rounds (each round in a rotated order), so that a slow phase of
 * the machine (another process, a GC of an earlier task's garbage) is shared by every task
 * instead of falling on one.
 */
export function interleaved(tasks: readonly Task[], rounds: number, msPerSample: number): Map<string, TaskTiming> {
  for (const task of tasks) repeatFor(task.run, 1000, 5);
  const samples = new Map(tasks.map((task) => [task.name, [] as number[]]));
  const cpuSamples = new Map(tasks.map((task) => [task.name, [] as number[]]));
  const peaks = new Map(tasks.map((task) => [task.name, 0]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[(round + i) % tasks.length]!;
      gc?.();
      const base = process.memoryUsage().heapUsed;
      let peak = 0;
      const cpuBefore = process.cpuUsage();
      const times = repeatFor(() => {
        task.run();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }, msPerSample);
      const cpu = process.cpuUsage(cpuBefore);
      samples.get(task.name)!.push(times.reduce((a, b) => a + b, 0) / times.length);
      cpuSamples.get(task.name)!.push((cpu.user + cpu.system) / 1000 / times.length);
      peaks.set(task.name, Math.max(peaks.get(task.name)!, peak));
    }
  }
  return new Map(
    tasks.map((task) => [
      task.name,
      { ms: median(samples.get(task.name)!), cpuMs: median(cpuSamples.get(task.name)!), peakHeapMb: peaks.get(task.name)! / 2 ** 20 },
    ]),
  );
}
