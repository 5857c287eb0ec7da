#!/usr/bin/env node
/** The `lektor` command: data to stdout, messages to stderr, a one-line reason on failure. */
import { readFileSync } from 'node:fs';
import { parseCommandLine, UsageError, type AnalyzeRequest } from './args.js';
import { htmlReport } from '../report/html.js';
import { formatText } from './format/text.js';
import { openStream, readDocument } from './input.js';
import { runJsonl } from './jsonl/batch.js';
import { write } from './output.js';
import { USAGE } from './usage.js';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

async function render(text: string, request: AnalyzeRequest): Promise<string> {
  // Imported on demand: `--help`, usage errors and `--jsonl --jobs N` never need lektor's models here.
  const { analyze } = await import('../index.js');
  const analysis = analyze(text, request.options);
  switch (request.format) {
    case 'text':
      return formatText(analysis);
    case 'html':
      return htmlReport(analysis, text);
    case 'json':
      return `${JSON.stringify(analysis, null, request.compact ? undefined : 2)}\n`;
  }
}

async function runAnalyze(request: AnalyzeRequest): Promise<void> {
  // Waiting silently on a terminal looks like a hang; say what is expected instead.
  if (request.implicitStdin && process.stdin.isTTY) throw new UsageError('no input: give a FILE, or pipe text into stdin');
  if (request.jsonl) await runJsonl(openStream(request.input), process.stdout, request.options, request.jobs);
  else await write(process.stdout, await render(readDocument(request.input), request));
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const request = parseCommandLine(argv);
    if (request.command === 'help') await write(process.stdout, USAGE);
    else if (request.command === 'version') await write(process.stdout, `${version()}\n`);
    else await runAnalyze(request);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lektor: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`lektor: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

// A reader that goes away (`lektor ... | head`) ends the run; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`lektor: cannot write output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

process.exitCode = await main(process.argv.slice(2));
