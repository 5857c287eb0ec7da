/**
 * Document-level entities over hand-made recogniser output, with invented names: the stage's
 * core `resolveEntities` gets the mentions a recogniser would give for the strings listed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../src/document.js';
import { resolveEntities } from '../src/entities/resolve.js';
import { transliterationKey } from '../src/entities/transliterate.js';
import { createPipeline, type Stage } from '../src/pipeline.js';
import { language, normalize, sentences, structure } from '../src/stages/index.js';
import type { EntityType } from '../src/types.js';

type Tagged = readonly [text: string, type: EntityType, occurrence?: number];

/** The n-th occurrence (default the first) of each listed string, as a recogniser mention. */
function mentionsOf(text: string, tagged: readonly Tagged[]): Mention[] {
  return tagged.map(([name, type, occurrence = 1]) => {
    let start = -1;
    for (let n = 0; n < occurrence; n++) start = text.indexOf(name, start + 1);
    if (start < 0) throw new Error(`no occurrence ${occurrence} of ${name}`);
    return { start, end: start + name.length, type };
  });
}

function analyse(text: string, tagged: readonly Tagged[], lang: 'de' | 'en') {
  let result: ReturnType<typeof resolveEntities> | undefined;
  const entityStage: Stage = { name: 'entities', run: (doc: Doc) => void (result = resolveEntities(doc, mentionsOf(text, tagged))) };
  createPipeline([normalize, structure, language, sentences, entityStage]).process(text, { language: lang });
  const { entities, mentions } = result!;
  const surfaces = (name: string) => entities.find((e) => e.name === name)?.mentions.map((m) => text.slice(m.start, m.end));
  return { entities, mentions, surfaces, texts: mentions.map((m) => text.slice(m.start, m.end)) };
}

describe('propagation', () => {
  const text = [
    'Brennerfeld im Gespräch',
    'Die Ministerin Johanna Brennerfeld besuchte am Montag Kravonien. Brennerfeld sprach dort mit Studierenden.',
    'Später traf Brennerfeld den Bürgermeister. In Kravonien gilt sie als beliebt, sagte Herr Okonkwo.',
    'Okonkwo lobte die Reise.',
  ].join('\n\n');
  const result = analyse(text, [['Johanna Brennerfeld', 'PER'], ['Kravonien', 'LOC']], 'de');

  it('tags the surname and every repeated name in the body', () => {
    expect(result.surfaces('Johanna Brennerfeld')).toEqual(['Brennerfeld', 'Johanna Brennerfeld', 'Brennerfeld', 'Brennerfeld']);
    expect(result.surfaces('Kravonien')).toEqual(['Kravonien', 'Kravonien']);
  });

  it('takes the name after a form of address, not the form of address', () => {
    expect(result.surfaces('Okonkwo')).toEqual(['Okonkwo', 'Okonkwo']);
    expect(result.texts).not.toContain('Herr');
    expect(result.texts).not.toContain('Herr Okonkwo');
  });

  it("lists every mention once, in text order, each entity's mentions among them", () => {
    const starts = result.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.entities.flatMap((e) => e.mentions)).toHaveLength(result.mentions.length);
  });
});

describe('common words', () => {
  const text = [
    'Die Forscherin Maja Kalt stellte am Dienstag ihre Studie vor. Kalt war es im Saal.',
    'Doch Kommissarin Lena Sommer widersprach. Im Sommer war es kalt, sagte Kalt. Sommer lachte.',
    'Beide Seiten schwiegen danach. Die Studie kostete 5000 Euro.',
  ].join('\n\n');
  const result = analyse(text, [['Maja Kalt', 'PER'], ['Lena Sommer', 'PER'], ['Doch', 'PER'], ['Beide', 'LOC'], ['Dienstag', 'ORG'], ['Euro', 'MISC']], 'de');

  it('never takes a lone stop word, month, weekday or currency for a name', () => {
    expect(result.texts).not.toContain('Doch');
    expect(result.texts).not.toContain('Beide');
    expect(result.texts).not.toContain('Dienstag');
    expect(result.texts).not.toContain('Euro');
  });

  it('does not propagate a name onto a sentence-initial word the article also writes in lower case', () => {
    const starts = result.mentions.filter((m) => text.slice(m.start, m.end) === 'Kalt').map((m) => m.start);
    expect(starts).toEqual([text.indexOf('sagte Kalt') + 6]);
  });

  it('does not propagate a surname onto the common noun after a determiner', () => {
    expect(result.surfaces('Lena Sommer')).toEqual(['Lena Sommer', 'Sommer']);
  });
});

describe('quote marks', () => {
  it('ends a name at a quote mark: the recogniser\'s "Magazin „Lotsenbrief" is the magazine Lotsenbrief', () => {
    const text = 'Laut dem Magazin „Lotsenbrief“ plant der Konzern den Verkauf zweier Werke.';
    const { entities, texts } = analyse(text, [['Magazin „Lotsenbrief', 'ORG']], 'de');
    expect(texts).toEqual(['Lotsenbrief']);
    expect(entities.map((entity) => entity.name)).toEqual(['Lotsenbrief']);
  });
});

describe('names that are also nouns', () => {
  it('does not find a place again after an article unless the recogniser found it after one', () => {
    const text = 'Der Rat von Kelle tagte in Kelle. Die Kelle lag auf dem Tisch. Kelle wächst.';
    const result = analyse(text, [['Kelle', 'LOC', 2]], 'de');
    expect(result.mentions.map((m) => m.start)).toEqual([text.indexOf('Kelle'), text.indexOf('in Kelle') + 3, text.indexOf('Kelle wächst')]);
  });

  it('finds a name again after an article when the recogniser took it after one', () => {
    const text = 'Ein Sprecher des Velkor bestätigte das. Im Velkor herrscht Ruhe. Der Velkor schweigt.';
    const result = analyse(text, [['Velkor', 'ORG']], 'de');
    expect(result.surfaces('Velkor')).toEqual(['Velkor', 'Velkor', 'Velkor']);
  });
});

describe('German inflection', () => {
  const text = [
    'Die Freie Republik Talvonien und Veldora verhandeln. Die Regierung Veldoras wies Berichte des EU-Handelsrates zurück.',
    'Ein Sprecher der Freien Republik Talvonien sagte, der Handelsrat habe keine Befugnis. Die Mitglieder des Handelsrats schweigen.',
    'Vertreter der Freien Republik Talvonien reisen nach Veldora.',
  ].join('\n\n');
  const result = analyse(
    text,
    [['Freie Republik Talvonien', 'LOC'], ['Veldora', 'LOC'], ['Veldoras', 'LOC'], ['EU-Handelsrates', 'ORG'], ['Handelsrats', 'ORG']],
    'de',
  );

  it('merges genitives with their name', () => {
    expect(result.surfaces('Veldora')).toEqual(['Veldora', 'Veldoras', 'Veldora']);
  });

  it('merges adjective-inflected forms of a multi-word name under its citation form', () => {
    expect(result.surfaces('Freie Republik Talvonien')).toEqual(['Freie Republik Talvonien', 'Freien Republik Talvonien', 'Freien Republik Talvonien']);
  });

  it('merges the head of a hyphenated compound name, named in the nominative', () => {
    expect(result.surfaces('EU-Handelsrat')).toEqual(['EU-Handelsrates', 'Handelsrat', 'Handelsrats']);
  });

  it('takes the last word for the head only after adjectives', () => {
    const text = 'Die Talische Kommission prüft den Flughafen Kerst. Die Kommission und Kerst schweigen.';
    const result = analyse(text, [['Talische Kommission', 'ORG'], ['Flughafen Kerst', 'LOC'], ['Kommission', 'ORG', 2], ['Kerst', 'LOC', 2]], 'de');
    expect(result.surfaces('Talische Kommission')).toEqual(['Talische Kommission', 'Kommission']);
    expect(result.surfaces('Kerst')).toEqual(['Kerst']);
  });

  it('names an entity known only in the genitive by its attested stem', () => {
    const onlyGenitive = analyse('Mira Kestrel kam. Die Rede Kestrels war kurz. Kestrel ging.', [['Kestrels', 'PER']], 'de');
    expect(onlyGenitive.entities.map((e) => e.name)).toEqual(['Kestrel']);
  });
});

describe('transliteration and aliases', () => {
  const text = [
    'Der Minister Grigorij Schaposchnikow traf Jurij Wolkow in Pjatigorsk.',
    'Shaposhnikov sagte der Zeitung, Volkov sei ein alter Freund. Die USA und die Vereinigten Staaten von Amerika sind ein Land.',
  ].join('\n\n');
  const result = analyse(
    text,
    [['Grigorij Schaposchnikow', 'PER'], ['Jurij Wolkow', 'PER'], ['Shaposhnikov', 'PER'], ['Volkov', 'PER'], ['USA', 'LOC'], ['Vereinigten Staaten von Amerika', 'LOC']],
    'de',
  );

  it('folds German and English transliterations to one key', () => {
    expect(transliterationKey('Schaposchnikow')).toBe(transliterationKey('Shaposhnikov'));
    expect(transliterationKey('Jurij')).toBe(transliterationKey('Yuri'));
    expect(transliterationKey('Tschernow')).toBe(transliterationKey('Chernov'));
    expect(transliterationKey('Selenskyj')).toBe(transliterationKey('Zelensky'));
    expect(transliterationKey('Hansen')).not.toBe(transliterationKey('Jansen'));
  });

  it('merges transliterated surnames with the full name', () => {
    expect(result.surfaces('Grigorij Schaposchnikow')).toEqual(['Grigorij Schaposchnikow', 'Shaposhnikov']);
    expect(result.surfaces('Jurij Wolkow')).toEqual(['Jurij Wolkow', 'Volkov']);
  });

  it('merges names of one country', () => {
    expect(result.surfaces('Vereinigte Staaten von Amerika')).toEqual(['USA', 'Vereinigten Staaten von Amerika']);
  });
});

describe('English', () => {
  const text = [
    'Senator Alicia Brandwood met European Union officials in Corvane.',
    "Ms Brandwood's office said the EU had agreed. Mr Tobiah Ferrante disagreed, and Ferrante said so twice.",
    'Brandwood left for Corvane on Friday. The Union declined to comment.',
  ].join('\n\n');
  const result = analyse(text, [['Alicia Brandwood', 'PER'], ['European Union', 'ORG'], ['EU', 'ORG'], ['Union', 'ORG', 2], ['Corvane', 'LOC']], 'en');

  it('propagates surnames, also before a possessive, and finds names after Mr', () => {
    expect(result.surfaces('Alicia Brandwood')).toEqual(['Alicia Brandwood', 'Brandwood', 'Brandwood']);
    expect(result.surfaces('Tobiah Ferrante')).toEqual(['Tobiah Ferrante', 'Ferrante']);
  });

  it('merges an acronym and a head word with the name they stand for', () => {
    expect(result.surfaces('European Union')).toEqual(['European Union', 'EU', 'Union']);
  });
});

describe('types', () => {
  it('gives a lone name part the type of the person it names when the person has more evidence', () => {
    const text = 'Tak Hyun Woo kam nach Kerst. Dort traf Tak Hyun Woo Minister. Tak blieb zwei Tage.';
    const result = analyse(text, [['Tak Hyun Woo', 'PER'], ['Tak Hyun Woo', 'PER', 2], ['Tak', 'LOC', 3]], 'de');
    expect(result.entities.map((e) => [e.name, e.type])).toEqual([['Tak Hyun Woo', 'PER']]);
    expect(result.surfaces('Tak Hyun Woo')).toEqual(['Tak Hyun Woo', 'Tak Hyun Woo', 'Tak']);
  });

  it("lets the majority of the recogniser's tags decide the type of a name", () => {
    const text = 'Kerst wächst. In Kerst leben viele. Kerst ist alt.';
    const result = analyse(text, [['Kerst', 'LOC'], ['Kerst', 'LOC', 2], ['Kerst', 'ORG', 3]], 'de');
    expect(result.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Kerst', 'LOC', 3]]);
  });
});

describe('persons who share a surname', () => {
  const text = 'Bill Harwick spoke first. Harwick was brief. Then Anna Harwick spoke. Harwick was not.';
  const result = analyse(text, [['Bill Harwick', 'PER'], ['Anna Harwick', 'PER'], ['Harwick', 'PER', 1], ['Harwick', 'PER', 4]], 'en');

  it('gives the lone surname to the person named last before it', () => {
    expect(result.surfaces('Bill Harwick')).toEqual(['Bill Harwick', 'Harwick']);
    expect(result.surfaces('Anna Harwick')).toEqual(['Anna Harwick', 'Harwick']);
  });
});

describe('salience and order', () => {
  const text = [
    'Talvonien droht mit Austritt',
    'Talvonien will die Union verlassen. Das teilte Präsidentin Ilse Marwede in Kerst mit.',
    'Marwede sagte, Talvonien habe lange gewartet. Talvonien sei bereit.',
    'Am Rande nahm auch Oskar Pell teil.',
  ].join('\n\n');
  const result = analyse(text, [['Talvonien', 'LOC'], ['Ilse Marwede', 'PER'], ['Kerst', 'LOC'], ['Oskar Pell', 'PER']], 'de');

  it('ranks the entity of the title and most mentions first, a late single mention last', () => {
    expect(result.entities.map((e) => e.name)).toEqual(['Talvonien', 'Ilse Marwede', 'Kerst', 'Oskar Pell']);
    expect(result.entities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    for (const e of result.entities) {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
  });
});

describe('recogniser slips', () => {
  it('lengthens a name cut short the same way everywhere, and finds its parts alone', () => {
    const text = 'Ri Sol Hwa besuchte Kerst. Später traf Ri Sol Hwa den Minister. Ri lächelte. Ri Sol Hwa reiste ab.';
    const result = analyse(text, [['Ri Sol', 'PER', 2]], 'de');
    expect(result.surfaces('Ri Sol Hwa')).toEqual(['Ri Sol Hwa', 'Ri Sol Hwa', 'Ri', 'Ri Sol Hwa']);
  });

  it('does not lengthen a name from one occurrence', () => {
    const text = 'Gestern sagte Brenner Reportern, er bleibe. Brenner ging.';
    const result = analyse(text, [['Brenner', 'PER']], 'de');
    expect(result.texts).toEqual(['Brenner', 'Brenner']);
  });

  it('does not spread a word the recogniser tagged in only a few of its occurrences', () => {
    const text = Array.from({ length: 8 }, (_, i) => `Am Tag ${i + 1} schrieb Brenner ins Protokoll: Fortschritt.`).join(' ');
    const result = analyse(text, [['Protokoll', 'ORG']], 'de');
    expect(result.texts).toEqual(['Protokoll']);
  });
});

describe('boilerplate and robustness', () => {
  it('takes no mention from boilerplate, not even of a known name', () => {
    const text = 'Ilse Marwede trat zurück. Die Partei ist erschüttert, sagte ein Sprecher.\n\nBild: Ilse Marwede\n\nSiehe auch: Marwede im Porträt';
    const result = analyse(text, [['Ilse Marwede', 'PER'], ['Ilse Marwede', 'PER', 2]], 'de');
    expect(result.texts).toEqual(['Ilse Marwede']);
  });

  it('survives mentions that make no sense', () => {
    const text = 'Ilse Marwede trat zurück.';
    const broken = [
      { start: -5, end: 3, type: 'PER' as const },
      { start: text.indexOf('zurück') - 1, end: text.indexOf('zurück') + 3, type: 'PER' as const },
      { start: 10, end: 2, type: 'PER' as const },
      { start: NaN, end: 4, type: 'LOC' as const },
      { start: 0, end: 1000, type: 'ORG' as const },
    ];
    let result: ReturnType<typeof resolveEntities> | undefined;
    createPipeline([normalize, structure, language, sentences, { name: 'entities', run: (doc: Doc) => void (result = resolveEntities(doc, broken)) }]).process(text);
    for (const m of result!.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
  });

  it('handles a recogniser span over thousands of capitalised words', () => {
    const text = 'Ilse Kerst Marwede '.repeat(3000);
    const result = analyse(text, [[text.trimEnd(), 'ORG']], 'de');
    expect(result.mentions).toHaveLength(1);
  });

  it('handles 10,000 repeated names', () => {
    const sentence = 'Ilse Marwede traf Oskar Pell in Bad Kerst, und Marwede sprach mit Pell. ';
    const text = sentence.repeat(10_000);
    const result = analyse(text, [['Ilse Marwede', 'PER'], ['Oskar Pell', 'PER'], ['Bad Kerst', 'LOC']], 'de');
    expect(result.entities).toHaveLength(3);
    expect(result.mentions).toHaveLength(50_000);
  });
});

describe('any input', () => {
  const pieces = ['de', '_', 'von', 'Ilse', 'Marwede', 'Herr', 'Herrn', 'Mr', '.', ' ', '\n\n', ',', 'und', 'Kerst', 'Kersts', 'EU-Rates', 'Rats', 'Die', 'Freien', 'Staaten', '„', '“', 'Siehe auch', 'Bild:', 'Ö', '\u00ad', '-', 'Jurij', 'Wolkow'];
  const types: EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

  it('never throws and keeps every mention inside the input, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }), fc.constantFrom(...types)), { maxLength: 12 }),
        fc.constantFrom('de', 'en'),
        (parts, raw, lang) => {
          const text = parts.join(' ');
          const mentions = raw.map(([start, end, type]) => ({ start, end, type }));
          let result: ReturnType<typeof resolveEntities> | undefined;
          const stage: Stage = { name: 'entities', run: (doc: Doc) => void (result = resolveEntities(doc, mentions)) };
          createPipeline([normalize, structure, language, sentences, stage]).process(text, { language: lang });
          const all = result!.entities.flatMap((e) => e.mentions);
          expect(all).toHaveLength(result!.mentions.length);
          for (const m of all) expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
          for (let i = 1; i < result!.mentions.length; i++) expect(result!.mentions[i]!.start).toBeGreaterThanOrEqual(result!.mentions[i - 1]!.end);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('edges of recognised names', () => {
  const text = "Laut dpa-AFX und dpa sagte Washington zu. Die Vereinigten Staaten und der Verein Talhilfe e.V. widersprachen. Kerst's mayor said so at PR-Kerst.com today. Talvo Co. sold Berlin. Bei Kervo! arbeiten viele.";
  const result = analyse(
    text,
    [
      ['dpa-AFX', 'ORG'], ['dpa', 'ORG', 2], ['Washington zu', 'LOC'], ['Die Vereinigten Staaten', 'LOC'], ['Verein Talhilfe e.V.', 'ORG'],
      ["Kerst's", 'LOC'], ['PR-Kerst.com', 'ORG'], ['Talvo Co.', 'ORG'], ['Berlin.', 'LOC'], ['Kervo!', 'ORG'],
    ],
    'de',
  );

  it('trims articles, lower-case words and possessives, but keeps words written like names', () => {
    expect(result.texts).toEqual(['dpa-AFX', 'dpa', 'Washington', 'Vereinigten Staaten', 'Verein Talhilfe e.V.', 'Kerst', 'PR-Kerst.com', 'Talvo Co.', 'Berlin', 'Kervo!']);
  });
});

describe('names the recogniser cut short', () => {
  it('completes a span to the longer form of the name found elsewhere', () => {
    const text = 'Treffen in Velmora\n\nMira Del Sanz traf am Montag Vertreter der Regierung. Später sprach Mira Del Sanz vor der Presse.';
    const result = analyse(text, [['Mira Del Sanz', 'PER'], ['Mira Del', 'PER', 2]], 'de');
    expect(result.surfaces('Mira Del Sanz')).toEqual(['Mira Del Sanz', 'Mira Del Sanz']);
    expect(result.entities).toHaveLength(1);
  });
});
