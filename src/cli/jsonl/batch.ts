/**
 * `lektor analyze --jsonl`: one result line per input line, in input order. With jobs > 1 the
 * lines go to worker threads in batches; at most WINDOW_PER_JOB × jobs batches are read ahead
 * of the output, so memory stays flat however long the input is.
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
import type { BatchTask, LineBatch } from './worker.js';

const WINDOW_PER_JOB = 4;
/**
 * A task carries a run of lines: a message to a worker and back costs about as much as the
 * analysis of a short line, so one message per line would spend the second core on messaging.
 * A batch closes at this many characters or lines, or when no further line is ready yet.
 */
const BATCH_CHARS = 16 * 1024;
const BATCH_LINES = 256;
/**
 * Each worker holds a second batch while it analyses the first, so that it never waits for the
 * main thread to hand it the next one (a wait that grows long on a busy machine).
 */
const BATCHES_PER_WORKER = 2;

async function runInProcess(input: Readable, output: Writable, options: AnalyzeOptions): Promise<void> {
  // Imported here, not at the top: with --jobs only the workers load lektor and its models.
  const { analyzeLine } = await import('./record.js');
  let lineNumber = 0;
  for await (const line of readLines(input)) await write(output, `${analyzeLine(line, ++lineNumber, options)}\n`);
}

const NOT_YET = Symbol('no line ready');

/**
 * Consecutive lines grouped into batches. A batch is handed on as soon as the next line is not
 * already at hand, so a producer that sends one line and waits for its answer gets it.
 */
async function* batches(lines: AsyncIterator<string>): AsyncGenerator<LineBatch> {
  let batch: LineBatch = { lines: [], firstLineNumber: 1 };
  let chars = 0;
  const take = () => {
    const full = batch;
    batch = { lines: [], firstLineNumber: full.firstLineNumber + full.lines.length };
    chars = 0;
    return full;
  };
  const nextTurn = () => new Promise<typeof NOT_YET>((resolve) => setImmediate(resolve, NOT_YET));
  for (;;) {
    const pending = lines.next();
    let result = batch.lines.length === 0 ? await pending : await Promise.race([pending, nextTurn()]);
    if (result === NOT_YET) {
      yield take();
      result = await pending;
    }
    if (result.done) break;
    batch.lines.push(result.value);
    chars += result.value.length;
    if (chars >= BATCH_CHARS || batch.lines.length >= BATCH_LINES) yield take();
  }
  if (batch.lines.length > 0) yield take();
}

/** Starts the workers and checks that they load, so that a broken install fails once, not per line. */
async function startPool(jobs: number, options: AnalyzeOptions): Promise<Tinypool> {
  // Workers run compiled JavaScript: under tsx (lektor run from source) worker threads get no TypeScript loader.
  const filename = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (!existsSync(filename)) throw new Error('--jobs needs the built package (npm run build): no worker.js next to batch.js');
  const pool = new Tinypool({ filename, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: BATCHES_PER_WORKER });
  // Tinypool reports a worker that dies while idle as an 'error' event; the next task gets a fresh worker.
  pool.on('error', (error: Error) => process.stderr.write(`lektor: a worker stopped: ${error.message}\n`));
  try {
    const probe: BatchTask = { lines: ['{"text": ""}'], firstLineNumber: 0, options };
    await Promise.all(Array.from({ length: jobs }, () => pool.run(probe)));
  } catch (error) {
    await pool.destroy();
    throw new Error(`cannot start worker threads: ${(error as Error).message}`);
  }
  return pool;
}

/** The output of a batch. A worker that dies (e.g. out of memory) costs the line it died on, not the batch or the run. */
async function analyzeOnPool(pool: Tinypool, batch: LineBatch, options: AnalyzeOptions): Promise<string> {
  try {
    return (await pool.run({ ...batch, options } satisfies BatchTask)) as string;
  } catch (error) {
    if (batch.lines.length === 1) return `${errorRecord(null, batch.firstLineNumber, `worker failed: ${(error as Error).message}`)}\n`;
    const single = batch.lines.map((line, i) => analyzeOnPool(pool, { lines: [line], firstLineNumber: batch.firstLineNumber + i }, options));
    return (await Promise.all(single)).join('');
  }
}

async function runOnWorkers(input: Readable, output: Writable, options: AnalyzeOptions, jobs: number): Promise<void> {
  const pool = await startPool(jobs, options);
  // Results are written as soon as they and all before them are in, not when the window fills.
  let written = Promise.resolve();
  const unwritten: Promise<void>[] = [];
  try {
    for await (const batch of batches(readLines(input)[Symbol.asyncIterator]())) {
      const result = analyzeOnPool(pool, batch, options);
      written = written.then(async () => write(output, await result));
      // A failed write is reported by the await below; the batches queued behind it fail with it, unheard.
      written.catch(() => undefined);
      unwritten.push(written);
      if (unwritten.length >= WINDOW_PER_JOB * jobs) await unwritten.shift();
    }
    await written;
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
