/** `lektor analyze` on one document: formats, flags, and failing the right way. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../src/cli/args.js';
import { ARTICLE, runCli, runShell } from './helpers/cli.js';
import { analysisProblems } from './helpers/validate-analysis.js';

const article = readFileSync(ARTICLE, 'utf8');

const unescapeHtml = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);

describe('lektor analyze: formats', () => {
  it('prints the Analysis as JSON by default, valid against the contract', () => {
    const { status, stdout, stderr } = runCli(['analyze', ARTICLE]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysisProblems(article, analysis)).toEqual([]);
    expect(analysis.title.text).toBe('Putin und Kim: Freunde in Not (Munition)');
  });

  it('reads stdin for "-" and prints one line with --compact', () => {
    const { status, stdout } = runCli(['analyze', '-', '--compact'], article);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(analysisProblems(article, JSON.parse(stdout))).toEqual([]);
  });

  it('applies --summary-sentences', () => {
    const { stdout } = runCli(['analyze', ARTICLE, '--summary-sentences', '2']);
    expect(JSON.parse(stdout).summary.sentences.length).toBeLessThanOrEqual(2);
  });

  it('writes a readable report with --format text', () => {
    const { status, stdout } = runCli(['analyze', ARTICLE, '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Language: +de \(confidence/);
    expect(stdout).toContain('Title:     Putin und Kim: Freunde in Not (Munition)');
    expect(stdout).toContain('Headings:\n  - Viel zu gewinnen');
    expect(stdout).toMatch(/\nEntities \(\d+\):\n {2}(PER|LOC|ORG|MISC) +\S/);
    expect(stdout).toContain('Summary:');
  });

  it('writes one self-contained, escaped page with --format html', () => {
    const hostile = 'Ein Test <script>alert("x")</script> & mehr\n\nAngela Merkel sagte: „Wir <b>schaffen</b> das.“';
    const { status, stdout } = runCli(['analyze', '--format', 'html'], hostile);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).not.toMatch(/<link|\ssrc=|https?:|url\(/i);
    expect(stdout.match(/<script/g)).toHaveLength(1); // the page's own inline script, nothing from the input
    expect(stdout).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mehr');
    expect(stdout).not.toContain('<b>schaffen</b>');
  });

  it('keeps every block of the corpus article in the html, with its entities marked', () => {
    const html = runCli(['analyze', ARTICLE, '--format', 'html']).stdout;
    const analysis = JSON.parse(runCli(['analyze', ARTICLE, '--compact']).stdout);
    expect(html).toContain('<article lang="de">');
    expect(html).toMatch(/<h1>.*Freunde in Not \(Munition\)<\/h1>/);
    const body = html.slice(html.indexOf('>', html.indexOf('<article')) + 1, html.indexOf('</article>'));
    const blocks = body.trim().split('\n').map((block) => unescapeHtml(block.replace(/<br>/g, '\n').replace(/<[^>]+>/g, '')));
    expect(blocks).toEqual(analysis.blocks.map((block: { text: string }) => block.text));
    for (const entity of analysis.entities) expect(body).toContain(`class="ent ${entity.type}"`);
  });
});

describe('lektor: usage and errors', () => {
  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toMatch(/^usage: lektor analyze/);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('rejects an unknown flag with exit 2, the reason and the usage', () => {
    const { status, stdout, stderr } = runCli(['analyze', '--bogus', ARTICLE]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^lektor: unknown option '--bogus'\n\nusage: lektor analyze/);
  });

  it.each([
    [['frobnicate'], /^unknown command 'frobnicate'$/],
    [[], /^missing command$/],
    [['analyze', 'a.txt', 'b.txt'], /^analyze takes one input, got 2$/],
    [['analyze', '--format', 'pdf'], /^--format must be json, text or html/],
    [['analyze', '--format'], /^option '--format <value>' argument missing/],
    [['analyze', '--summary-words', 'ten'], /^--summary-words takes a positive whole number/],
    [['analyze', '--summary-words', '5', '--summary-sentences', '2'], /^give either --summary-sentences or --summary-words/],
    [['analyze', '--languages', 'de,english'], /^--languages\[1\] must be an ISO 639 code/],
    [['analyze', '--jobs', '2'], /^--jobs applies to --jsonl only$/],
    [['analyze', '--jsonl', '--jobs', '1.5'], /^--jobs takes a positive whole number/],
    [['analyze', '--jsonl', '--format', 'text'], /^--jsonl writes JSON lines/],
  ])('refuses %j', (args, reason) => {
    expect(() => parseCommandLine(args)).toThrow(UsageError);
    expect(() => parseCommandLine(args)).toThrow(reason);
  });

  it('maps flags to analysis options', () => {
    expect(parseCommandLine(['analyze', '--summary-words', '60', '--languages', 'de, EN', '--language', 'de', 'x.txt'])).toMatchObject({
      input: 'x.txt',
      implicitStdin: false,
      options: { summary: { words: 60 }, languages: ['de', 'en'], language: 'de' },
    });
    expect(parseCommandLine(['analyze', '--jsonl', '-j', '2'])).toMatchObject({ input: '-', implicitStdin: true, jsonl: true, jobs: 2 });
  });

  it.each([
    ['a missing file', 'no/such/file.txt', "lektor: cannot read 'no/such/file.txt': no such file"],
    ['a directory', 'corpus', "lektor: cannot read 'corpus': is a directory"],
  ])('fails on %s with one line on stderr', (_, path, message) => {
    for (const args of [['analyze', path], ['analyze', '--jsonl', path]]) {
      const { status, stdout, stderr } = runCli(args);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${message}\n`);
    }
  });

  it('exits quietly when the reader goes away (EPIPE)', () => {
    const jsonl = join(mkdtempSync(join(tmpdir(), 'lektor-')), 'many.jsonl');
    writeFileSync(jsonl, Array.from({ length: 40 }, (_, i) => `${JSON.stringify({ id: i, text: article })}\n`).join(''));
    const script = [
      `node --import tsx src/cli/main.ts analyze corpus/de/putin-kim.txt | head -c 10 > /dev/null; echo "doc:\${PIPESTATUS[0]}"`,
      `node --import tsx src/cli/main.ts analyze --jsonl < ${jsonl} | head -c 10 > /dev/null; echo "jsonl:\${PIPESTATUS[0]}"`,
    ].join('\n');
    const { stdout, stderr } = runShell(script);
    expect(stdout).toBe('doc:0\njsonl:0\n');
    expect(stderr).toBe('');
  });
});
