/** Runs the lektor command line in a child process, the way users run it. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTICLE = `${ROOT}corpus/de/putin-kim.txt`;
const SOURCE_CLI = `${ROOT}src/cli/main.ts`;
const BUILT_CLI = `${ROOT}dist/cli/main.js`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** From source under tsx, so the tests see the current code without a build. */
export function runCli(args: string[], input?: string | Buffer): CliResult {
  return runNode(['--import', 'tsx', SOURCE_CLI, ...args], input);
}

/** The compiled CLI; needed for --jobs, whose worker threads load compiled JavaScript. */
export function runBuiltCli(args: string[], input?: string | Buffer): CliResult {
  return runNode([BUILT_CLI, ...args], input);
}

/** Compiles src/ to dist/. tsc emits even when other parts of the tree have type errors. */
export function build(): void {
  spawnSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.build.json`], { cwd: ROOT });
  if (!existsSync(`${ROOT}dist/cli/jsonl/worker.js`)) throw new Error('build did not produce dist/cli/jsonl/worker.js');
}

function runNode(args: string[], input?: string | Buffer): CliResult {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a shell pipeline from the repository root, e.g. to see how the CLI behaves under `| head`. */
export function runShell(script: string): CliResult {
  const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
