/** `analyze(page, { input: 'html' })`: the article read out of a web page, with offsets into the extracted text. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/types.js';
import { ROOT, runCli } from './helpers/cli.js';
import { analysisProblems } from './helpers/validate-analysis.js';

const fixture = (name: string) => `${ROOT}test/fixtures/html/${name}`;
const page = (name: string) => readFileSync(fixture(name), 'utf8');

/** Analyses a page and checks the contract against the extracted text. */
function analyzePage(html: string): Analysis & { source: NonNullable<Analysis['source']> } {
  const analysis = analyze(html, { input: 'html' });
  expect(analysis.source?.format).toBe('html');
  expect(analysisProblems(analysis.source!.text, analysis)).toEqual([]);
  return analysis as Analysis & { source: NonNullable<Analysis['source']> };
}

const blockKind = (analysis: Analysis, text: string) => analysis.blocks.find((block) => block.text === text)?.kind;
const inSentences = (analysis: Analysis, words: string) => analysis.sentences.some((sentence) => sentence.text.includes(words));
const speakerOf = (analysis: Analysis, words: string) => analysis.quotes.find((quote) => quote.text.includes(words))?.speaker?.name;
const people = (analysis: Analysis) => analysis.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name);

describe('HTML input: a regional German news page', () => {
  const analysis = analyzePage(page('de-faehre.html'));
  const text = analysis.source.text;

  it('takes the headline and the author from the page', () => {
    expect(analysis.title?.text).toBe('Fähre zwischen Altenweiler und Kirchhorst fährt wieder');
    expect(analysis.byline?.text).toBe('Von Lena Marquardt');
    // The kicker stays above the headline, as on the page, and is page furniture there.
    expect(text.startsWith('Lautertal\n\nFähre zwischen Altenweiler und Kirchhorst fährt wieder\n\nVon Lena Marquardt\n\n')).toBe(true);
    expect(blockKind(analysis, 'Lautertal')).toBe('boilerplate');
    expect(analysis.language.code).toBe('de');
  });

  it('leaves out the cookie banner, navigation, ads, related links, comments and footer', () => {
    for (const clutter of ['Cookies', 'Startseite', 'E-Paper', 'Traumurlaub', 'Möbelhaus Sternberg', 'Auf Facebook teilen', 'Schützenfest', 'Kommentare', 'Zumutung', 'Jetzt abonnieren', 'Impressum', 'Alle Rechte vorbehalten', 'dataLayer']) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('keeps the body paragraphs and headings, entities decoded and whitespace folded', () => {
    expect(text).toContain('Die Stadtwerke Altenweiler haben den Anleger auf der Kirchhorster Seite für rund 480.000 Euro erneuern lassen.');
    expect(text).toContain('Eine einfache Fahrt kostet für Fußgänger 1,50 Euro, für Autos 4 Euro.');
    expect(text).toContain('Bürgermeisterin Henrike Vossberg sprach am Mittwoch von einem „wichtigen Tag für das ganze Tal“.');
    expect(blockKind(analysis, 'Neuer Fahrplan ab Samstag')).toBe('heading');
    expect(blockKind(analysis, 'Kritik vom Umweltverband')).toBe('heading');
  });

  it('sets the photo caption and credit apart as boilerplate, out of the summary', () => {
    expect(blockKind(analysis, 'Foto: Paul Ehrlinger')).toBe('boilerplate');
    expect(inSentences(analysis, 'Paul Ehrlinger')).toBe(false);
    expect(blockKind(analysis, 'Die Lauterfähre bei einer Probefahrt am neuen Anleger in Kirchhorst.')).toBe('boilerplate');
    expect(analysis.summary.text).not.toContain('Probefahrt');
  });

  it('finds the people and who said what', () => {
    expect(people(analysis)).toEqual(expect.arrayContaining(['Henrike Vossberg', 'Jonas Terbeck', 'Ilka Brandhorst']));
    expect(speakerOf(analysis, 'Wir haben jeden Pfahl einzeln prüfen lassen')).toBe('Jonas Terbeck');
    expect(speakerOf(analysis, 'wichtigen Tag für das ganze Tal')).toBe('Henrike Vossberg');
  });
});

describe('HTML input: an English local news page', () => {
  const analysis = analyzePage(page('en-library.html'));
  const text = analysis.source.text;

  it('takes the headline from <title> without the site name, and the authors from the metadata', () => {
    expect(analysis.title?.text).toBe('Millbrook library reopens after flood repairs');
    expect(analysis.byline?.text).toMatch(/^By Helen Carver.+Dev Okafor$/);
    // The visible author line under the headline is not read a second time.
    expect(analysis.blocks.filter((block) => block.kind === 'byline')).toHaveLength(1);
    expect(analysis.language.code).toBe('en');
  });

  it('leaves out consent dialog, menu, ads, share buttons and footer', () => {
    for (const clutter of ['214 partners', 'Skip to main content', 'Property', 'Compare energy deals', 'Advertisement', 'Share on Facebook', 'Privacy notice', 'All rights reserved']) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('reads a pull quote once, and keeps lists and headings', () => {
    expect(text.split('People have been knocking on the window').length - 1).toBe(1);
    expect(text).toContain('waterproof shelving for the local history collection;');
    expect(blockKind(analysis, 'What has changed?')).toBe('heading');
  });

  it('does not take "Most read" links, a figure\'s caption or its credit for body text', () => {
    expect(inSentences(analysis, 'Bypass closed overnight')).toBe(false);
    expect(blockKind(analysis, 'Volunteers carried boxes of books back into the reading room on Monday morning.')).toBe('boilerplate');
    expect(inSentences(analysis, 'Volunteers carried boxes')).toBe(false);
    expect(blockKind(analysis, 'Photo: Sam Whitlow')).toBe('boilerplate');
    expect(inSentences(analysis, 'Sam Whitlow')).toBe(false);
  });

  it('finds the people and who said what', () => {
    expect(people(analysis)).toEqual(expect.arrayContaining(['Priya Ashdown', 'Tomasz Reilly']));
    expect(speakerOf(analysis, 'a promise kept to every family')).toBe('Priya Ashdown');
    expect(speakerOf(analysis, 'People have been knocking')).toBe('Tomasz Reilly');
  });
});

describe('HTML input: a German news magazine page with JSON-LD', () => {
  const analysis = analyzePage(page('de-forschungsschiff.html'));
  const text = analysis.source.text;

  it('takes headline and both authors from the structured data', () => {
    expect(analysis.title?.text).toBe('Forschungsschiff „Polarlicht“ kehrt nach Nordhafen zurück');
    expect(analysis.byline?.text).toMatch(/^Von Tobias Brenner.+Svenja Kahl$/);
  });

  it('leaves out consent dialog, navigation, the billboard ad, comments and footer', () => {
    for (const clutter of ['Privatsphäre', 'Anmelden', 'Podcasts', 'Wattfix', 'Melden Sie sich an', 'Cookie-Einstellungen', 'Alle Rechte vorbehalten']) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('keeps subheadings, reads the pull quote once and sets the related links apart', () => {
    expect(blockKind(analysis, 'Eisbären am Schiff')).toBe('heading');
    expect(blockKind(analysis, 'Wie geht es weiter?')).toBe('heading');
    expect(text.split('Das Eis war an vielen Stellen dünner').length - 1).toBe(1);
    expect(blockKind(analysis, 'Mehr zum Thema')).toBe('boilerplate');
    expect(inSentences(analysis, 'Warum das Meereis so schnell schwindet')).toBe(false);
    expect(blockKind(analysis, 'Foto: Institut für Polarforschung Nordhafen')).toBe('boilerplate');
  });

  it('finds the speakers of the quotes', () => {
    expect(speakerOf(analysis, 'Das Eis war an vielen Stellen dünner')).toBe('Katrin Oelschläger');
    expect(speakerOf(analysis, 'Monatelang kein Sonnenlicht')).toBe('Anton Zelinski');
  });
});

describe('HTML input where the host has a DOMParser (a browser)', () => {
  it('parses with it and reads the page the same way', async () => {
    const { DOMParser } = await import('linkedom');
    const host = globalThis as { DOMParser?: unknown };
    let parsed = 0;
    const parser = new DOMParser();
    host.DOMParser = class {
      parseFromString(html: string) {
        parsed++;
        return parser.parseFromString(html, 'text/html');
      }
    };
    try {
      const viaDomParser = analyzePage(page('en-library.html'));
      expect(parsed).toBe(1);
      expect(viaDomParser.title?.text).toBe('Millbrook library reopens after flood repairs');
      expect(viaDomParser.source.text).toBe(analyze(page('en-library.html'), { input: 'html' }).source?.text ?? 'not the same');
    } finally {
      delete host.DOMParser;
    }
  });
});

describe('HTML input: the published schema', () => {
  it('accepts the analyses of the pages, source field and all', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(`${ROOT}schema.json`, 'utf8')));
    for (const name of ['de-faehre.html', 'en-library.html', 'de-forschungsschiff.html']) {
      const analysis = JSON.parse(JSON.stringify(analyze(page(name), { input: 'html' })));
      expect(validate(analysis) ? [] : validate.errors).toEqual([]);
    }
  });
});

describe('HTML input: options and plain text', () => {
  it('leaves the analysis of plain text as it was: no source field', () => {
    const text = 'Rathaus bleibt geschlossen\n\nDas Rathaus in Altenweiler bleibt am Freitag geschlossen. Das teilte die Stadt mit.';
    const plain = analyze(text);
    expect(plain).not.toHaveProperty('source');
    expect(analyze(text, { input: 'text' })).toEqual(plain);
  });

  it('rejects an unknown input format with a TypeError naming it', () => {
    expect(() => analyze('x', { input: 'xml' as 'html' })).toThrow(TypeError);
    expect(() => analyze('x', { input: 'xml' as 'html' })).toThrow(`options.input must be 'text' or 'html', got "xml"`);
  });
});

describe('HTML input: odd and hostile pages', () => {
  const deep = `<html><body>${'<div>'.repeat(20_000)}<p>Tief unten steht ein Satz, der gefunden werden soll.</p></body></html>`;
  const wide = `<html><body><article>${'<p>Ein Absatz mit einigen Wörtern, die sich wiederholen. </p><div class="x"><a href="#">Link</a></div>'.repeat(20_000)}</article></body></html>`;
  const cases: [string, string][] = [
    ['the empty string', ''],
    ['white space', ' \n\t '],
    ['plain text', 'Der Gemeinderat tagt am Montag. Auf der Tagesordnung steht der Haushalt.'],
    ['unclosed tags', '<p>Ein <b>fetter <i>Absatz <div><span>ohne Ende'],
    ['a truncated tag', '<html'],
    ['unclosed html tags', '<html '.repeat(50_000)],
    ['only a script', '<script>alert("x")</script>'],
    ['only a title', '<title>Nur ein Titel</title>'],
    ['markup-like text', 'a < b && c > d; if (x<y) { return "</p>"; }'],
    ['control characters and lone surrogates', '<p>\u0000\u0001 Text \ud800 mit \udfff Müll \u0007</p>'],
    ['entities', '<p>&amp;&lt;&gt;&quot;&#8222;Zitat&#8220; &unknown; &#xFFFFFF; &#0;</p>'],
    ['deeply nested markup', deep],
    ['a very long page', wide],
  ];
  for (const [name, html] of cases) {
    it(`returns a valid analysis for ${name}`, () => {
      const analysis = analyzePage(html);
      expect(typeof analysis.source.text).toBe('string');
    });
  }

  it('still reads the text of a page nested too deep for Readability', () => {
    expect(analyzePage(deep).source.text).toContain('Tief unten steht ein Satz');
  });
});

describe('HTML input on the command line', () => {
  it('reads a page with --input html', () => {
    const { status, stdout, stderr } = runCli(['analyze', fixture('en-library.html'), '--input', 'html']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.title?.text).toBe('Millbrook library reopens after flood repairs');
    expect(analysisProblems(analysis.source!.text, analysis)).toEqual([]);
  });

  it('renders the report from the extracted text', () => {
    const { status, stdout } = runCli(['analyze', fixture('de-faehre.html'), '--input', 'html', '--format', 'html']);
    expect(status).toBe(0);
    expect(stdout).toContain('Die Fähre verkehrt künftig von 6 bis 21 Uhr im Halbstundentakt');
    expect(stdout).not.toContain('Traumurlaub');
  });

  it('refuses an unknown --input with a one-line usage error', () => {
    const { status, stderr } = runCli(['analyze', fixture('de-faehre.html'), '--input', 'pdf']);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`lektor: --input must be 'text' or 'html', got "pdf"`);
  });

  it('takes {"id", "html"} lines in JSONL mode', () => {
    const lines = [
      JSON.stringify({ id: 'page', html: page('de-forschungsschiff.html') }),
      JSON.stringify({ id: 'plain', text: 'Der Gemeinderat tagt am Montag.' }),
      JSON.stringify({ id: 'both', text: 'a', html: '<p>a</p>' }),
      JSON.stringify({ id: 'bad', html: 42 }),
    ];
    const { status, stdout } = runCli(['analyze', '--jsonl'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const [pageResult, plain, both, bad] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(pageResult.id).toBe('page');
    expect(pageResult.title.text).toBe('Forschungsschiff „Polarlicht“ kehrt nach Nordhafen zurück');
    expect(pageResult.source.format).toBe('html');
    expect(plain).not.toHaveProperty('source');
    expect(both.error).toBe('line 3: give "text" or "html", not both');
    expect(bad.error).toBe('line 4: "html" must be a string, got a number');
  });
});
