/**
 * Every example in examples/ runs with the one command its header and examples/README.md give,
 * and prints what it promises. The examples import 'lektor' as users do; inside the repository
 * that name resolves to the package itself, i.e. to the build in dist/, so the suite builds first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { ARTICLE, ROOT, build } from './helpers/cli.js';

/** `npx tsx examples/NAME ARGS...` from the repository root; fails the test on a non-zero exit. */
function runExample(name: string, ...args: string[]): string {
  const result = spawnSync('npx', ['tsx', `examples/${name}`, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.stderr, `examples/${name} wrote to stderr`).toBe('');
  expect(result.status, `examples/${name} failed`).toBe(0);
  return result.stdout;
}

/** A strict RFC 4180 reader, so the test does not trust the writer's idea of CSV. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let at = 0;
  while (at < csv.length) {
    if (csv[at] === '"' && field === '') {
      const close = () => csv.indexOf('"', at);
      at += 1;
      for (let next = close(); ; next = close()) {
        if (next < 0) throw new Error('unterminated quoted field');
        field += csv.slice(at, next);
        at = next + 1;
        if (csv[at] !== '"') break;
        field += '"';
        at += 1;
      }
      if (!/^(,|\r\n|$)/.test(csv.slice(at, at + 2))) throw new Error(`text after a quoted field at ${at}`);
    } else if (csv[at] === ',') {
      row.push(field);
      field = '';
      at += 1;
    } else if (csv.startsWith('\r\n', at)) {
      rows.push([...row, field]);
      row = [];
      field = '';
      at += 2;
    } else {
      if (/["\r\n]/.test(csv[at]!)) throw new Error(`bare ${JSON.stringify(csv[at])} in an unquoted field at ${at}`);
      field += csv[at];
      at += 1;
    }
  }
  if (row.length > 0 || field !== '') throw new Error('the last record has no CRLF');
  return rows;
}

const articleText = readFileSync(ARTICLE, 'utf8');
const article = analyze(articleText);
let scratch: string;

beforeAll(() => {
  build();
  scratch = mkdtempSync(join(tmpdir(), 'lektor-examples-'));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('examples', () => {
  it('are each documented with their command in examples/README.md and the project README', () => {
    const examples = readdirSync(`${ROOT}examples`).filter((name) => name.endsWith('.ts'));
    for (const name of examples) {
      expect(readFileSync(`${ROOT}examples/README.md`, 'utf8')).toContain(`npx tsx examples/${name}`);
      expect(readFileSync(`${ROOT}README.md`, 'utf8')).toContain(`npx tsx examples/${name}`);
    }
  });

  it('analyze-article.ts prints the people and every quote with its speaker', () => {
    const output = runExample('analyze-article.ts');
    const people = article.entities.filter((entity) => entity.type === 'PER');
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(output).toContain(`  ${person.name} (${person.mentions.length}×)`);
    expect(article.quotes.length).toBeGreaterThan(0);
    for (const quote of article.quotes) {
      expect(output).toContain(`  ${quote.speaker?.name ?? '(no speaker)'} [${quote.kind}]: "${quote.text.replace(/\s+/g, ' ')}"`);
    }
    expect(output).toContain('=== quote.text is true');
  });

  it('analyze-article.ts reads the file it is given', () => {
    const file = `${ROOT}corpus/en/harbour-vote.txt`;
    const { title, language } = analyze(readFileSync(file, 'utf8'));
    expect(runExample('analyze-article.ts', file).split('\n')[0]).toBe(`${title!.text} [${language.code}]`);
  });

  it('quotes-to-csv.ts writes one RFC 4180 row per quote, with commas, quote marks and line breaks intact', () => {
    const rows = parseCsv(runExample('quotes-to-csv.ts'));
    expect(rows[0]).toEqual(['id', 'kind', 'speaker', 'speaker_entity', 'cue', 'start', 'end', 'text']);
    expect(rows.length - 1).toBe(article.quotes.length);
    article.quotes.forEach((quote, index) => {
      const [id, kind, speaker, entity, cue, start, end, text] = rows[index + 1]!;
      expect({ id, kind, speaker, entity, cue, start: Number(start), end: Number(end), text }).toEqual({
        id: quote.id,
        kind: quote.kind,
        speaker: quote.speaker?.name ?? '',
        entity: quote.speaker?.entity ?? '',
        cue: quote.cue?.text ?? '',
        start: quote.start,
        end: quote.end,
        text: quote.text,
      });
    });
    // Quotes that need CSV quoting: a comma and quote marks in one, a line break in another.
    const file = join(scratch, 'tricky.txt');
    const tricky =
      'Harbour plan approved\n\n“We said "yes", and we meant it,” Mayor Jane Holloway said on Monday. The council met late. “The vote was close,\nbut fair,” said councillor Tom Baker.\n';
    writeFileSync(file, tricky);
    const trickyQuotes = analyze(tricky).quotes;
    expect(trickyQuotes.some((quote) => quote.text.includes(',') && quote.text.includes('"'))).toBe(true);
    expect(trickyQuotes.some((quote) => quote.text.includes('\n'))).toBe(true);
    const trickyRows = parseCsv(runExample('quotes-to-csv.ts', file)).slice(1);
    expect(trickyRows.map((row) => row[7])).toEqual(trickyQuotes.map((quote) => quote.text));
  });

  it('jsonl-folder.ts writes one analysis per .txt file of a folder and its subfolders, in path order', () => {
    const lines = runExample('jsonl-folder.ts').trimEnd().split('\n');
    const files = readdirSync(`${ROOT}corpus`, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt'));
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(files.map((name) => name.replaceAll('\\', '/')).sort());
    const first = JSON.parse(lines[0]!);
    const { id, ...analysis } = first;
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(readFileSync(`${ROOT}corpus/${id}`, 'utf8')))));

    const folder = join(scratch, 'articles');
    mkdirSync(join(folder, 'b'), { recursive: true });
    writeFileSync(join(folder, 'b', 'one.txt'), 'Harbour plan approved\n\nThe council approved the plan on Monday.\n');
    writeFileSync(join(folder, 'a.txt'), '');
    writeFileSync(join(folder, 'notes.md'), '# not an article\n');
    const results = runExample('jsonl-folder.ts', folder).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(results.map((result) => result.id)).toEqual(['a.txt', 'b/one.txt']);
    expect(results[1].title.text).toBe('Harbour plan approved');
  });

  it('custom-stage.ts runs its own stage after the default ones: sentences with figures and quotes per speaker', () => {
    const output = runExample('custom-stage.ts');
    const [, flagged, total] = /^Sentences with figures: (\d+) of (\d+)$/m.exec(output) ?? [];
    expect(Number(total)).toBe(article.sentences.length);
    const flaggedLines = output.split('\n').filter((line) => line.startsWith('  ['));
    expect(flaggedLines.length).toBe(Number(flagged));
    expect(flaggedLines.length).toBeGreaterThan(0);
    for (const line of flaggedLines) {
      const [, figures, sentence] = /^ {2}\[(.+?)\] (.*)$/.exec(line)!;
      for (const figure of figures!.split(', ')) {
        expect(figure).toMatch(/\d/);
        expect(sentence).toContain(figure);
      }
    }
    const counts = [...output.split('Quotes per speaker:\n')[1]!.matchAll(/^ {2}(\d+) {2}(.+)$/gm)].map(([, count, name]) => [name, Number(count)]);
    const expected = new Map<string, number>();
    for (const { speaker } of article.quotes) if (speaker) expected.set(speaker.name, (expected.get(speaker.name) ?? 0) + 1);
    expect(new Map(counts as [string, number][])).toEqual(expected);
  });

  it('html-report.ts turns a saved web page into the self-contained report of its article', () => {
    const pagePath = `${ROOT}examples/pages/harbour-news.html`;
    const page = readFileSync(pagePath, 'utf8');
    const analysis = analyze(page, { input: 'html' });
    const report = runExample('html-report.ts');
    expect(runExample('html-report.ts', pagePath)).toBe(report);
    expect(report.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(report).toContain(`<title>${analysis.title!.text}</title>`);
    // Every quote of the page's analysis is marked, and each person named in it.
    expect(new Set([...report.matchAll(/data-quote="(q\d+)"/g)].map((match) => match[1])).size).toBe(analysis.quotes.length);
    expect(analysis.quotes.length).toBeGreaterThan(2);
    for (const person of analysis.entities.filter((entity) => entity.type === 'PER')) expect(report).toContain(person.name);
    // The page around the article (ads, navigation, newsletter box) stays out, and nothing loads from elsewhere.
    for (const clutter of ['Sea kayaks half price', 'Switch your energy supplier', 'Get the Courier in your inbox']) expect(report).not.toContain(clutter);
    expect(report).not.toMatch(/(src|href)="https?:/);
  });
});
