/**
 * lektor/browser in a real browser: the core bundled for browsers, its models fetched from a local
 * server, the corpus article analysed in headless Chromium to the same result as in Node.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleBrowser } from '../scripts/bundle-browser.js';
import { analyze, type AnalyzeOptions } from '../src/index.js';
import { launchChromium } from './helpers/chromium.js';

const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'test-output/browser');
const PAGE = `<!doctype html><meta charset="utf-8"><title>lektor</title>
<script type="module">import * as lektor from '/lektor.js'; globalThis.lektor = lektor;</script>`;

const FILES: Record<string, () => { type: string; body: Buffer | string }> = {
  '/': () => ({ type: 'text/html', body: PAGE }),
  '/lektor.js': () => ({ type: 'text/javascript', body: readFileSync(join(outdir, 'lektor.js')) }),
};

let server: Server;
let origin: string;
let browser: Browser;
const requested: string[] = [];

beforeAll(async () => {
  await bundleBrowser(join(outdir, 'lektor.js'));
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const model = path.startsWith('/models/') && readdirSync(join(root, 'models')).find((file) => `/models/${file}` === path);
    const file = model ? { type: 'application/octet-stream', body: readFileSync(join(root, 'models', model)) } : FILES[path]?.();
    response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' }).end(file?.body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface BrowserRun {
  /** What analyze() threw before the models were loaded. */
  error: string;
  analysis: unknown;
}

async function analyzeInBrowser(text: string, options: AnalyzeOptions = {}): Promise<BrowserRun> {
  const page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'lektor' in globalThis);
  const run = await page.evaluate(async ({ text, origin, options }) => {
    const lektor = (globalThis as unknown as { lektor: typeof import('../src/browser.js') }).lektor;
    let error = '';
    try {
      lektor.analyze('Ein kurzer Text.');
    } catch (caught) {
      error = String(caught);
    }
    await lektor.loadModels({ baseUrl: `${origin}/models/` });
    return { error, analysis: lektor.analyze(text, options) };
  }, { text, origin, options });
  await page.close();
  return run;
}

describe('lektor/browser', () => {
  it('analyses the corpus article in Chromium exactly as in Node, after loadModels()', async () => {
    const text = readFileSync(join(root, 'corpus/de/putin-kim.txt'), 'utf8');
    const { analysis, error } = await analyzeInBrowser(text);
    expect(error).toMatch(/loadModels/);
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(text))));
    expect(requested.every((url) => url.startsWith(origin))).toBe(true);
  });

  it("extracts a web page's article with the browser's own DOMParser to the same analysis as Node's linkedom", async () => {
    const page = readFileSync(join(root, 'test/fixtures/html/en-library.html'), 'utf8');
    const { analysis } = await analyzeInBrowser(page, { input: 'html' });
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(page, { input: 'html' }))));
    expect((analysis as { quotes: unknown[] }).quotes.length).toBeGreaterThan(0);
  });
});
