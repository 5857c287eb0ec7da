import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { createPipeline, type Stage } from '../src/pipeline.js';
import { defaultStages } from '../src/stages/index.js';
import { toAnalysis } from '../src/serialize.js';
import { sharedFronts } from '../src/keyphrases/compounds.js';

const GERMAN = [
  'Streit um Waffenexporte',
  'Die Regierung prüft neue Regeln für Waffenexporte. Der Waffenhandel mit Krisenregionen soll strenger kontrolliert werden.',
  'Kritiker fordern ein Verbot der Waffenlieferungen. Die Rüstungsindustrie warnt vor dem Verlust von Arbeitsplätzen.',
  'Ein Waffendeal mit einem Golfstaat hatte den Streit ausgelöst. Die Opposition spricht von einem Skandal um Waffenexporte.',
  'Berlin will die Regeln bis zum Herbst beschließen. Die Rüstungsindustrie hofft auf Ausnahmen für bestehende Verträge.',
].join('\n\n');

const ENGLISH = [
  'Council votes on new school budget',
  'The city council approved a new school budget on Monday after a long debate about teacher salaries.',
  'Parents had asked the council to spend more on school buildings. Harrington said the school budget was fair.',
  'Teacher salaries will rise by three percent. The council will review the school budget again next year, Harrington said.',
].join('\n\n');

const spansHold = (text: string, spans: { text: string; start: number; end: number }[]) => spans.every((s) => text.slice(s.start, s.end) === s.text);

describe('keyphrases', () => {
  it('lists German key terms with compounds, best first, with exact spans', () => {
    const { keyphrases } = analyze(GERMAN);
    const phrases = keyphrases.map((k) => k.phrase);
    expect(keyphrases.length).toBeGreaterThan(3);
    expect(keyphrases.length).toBeLessThanOrEqual(10);
    expect(phrases[0]).toBe('Waffenexporte');
    // compounds sharing "Waffen-" earn from each other, but at most two of one family make the list
    expect(phrases.filter((p) => p.startsWith('Waffen'))).toHaveLength(2);
    expect(phrases).toContain('Rüstungsindustrie');
    expect(keyphrases.every((k, i) => i === 0 || k.score <= keyphrases[i - 1]!.score)).toBe(true);
    for (const k of keyphrases) {
      expect(spansHold(GERMAN, [k, ...k.mentions])).toBe(true);
      expect(k.start).toBe(Math.min(...k.mentions.map((m) => m.start)));
    }
  });

  it('splits compounds on fronts that several words share', () => {
    expect(sharedFronts(['waffenhandel', 'waffendeal', 'verbot'])).toEqual(new Set(['waffen']));
    expect(sharedFronts(['verbot', 'verlust'])).toEqual(new Set());
  });

  it('takes German nouns, not verbs or sentence openers', () => {
    const phrases = analyze(GERMAN).keyphrases.map((k) => k.phrase);
    expect(phrases).not.toContain('beschließen');
    expect(phrases).not.toContain('Kritiker fordern');
  });

  it('finds recurring English phrases and leaves names out', () => {
    const phrases = analyze(ENGLISH).keyphrases.map((k) => k.phrase);
    expect(phrases).toContain('school budget');
    expect(phrases).toContain('teacher salaries');
    expect(phrases).not.toContain('harrington');
  });

  it('leaves stop words out in languages beyond German and English', () => {
    const french = [
      'Le conseil municipal vote le budget des écoles',
      'Le conseil municipal a approuvé lundi le budget des écoles après un long débat sur les salaires des enseignants.',
      'Les parents avaient demandé au conseil de dépenser davantage pour les bâtiments scolaires.',
      'Les salaires des enseignants augmenteront de trois pour cent. Le conseil examinera de nouveau le budget des écoles.',
    ].join('\n\n');
    const analysis = analyze(french);
    expect(analysis.language.code).toBe('fr');
    const words = analysis.keyphrases.flatMap((k) => k.phrase.split(' '));
    expect(words).toContain('budget');
    for (const stopWord of ['le', 'les', 'des', 'de', 'un', 'sur', 'pour', 'au']) expect(words).not.toContain(stopWord);
  });

  it('does not repeat entity mentions as keyphrases', () => {
    const fakeEntities: Stage = {
      name: 'entities',
      run(doc) {
        // only the first occurrence is a mention: the second is left out all the same, by its name
        const start = doc.text.indexOf('Rüstungsindustrie');
        const mention = { start, end: start + 'Rüstungsindustrie'.length, type: 'ORG' as const };
        doc.entities = [{ id: 'e1', name: 'Rüstungsindustrie', type: 'ORG', salience: 1, mentions: [mention] }];
      },
    };
    const stages = defaultStages.map((stage) => (stage.name === 'entities' ? fakeEntities : stage));
    const analysis = toAnalysis(createPipeline(stages).process(GERMAN));
    expect(analysis.keyphrases.map((k) => k.phrase)).not.toContain('Rüstungsindustrie');
  });

  it('is empty for texts without words and never throws', () => {
    expect(analyze('').keyphrases).toEqual([]);
    expect(analyze('12 34 !!! ...').keyphrases).toEqual([]);
    const long = 'Hafen '.repeat(20000);
    expect(analyze(long, { language: 'de' }).keyphrases.length).toBeLessThanOrEqual(10);
  });
});
