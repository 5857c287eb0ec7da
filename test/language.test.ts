/**
 * Issue 6: language identification that is right on short text. The identifier on its own
 * (every default language, configured sets, undetermined input, hostile input), then the stage:
 * the document language as prior for short blocks, foreign blocks and bracketed or quoted
 * stretches as spans, and no false alarms on names.
 */
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_LANGUAGES } from '../src/index.js';
import { identifyLanguage } from '../src/langid/identify.js';

const SENTENCES: Record<string, string> = {
  de: 'Die Regierung hat am Dienstag beschlossen, die Hilfen für die Bauern schneller auszuzahlen.',
  en: 'The government decided on Tuesday to pay out the aid for farmers more quickly.',
  fr: 'Le gouvernement a décidé mardi de verser plus rapidement les aides aux agriculteurs.',
  nl: 'De regering heeft dinsdag besloten de steun voor boeren sneller uit te betalen.',
  es: 'El gobierno decidió el martes pagar más rápidamente las ayudas a los agricultores.',
  it: 'Il governo ha deciso martedì di pagare più rapidamente gli aiuti agli agricoltori.',
  pl: 'Rząd postanowił we wtorek szybciej wypłacić pomoc dla rolników.',
  ru: 'Правительство во вторник решило быстрее выплатить помощь фермерам.',
  uk: 'Уряд у вівторок вирішив швидше виплатити допомогу фермерам.',
  pt: 'O governo decidiu na terça-feira pagar mais rapidamente as ajudas aos agricultores.',
  sv: 'Regeringen beslutade i tisdags att betala ut stödet till bönderna snabbare.',
  da: 'Regeringen besluttede tirsdag at udbetale støtten til landmændene hurtigere.',
};

const GERMAN =
  'Die Regierung in Berlin hat am Dienstag neue Hilfen für die Landwirtschaft beschlossen. Die Bauern sollen schneller an das Geld kommen, sagte die Ministerin.';
const FRENCH =
  'Le gouvernement français a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs. Les aides seront versées plus rapidement, a déclaré la ministre.';

const languageOf = (text: string) => analyze(text, { stages: ['normalize', 'structure', 'language'] });

describe('identifyLanguage', () => {
  it.each(Object.entries(SENTENCES))('knows %s among the twelve default languages', (code, sentence) => {
    const found = identifyLanguage(sentence, DEFAULT_LANGUAGES);
    expect(found.code).toBe(code);
    expect(found.confidence).toBeGreaterThan(0.5);
    expect(found.candidates[0]!.code).toBe(code);
  });

  it('tells short phrases and single words apart', () => {
    expect(identifyLanguage('Viel zu gewinnen', DEFAULT_LANGUAGES).code).toBe('de');
    expect(identifyLanguage('unfortunately', DEFAULT_LANGUAGES).code).toBe('en');
    expect(identifyLanguage('również', DEFAULT_LANGUAGES).code).toBe('pl');
  });

  it.each([
    ['acusativo', 'es'],
    ['bruselas', 'es'],
    ['bronzeado', 'pt'],
    ['cogumelo', 'pt'],
    ['avancera', 'sv'],
    ['barnligt', 'da'],
  ])('knows the single word %s (%s) from the word lists where its 4-grams point to a neighbour', (word, code) => {
    expect(identifyLanguage(word, DEFAULT_LANGUAGES).code).toBe(code);
  });

  it('keeps scores in 0..1 when the word lists add to the 4-grams', () => {
    for (const text of ['und', 'the', 'Die Regierung hat beschlossen', ...Object.values(SENTENCES)]) {
      for (const { score } of identifyLanguage(text, DEFAULT_LANGUAGES).candidates) expect(score).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['empty text', ''],
    ['digits and punctuation', '12.05.2023, 14:30 – 99 %!'],
    ['Chinese when no CJK language is allowed', '这是一个中文句子，我们今天去学校。'],
    ['emoji', '🎉🎉🎉 👍'],
  ])("answers 'und' for %s", (_, text) => {
    expect(identifyLanguage(text, DEFAULT_LANGUAGES)).toMatchObject({ code: 'und', confidence: 0 });
  });

  it('chooses only among the configured languages', () => {
    expect(identifyLanguage(SENTENCES.es!, ['de', 'en']).code).not.toBe('es');
    expect(identifyLanguage(SENTENCES.sv!, ['sv', 'da']).code).toBe('sv');
  });

  it('knows configured languages beyond the default twelve, through franc', () => {
    expect(identifyLanguage('Bugün hava çok güzel ve biz parka gitmek istiyoruz.', [...DEFAULT_LANGUAGES, 'tr']).code).toBe('tr');
    expect(identifyLanguage('这是一个中文句子，我们今天去学校学习。', [...DEFAULT_LANGUAGES, 'zh']).code).toBe('zh');
    expect(identifyLanguage(SENTENCES.de!, [...DEFAULT_LANGUAGES, 'tr', 'zh']).code).toBe('de');
  });

  it('answers in the code it was asked for: ISO 639-3, a macrolanguage, or an unknown code', () => {
    expect(identifyLanguage(SENTENCES.de!, ['deu', 'eng']).code).toBe('de');
    const norwegian = 'Regjeringen bestemte tirsdag å betale ut støtten til bøndene raskere, og det ble godt mottatt av de fleste.';
    expect(identifyLanguage(norwegian, ['no', 'sv', 'de']).code).toBe('no');
    expect(identifyLanguage(SENTENCES.de!, ['qq']).code).toBe('und');
  });

  it('never throws on hostile input', () => {
    const hostile = ['x'.repeat(1_000_000), '\u0000\u0001\ufffd\ud800 binary \udfff', 'مرحبا بالعالم', 'ß'.repeat(5000), "'''’’’```"];
    for (const text of hostile) {
      const found = identifyLanguage(text, DEFAULT_LANGUAGES);
      expect(found.confidence).toBeGreaterThanOrEqual(0);
      expect(found.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('language stage', () => {
  it('gives a short title the document language: the document is the prior', () => {
    const analysis = languageOf(`Putin und Kim: Freunde in Not (Munition)\n\n${GERMAN}\n\n${GERMAN}`);
    expect(analysis.language.code).toBe('de');
    expect(analysis.blocks.map((block) => block.language)).toEqual(['de', 'de', 'de']);
    expect(analysis.language.spans).toBeUndefined();
  });

  it('takes no language from a bracketed letter or two', () => {
    const text = `${GERMAN}\n\nDer Zeuge sagte, er habe [n]ichts gesehen [s] und sei dann gegangen.`;
    expect(languageOf(text).language.spans).toBeUndefined();
  });

  it('keeps a block in another language when its own evidence is clear, and reports it as a span', () => {
    const title = 'Breaking news: the summit ends without any agreement';
    const analysis = languageOf(`${title}\n\n${FRENCH}\n\n${FRENCH}`);
    expect(analysis.language.code).toBe('fr');
    expect(analysis.blocks.map((block) => block.language)).toEqual(['en', 'fr', 'fr']);
    expect(analysis.language.spans).toEqual([{ text: title, start: 0, end: title.length, code: 'en' }]);
  });

  it('finds a bracketed English word inside a German quote', () => {
    const text = `${GERMAN}\n\nDer Sprecher fragte: „Warum sollten wir [Russia] uns daran halten?“ Das sei offen.`;
    const spans = languageOf(text).language.spans ?? [];
    expect(spans).toEqual([{ text: '[Russia]', start: text.indexOf('[Russia]'), end: text.indexOf('[Russia]') + 8, code: 'en' }]);
  });

  it('finds a quotation kept in English, without its quote marks', () => {
    const quote = 'We will never give up on our friends in the region.';
    const text = `${GERMAN} Er sagte auf Englisch: „${quote}“ Dann ging er.`;
    const [span] = languageOf(text).language.spans ?? [];
    expect(span).toMatchObject({ text: quote, code: 'en' });
    expect(text.slice(span!.start, span!.end)).toBe(quote);
  });

  it('gives a foreign quotation with a bracketed word inside as one span', () => {
    const quote = 'We will never [ever] give up on our friends in the region.';
    const spans = languageOf(`${GERMAN} Er sagte: „${quote}“ Dann ging er.`).language.spans ?? [];
    expect(spans.map((span) => span.text)).toEqual([quote]);
  });

  it('raises no false alarm on names in parentheses or quotes', () => {
    const names = 'Die Zeitung (Moskovsky Komsomolets), der Sender (Deutsche Welle), (Kim Jong Un), (Andrei Kozyrev), (New York Times) und „Washington Post“ berichteten (AP).';
    expect(languageOf(`${GERMAN} ${names}\n\n${GERMAN}`).language.spans).toBeUndefined();
  });

  it('gives every block a language and a confidence in 0..1, and the document candidates', () => {
    const text = `Ukraine-Russland Nachrichten\n\nTitel\n\n${GERMAN}\n\n12.05.2023\n\n${GERMAN}`;
    const analysis = languageOf(text);
    expect(analysis.language.candidates?.[0]?.code).toBe('de');
    for (const block of analysis.blocks) expect(block.language).toBe('de');
  });

  it("answers 'und' for a document without evidence and still labels its blocks", () => {
    const analysis = languageOf('12345\n\n!!! ???\n\n🎉');
    expect(analysis.language).toEqual({ code: 'und', confidence: 0 });
    for (const block of analysis.blocks) expect(block.language).toBe('und');
  });

  it('takes a forced language as given', () => {
    const analysis = analyze(`${GERMAN}\n\n${FRENCH}`, { language: 'nl', stages: ['normalize', 'structure', 'language'] });
    expect(analysis.language).toEqual({ code: 'nl', confidence: 1 });
    expect(analysis.blocks.every((block) => block.language === 'nl')).toBe(true);
  });

  it('works with a configured set that includes languages beyond the default twelve', () => {
    const turkish = 'Bugün hava çok güzel ve biz parka gitmek istiyoruz. Yarın da okula gideceğiz.';
    const analysis = analyze(`${turkish}\n\n${turkish}`, { languages: ['de', 'en', 'tr'], stages: ['normalize', 'structure', 'language'] });
    expect(analysis.language.code).toBe('tr');
  });
});
