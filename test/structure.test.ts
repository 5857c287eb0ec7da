import { describe, expect, it } from 'vitest';
import { createPipeline, normalize, structure } from '../src/index.js';
import type { BlockKind } from '../src/index.js';

const pipeline = createPipeline([normalize, structure]);
const kinds = (text: string) => pipeline.process(text).blocks.map((b) => [b.kind, text.slice(b.start, b.end)] as [BlockKind, string]);
const kindOf = (text: string, line: string) => kinds(text).find(([, t]) => t === line)?.[0];

const germanArticle = [
  'Startseite | Politik | Ausland',
  '',
  'Bahnstreik: Was Pendler jetzt wissen müssen',
  '',
  'Von Karla Hofstätter',
  '',
  'Die Lokführer legen ab Montag erneut die Arbeit nieder. Betroffen sind Regional- und Fernzüge.',
  '',
  'Lesen Sie auch: Wie der Tarifstreit begann',
  '',
  'Die Gewerkschaft fordert mehr Lohn und kürzere Arbeitszeiten für ihre Mitglieder.',
  '',
  'Was kommt als Nächstes',
  '',
  'Eine Einigung ist vorerst nicht in Sicht, sagen Beobachter in der Hauptstadt.',
  '',
  'Foto: dpa/Max Mustermann',
  '',
  'Teilen',
].join('\n');

describe('structure', () => {
  it('finds navigation, title, byline, body, headings, related links, credits and buttons', () => {
    expect(kinds(germanArticle)).toEqual([
      ['boilerplate', 'Startseite | Politik | Ausland'],
      ['title', 'Bahnstreik: Was Pendler jetzt wissen müssen'],
      ['byline', 'Von Karla Hofstätter'],
      ['paragraph', 'Die Lokführer legen ab Montag erneut die Arbeit nieder. Betroffen sind Regional- und Fernzüge.'],
      ['boilerplate', 'Lesen Sie auch: Wie der Tarifstreit begann'],
      ['paragraph', 'Die Gewerkschaft fordert mehr Lohn und kürzere Arbeitszeiten für ihre Mitglieder.'],
      ['heading', 'Was kommt als Nächstes'],
      ['paragraph', 'Eine Einigung ist vorerst nicht in Sicht, sagen Beobachter in der Hauptstadt.'],
      ['boilerplate', 'Foto: dpa/Max Mustermann'],
      ['boilerplate', 'Teilen'],
    ]);
  });

  it('reads an English page with a byline at the top and a share button', () => {
    const text = 'World News\n\nCity council approves new bike lanes\n\nBy Jordan Ellis\n\nThe council voted 7-2 on Tuesday to add protected lanes downtown.\n\nRead more: Why cyclists are angry\n\nConstruction starts in spring, officials said.\n\nPhoto: City Hall Press Office\n\nShare this article';
    expect(kinds(text).map(([k]) => k)).toEqual(['boilerplate', 'title', 'byline', 'paragraph', 'boilerplate', 'paragraph', 'boilerplate', 'boilerplate']);
  });

  it('takes a lone name line after the body as byline and the bio that follows as boilerplate', () => {
    const text = 'Ein neuer Hafen\n\nDer Hafen wird im Sommer eröffnet. Die Stadt erwartet viele Schiffe.\n\nLena Vogt\n\nLena Vogt ist Redakteurin im Ressort Wirtschaft und schreibt über Häfen und Handel.\n\nÄhnliche Artikel';
    expect(kinds(text).map(([k]) => k)).toEqual(['title', 'paragraph', 'byline', 'boilerplate', 'boilerplate']);
  });

  it('tells a short question heading from a question paragraph that follows a heading', () => {
    const text = 'Titel der Geschichte\n\nDer erste Absatz erzählt etwas.\n\nWie geht es weiter\n\nWas hat die Regierung also davon?\n\nSie gewinnt Zeit und Geld.\n\nFür immer so?\n\nNiemand weiß es genau.';
    expect(kindOf(text, 'Wie geht es weiter')).toBe('heading');
    expect(kindOf(text, 'Was hat die Regierung also davon?')).toBe('paragraph');
    expect(kindOf(text, 'Für immer so?')).toBe('heading');
  });

  it('reads a wire story: skip link and section bar before the headline, dateline, contributor credits after the body', () => {
    const text = [
      'Skip to main content',
      'World | Business | Markets',
      'Engineers warn an old river bridge needs urgent repairs',
      'By Dana Whitfield and Omar Reyes',
      'November 27, 2026 4:12 PM UTC Updated ago',
      'RIVERTON, Nov 27 (Reuters) - Inspectors have found severe corrosion on the bridge, officials said on Thursday.',
      'The state will ask for more money to repair the girders before the winter.',
      'Reporting by Dana Whitfield in Riverton and Omar Reyes in Washington; Editing by Sam Ode',
    ].join('\n');
    expect(kinds(text).map(([k]) => k)).toEqual(['boilerplate', 'boilerplate', 'title', 'byline', 'boilerplate', 'paragraph', 'paragraph', 'boilerplate']);
  });

  it('takes a lone name line between headline and body as the byline, and its job line, relative date and image lines as clutter', () => {
    const text = 'Home\nCouncil tax to rise as town hall faces a funding gap\n2 hours ago\nAlice Morton\nLocal Democracy Reporter\nImage source, Getty Images\nImage caption, The council says it has few options left\nResidents will pay 5% more from April, after councillors approved the budget.';
    expect(kinds(text).map(([k]) => k)).toEqual(['boilerplate', 'title', 'boilerplate', 'byline', 'boilerplate', 'boilerplate', 'boilerplate', 'paragraph']);
  });

  it('takes captions, a dateline inside the page, agency credits and a related-links list as clutter', () => {
    const text = [
      'Bahnstreik',
      'GDL kündigt neuen Ausstand im Fernverkehr an',
      'Die Gewerkschaft will ab Mittwoch erneut streiken. Die Bahn spricht von einer Zumutung.',
      'Ein Zug steht am Hauptbahnhof. Archivbild',
      'Bild vergrößern',
      'Ein Zug steht am Hauptbahnhof. Archivbild',
      '27.11.2026, 18.04 Uhr',
      'Der Ausstand soll um 2 Uhr beginnen und 48 Stunden dauern, teilte die Gewerkschaft mit.',
      'mrc/dpa/Reuters',
      'Mehr zum Thema',
      'Tarifkonflikt bei der Bahn: Was Fahrgäste jetzt wissen müssen',
      'Streikrecht: Sollte es Grenzen geben?',
    ].join('\n');
    expect(kinds(text).map(([k]) => k)).toEqual(['boilerplate', 'title', 'paragraph', ...Array(4).fill('boilerplate'), 'paragraph', ...Array(4).fill('boilerplate')]);
  });

  it('keeps a date that labels a list, and a party pair, inside the body', () => {
    const text = 'Ergebnisse des Spieltags\n\nAm Wochenende wurden wieder viele Tore geschossen, berichten die Vereine.\n\nSamstag, 5. November 2005:\n\nDie Heimmannschaft gewann klar mit drei zu null Toren gegen den Tabellenletzten.\n\nCDU/CSU\n\nDie Union verlor in allen Wahlkreisen deutlich an Stimmen.';
    expect(kindOf(text, 'Samstag, 5. November 2005:')).toBe('paragraph');
    expect(kindOf(text, 'CDU/CSU')).toBe('heading');
  });

  it('takes the headline, not a shorter kicker above it, and a German date line as clutter', () => {
    const text = 'Bahnstreik\n\nWas Pendler in dieser Woche jetzt wissen müssen\n\n28.11.2026, 14:35 Uhr\n\nDie Lokführer legen ab Montag erneut die Arbeit nieder.\n\nMitarbeit: Jana Koch';
    expect(kinds(text).map(([k]) => k)).toEqual(['boilerplate', 'title', 'boilerplate', 'paragraph', 'boilerplate']);
  });

  it('takes a short question standing between paragraphs as a subheading, but not a long one', () => {
    const text = 'Titel der Geschichte\n\nDer erste Absatz erzählt etwas.\n\nWie geht es jetzt weiter?\n\nDer Rat stimmt im Dezember ab.\n\nWarum hat der Rat so lange gewartet, obwohl alle es wussten?\n\nDas fragen sich viele Anwohner.';
    expect(kindOf(text, 'Wie geht es jetzt weiter?')).toBe('heading');
    expect(kindOf(text, 'Warum hat der Rat so lange gewartet, obwohl alle es wussten?')).toBe('paragraph');
  });

  it('keeps hard-wrapped prose together and splits single-newline paragraphs', () => {
    const wrapped = 'Eine lange Zeile, die der Autor mitten im Satz umgebrochen hat, weil sein\nEditor das so wollte, und die erst hier endet.';
    expect(kinds(wrapped)).toHaveLength(1);
    const lines = 'Erster Absatz endet hier.\nZweiter Absatz endet auch.';
    expect(kinds(lines)).toHaveLength(2);
  });

  it('has no title when the text starts with prose, and drops nothing', () => {
    const text = 'Just one sentence of prose here.\r\n\r\nAnother one follows it.';
    const blocks = pipeline.process(text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Just one sentence of prose here.', 'Another one follows it.']);
  });

  it('returns no blocks for empty or blank input', () => {
    expect(kinds('')).toEqual([]);
    expect(kinds(' \n\n\t \r\n')).toEqual([]);
  });
});
