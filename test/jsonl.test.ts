/** `lektor analyze --jsonl`: one result line per input line, in order, whatever the lines hold. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../src/cli/jsonl/lines.js';
import { ARTICLE, ROOT, build, runBuiltCli, runCli, runShell } from './helpers/cli.js';
import { analysisProblems } from './helpers/validate-analysis.js';

const article = readFileSync(ARTICLE, 'utf8');
const english = 'Talks stall in Geneva\n\nAngela Merkel met Emmanuel Macron in Paris on Monday. "We agree," Macron said.';

function outputLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line));
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lektor-jsonl-')), name);
  writeFileSync(path, content);
  return path;
}

describe('readLines', () => {
  async function collect(chunks: string[]): Promise<string[]> {
    const lines: string[] = [];
    for await (const line of readLines((async function* () { yield* chunks; })())) lines.push(line);
    return lines;
  }

  it('gives the same lines however the input is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'ü', '\n', '\r', '{', ' ')), fc.array(fc.nat()), async (chars, cutsAt) => {
        const text = chars.join('');
        const cuts = [...new Set(cutsAt.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...cuts].map((from, i) => text.slice(from, [...cuts, text.length][i]));
        const expected = text === '' ? [] : text.replace(/\n$/, '').split('\n').map((line) => line.replace(/\r$/, ''));
        expect(await collect(chunks)).toEqual(expected);
      }),
    );
  });

  it('drops a byte order mark at the start of the input only', async () => {
    expect(await collect(['\uFEFF{"a"', ':1}\n\uFEFFx'])).toEqual(['{"a":1}', '\uFEFFx']);
  });
});

describe('lektor analyze --jsonl', () => {
  const input = [
    JSON.stringify({ id: 'de-1', text: article }),
    '{"id": 7, "text": "unterminated',
    '',
    JSON.stringify({ id: 'n', text: 42 }),
    JSON.stringify({ text: english }),
    '[1, 2, 3]',
    'not json at all',
    `${JSON.stringify({ id: { nested: true }, text: english })}\r`,
    JSON.stringify({ id: 'no-text' }),
  ];

  it('writes one line per input line, in order, with the id as first field', () => {
    const { status, stdout, stderr } = runCli(['analyze', '--jsonl'], `${input.join('\n')}\n`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = outputLines(stdout);
    expect(lines).toHaveLength(input.length);
    expect(lines.map((line) => line.id)).toEqual(['de-1', 7, null, 'n', null, null, null, { nested: true }, 'no-text']);

    const [german, , , , withoutId, , , crlf] = lines;
    for (const [analysis, text] of [[german, article], [withoutId, english], [crlf, english]] as const) {
      expect(Object.keys(analysis!)[0]).toBe('id');
      const { id: _, ...rest } = analysis!;
      expect(analysisProblems(text, rest)).toEqual([]);
    }
    expect(german!.language).toMatchObject({ code: 'de' });
  });

  it('answers a bad line with an error record naming the line', () => {
    const lines = outputLines(runCli(['analyze', '--jsonl'], input.join('\n')).stdout);
    const errors = Object.fromEntries(lines.map((line, i) => [i + 1, line.error]).filter(([, error]) => error !== undefined));
    expect(Object.keys(errors).map(Number)).toEqual([2, 3, 4, 6, 7, 9]);
    expect(errors[2]).toMatch(/^line 2: malformed JSON/);
    expect(errors[3]).toBe('line 3: empty line');
    expect(errors[4]).toBe('line 4: "text" must be a string, got a number');
    expect(errors[6]).toMatch(/^line 6: expected an object/);
    expect(errors[9]).toBe('line 9: no "text" field');
    for (const line of lines.filter((line) => line.error !== undefined)) expect(Object.keys(line)).toEqual(['id', 'error']);
  });

  it('applies analysis flags to every line', () => {
    const lines = outputLines(runCli(['analyze', '--jsonl', '--summary-sentences', '1', '--language', 'de'], input.slice(0, 1).join('\n')).stdout);
    expect((lines[0]!.summary as { sentences: unknown[] }).sentences).toHaveLength(1);
  });

  it('takes a 20 MB line in its stride and keeps the lines after it', () => {
    const path = tempFile(
      'big.jsonl',
      [
        JSON.stringify({ id: 'big', text: false, padding: 'x'.repeat(20_000_000) }),
        JSON.stringify({ id: 'after', text: english }),
        `{"id": "cut", "text": "${'y'.repeat(5_000_000)}`,
      ].join('\n'),
    );
    const { status, stdout } = runCli(['analyze', '--jsonl', path]);
    expect(status).toBe(0);
    const lines = outputLines(stdout);
    expect(lines.map((line) => line.id)).toEqual(['big', 'after', 'cut']);
    expect(lines[0]!.error).toBe('line 1: "text" must be a string, got a boolean');
    expect(lines[1]!.error).toBeUndefined();
    expect(lines[2]!.error).toMatch(/^line 3: malformed JSON/);
  });
});

describe('lektor analyze --jsonl --jobs', () => {
  beforeAll(build, 120_000);

  it('keeps input order on two worker threads, with the same results as one', () => {
    const lines = Array.from({ length: 16 }, (_, i) =>
      i % 5 === 3 ? `broken ${i}` : JSON.stringify({ id: i, text: i % 2 ? english : article.slice(0, 500 + 300 * i) }),
    );
    const input = `${lines.join('\n')}\n`;
    const parallel = runBuiltCli(['analyze', '--jsonl', '--jobs', '2'], input);
    expect(parallel.stderr).not.toMatch(/\n\s+at /);
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toBe(runBuiltCli(['analyze', '--jsonl'], input).stdout);
    expect(outputLines(parallel.stdout).map((line) => line.id)).toEqual(lines.map((line, i) => (line.startsWith('broken') ? null : i)));
  });

  it('keeps order and count over many short lines, sent to the workers in batches', () => {
    const lines = Array.from({ length: 1500 }, (_, i) => (i % 97 === 5 ? '' : JSON.stringify({ id: i, text: i % 2 ? 'Anna Schmidt sagte das.' : 'He said so.' })));
    const input = `${lines.join('\n')}\n`;
    const parallel = runBuiltCli(['analyze', '--jsonl', '--jobs', '2'], input);
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toBe(runBuiltCli(['analyze', '--jsonl'], input).stdout);
    expect(outputLines(parallel.stdout).map((line) => line.id)).toEqual(lines.map((line, i) => (line === '' ? null : i)));
  });

  it('answers a line as soon as it is analysed, without waiting for more input', async () => {
    const cli = spawn(process.execPath, [`${ROOT}dist/cli/main.js`, 'analyze', '--jsonl', '--jobs', '2'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const answers = createInterface({ input: cli.stdout })[Symbol.asyncIterator]();
    try {
      // A producer that sends a line and waits for its answer before it sends the next one.
      for (const id of [1, 2, 3]) {
        cli.stdin.write(`${JSON.stringify({ id, text: english })}\n`);
        const answer = await answers.next();
        expect(JSON.parse(answer.value as string).id).toBe(id);
      }
    } finally {
      cli.stdin.end();
      await once(cli, 'close');
    }
  }, 60_000);

  it('stops quietly when the reader goes away (EPIPE) with workers running', () => {
    const path = tempFile('many.jsonl', `${JSON.stringify({ id: 1, text: article })}\n`.repeat(40));
    const { stdout, stderr } = runShell(`node dist/cli/main.js analyze --jsonl --jobs 2 ${path} | head -n 2 > /dev/null; echo "\${PIPESTATUS[0]}"`);
    expect(stdout).toBe('0\n');
    expect(stderr).toBe('');
  });

  it('rejects a --jobs that is not a positive whole number', () => {
    const { status, stderr } = runBuiltCli(['analyze', '--jsonl', '--jobs', '0'], '');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^lektor: --jobs takes a positive whole number/);
  });
});
