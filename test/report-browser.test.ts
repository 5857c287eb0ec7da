/**
 * The HTML report as a reader meets it: opened in headless Chromium (playwright-core driving the
 * system's chromium; `.ci/run` installs it), offline, clicked, and photographed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, htmlReport } from '../src/index.js';
import type { Analysis } from '../src/types.js';
import { launchChromium } from './helpers/chromium.js';
import { ARTICLE, ROOT } from './helpers/cli.js';

const OUTPUT = `${ROOT}test-output/`;

const text = readFileSync(ARTICLE, 'utf8');
let analysis: Analysis;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

/** A page showing `html`, with its requests, script errors and console errors collected. */
async function openReport(html: string): Promise<Page> {
  const opened = await context.newPage();
  opened.on('request', (request) => requests.push(request.url()));
  opened.on('pageerror', (error) => errors.push(error.message));
  opened.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await opened.setContent(html, { waitUntil: 'load' });
  return opened;
}

beforeAll(async () => {
  analysis = analyze(text);
  const html = htmlReport(analysis, text);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(`${OUTPUT}report.html`, html);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every request the page tries is recorded and refused: the report must need none.
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page = await openReport(html);
});

afterAll(async () => {
  await browser?.close();
});

/** The set of quote ids marked in the article that match a selector. */
async function quoteIds(selector: string): Promise<string[]> {
  const ids = await page.locator(`article ${selector}`).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-quote')));
  return [...new Set(ids)].sort() as string[];
}

describe('the HTML report in Chromium', () => {
  it('renders the article offline, without a single network request', async () => {
    await expect(page.title()).resolves.toBe(analysis.title?.text);
    await expect(page.locator('article h1').innerText()).resolves.toBe(analysis.title?.text);
    await expect(page.locator('header .summary').innerText()).resolves.not.toBe('');
    expect(await page.locator('header .keyphrases li').count()).toBe(analysis.keyphrases.length);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]); // a resource refused by the page's Content-Security-Policy shows up here
  });

  it('marks the mentions of every entity type found, and every quote', async () => {
    const types = new Set(analysis.entities.map((entity) => entity.type));
    expect(types.size).toBeGreaterThan(1);
    for (const type of types) {
      const mentions = analysis.entities.filter((e) => e.type === type).reduce((sum, e) => sum + e.mentions.length, 0);
      expect(await page.locator(`article mark.ent.${type}`).count(), type).toBeGreaterThanOrEqual(mentions);
    }
    expect(await quoteIds('.quote')).toEqual(analysis.quotes.map((quote) => quote.id).sort());
  });

  it('shows boilerplate marked as such instead of hiding it', async () => {
    const boilerplate = page.locator('article .boilerplate');
    expect(await boilerplate.count()).toBe(analysis.blocks.filter((block) => block.kind === 'boilerplate').length);
    await expect(boilerplate.first().isVisible()).resolves.toBe(true);
  });

  it('keeps text on every highlight readable (WCAG AA, 4.5:1)', async () => {
    const pairs = await page.evaluate(`[...document.querySelectorAll('mark.ent, .quote.selected, .boilerplate, .byline, .speaker-button, .count, .meta, aside a')]
      .map((element) => { const style = getComputedStyle(element); return [element.className, style.color, style.backgroundColor]; })`);
    for (const [className, color, background] of pairs as [string, string, string][]) {
      const backdrop = background === 'rgba(0, 0, 0, 0)' ? 'rgb(251, 250, 246)' : background;
      expect(contrast(color, backdrop), `${className}: ${color} on ${backdrop}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('highlights exactly the quotes of the speaker clicked, and changes or clears it on the next click', async () => {
    const buttons = page.locator('aside button[data-speaker]');
    expect(await buttons.count()).toBeGreaterThan(1);
    const [first, second] = [buttons.nth(0), buttons.nth(1)];
    const firstKey = (await first.getAttribute('data-speaker'))!;
    const nameOf = (button: typeof first) => button.locator('.name').innerText();
    const quotesOf = (name: string) =>
      analysis.quotes
        .filter((quote) => quote.speaker?.name === name)
        .map((quote) => quote.id)
        .sort();

    expect(await quoteIds('.quote.selected')).toEqual([]);
    await first.click();
    expect(await quoteIds('.quote.selected')).toEqual(await quoteIds(`.quote[data-speaker="${firstKey}"]`));
    expect(await quoteIds('.quote.selected')).toEqual(quotesOf(await nameOf(first)));
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.screenshot({ path: `${OUTPUT}report.png`, fullPage: true });

    await second.click();
    expect(await quoteIds('.quote.selected')).toEqual(quotesOf(await nameOf(second)));
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('false');

    await second.press('Enter'); // a button works from the keyboard too
    expect(await quoteIds('.quote.selected')).toEqual([]);
    expect(existsSync(`${OUTPUT}report.png`)).toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is a working page for documents with nothing to mark, or no text at all', async () => {
    for (const input of ['', 'ein kurzer satz ohne namen und ohne zitate.']) {
      const plain = await openReport(htmlReport(analyze(input), input));
      await expect(plain.locator('aside').innerText()).resolves.toContain('No quotes with a speaker.');
      expect(await plain.locator('article mark, article .quote').count()).toBe(0);
      await plain.close();
    }
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
