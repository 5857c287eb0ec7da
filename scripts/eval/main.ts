/**
 * `npm run --silent eval -- TASK --data PATH [--lang xx]`: runs scripts/eval/TASK.ts, whose
 * report goes to stdout as a table; the last stdout line is one JSON object with the figures.
 */
import { existsSync } from 'node:fs';
import { parseEvalArgs } from './args.js';

interface EvalTask {
  run(args: ReturnType<typeof parseEvalArgs>): Promise<Record<string, unknown>> | Record<string, unknown>;
}

try {
  const args = parseEvalArgs(process.argv.slice(2));
  const module = new URL(`./${args.task}.ts`, import.meta.url);
  if (!/^[a-z-]+$/.test(args.task) || !existsSync(module)) throw new Error(`unknown eval task ${JSON.stringify(args.task)}`);
  if (!existsSync(args.data)) throw new Error(`no such data: ${args.data}`);
  const task = (await import(module.href)) as EvalTask;
  const figures = await task.run(args);
  process.stdout.write(`${JSON.stringify({ task: args.task, data: args.data, ...figures })}\n`);
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
