/**
 * `lektor analyze --jsonl`: one result line per input line, in input order. With jobs > 1 the
 * lines go to worker threads; at most WINDOW_PER_JOB × jobs lines are in flight, so memory
 * stays flat however long the input is.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { AnalyzeOptions } from '../../options.js';
import { write } from '../output.js';
import { readLines } from './lines.js';
import { errorRecord } from './error-record.js';
import type { LineTask } from './worker.js';

const WINDOW_PER_JOB = 4;

async function runInProcess(input: Readable, output: Writable, options: AnalyzeOptions): Promise<void> {
  // Imported here, not at the top: with --jobs only the workers load lektor and its models.
  const { analyzeLine } = await import('./record.js');
  let lineNumber = 0;
  for await (const line of readLines(input)) await write(output, `${analyzeLine(line, ++lineNumber, options)}\n`);
}

/** Starts the workers and checks that they load, so that a broken install fails once, not per line. */
async function startPool(jobs: number, options: AnalyzeOptions): Promise<Tinypool> {
  // Workers run compiled JavaScript: under tsx (lektor run from source) worker threads get no TypeScript loader.
  const filename = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (!existsSync(filename)) throw new Error('--jobs needs the built package (npm run build): no worker.js next to batch.js');
  const pool = new Tinypool({ filename, minThreads: jobs, maxThreads: jobs });
  // Tinypool reports a worker that dies while idle as an 'error' event; the next task gets a fresh worker.
  pool.on('error', (error: Error) => process.stderr.write(`lektor: a worker stopped: ${error.message}\n`));
  try {
    const probe: LineTask = { line: '{"text": ""}', lineNumber: 0, options };
    await Promise.all(Array.from({ length: jobs }, () => pool.run(probe)));
  } catch (error) {
    await pool.destroy();
    throw new Error(`cannot start worker threads: ${(error as Error).message}`);
  }
  return pool;
}

async function runOnWorkers(input: Readable, output: Writable, options: AnalyzeOptions, jobs: number): Promise<void> {
  const pool = await startPool(jobs, options);
  const inFlight: Promise<string>[] = [];
  const flushOne = async () => write(output, `${await inFlight.shift()!}\n`);
  try {
    let lineNumber = 0;
    for await (const line of readLines(input)) {
      const number = ++lineNumber;
      const task: LineTask = { line, lineNumber: number, options };
      // A worker that dies (e.g. out of memory) costs its line, not the run.
      inFlight.push(pool.run(task).catch((error: Error) => errorRecord(null, number, `worker failed: ${error.message}`)));
      if (inFlight.length >= WINDOW_PER_JOB * jobs) await flushOne();
    }
    while (inFlight.length > 0) await flushOne();
  } finally {
    await pool.destroy();
  }
}

export async function runJsonl(input: Readable, output: Writable, options: AnalyzeOptions, requestedJobs: number): Promise<void> {
  // Each worker holds its own copy of the models; more workers than CPUs only cost memory.
  const jobs = Math.min(requestedJobs, availableParallelism());
  if (jobs < requestedJobs) process.stderr.write(`lektor: --jobs ${requestedJobs} exceeds the ${jobs} available CPUs; using ${jobs}\n`);
  if (jobs === 1) await runInProcess(input, output, options);
  else await runOnWorkers(input, output, options, jobs);
}
