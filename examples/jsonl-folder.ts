/**
 * Analyse every .txt file in a folder (and its subfolders) and write one JSON line per file:
 * the Analysis with the file's path as `id` first, or `{"id": ..., "error": ...}` for a file that
 * cannot be read, the same line format as `lektor analyze --jsonl`.
 * Run: npx tsx examples/jsonl-folder.ts [FOLDER] > analyses.jsonl   (FOLDER defaults to corpus/)
 *
 * For thousands of files, feed the command line's batch mode instead, which spreads the work
 * over worker threads: write `{"id", "text"}` lines and pipe them to `lektor analyze --jsonl --jobs 4`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from 'lektor';

const folder = process.argv[2] ?? fileURLToPath(new URL('../corpus/', import.meta.url));

// Sorted, so the output is the same on every machine and file system.
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort();

for (const file of files) {
  const id = file.split(sep).join('/');
  let line: string;
  try {
    line = JSON.stringify({ id, ...analyze(readFileSync(join(folder, file), 'utf8')) });
  } catch (error) {
    line = JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) });
  }
  process.stdout.write(`${line}\n`);
}
