import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, normalize, quotes, sentences, type Stage } from '../src/index.js';
import { pairMarks } from '../src/quotes/marks.js';

interface Seen {
  text: string;
  kind: string;
  speaker: string | null;
  mention: string | null;
  cue: string | null;
}

function quotesOf(text: string, language: 'de' | 'en'): Seen[] {
  const result = analyze(text, { language });
  for (const quote of result.quotes) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    if (quote.speaker?.mention) expect(text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text);
  }
  return result.quotes.map((quote) => ({
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    mention: quote.speaker?.mention?.text ?? null,
    cue: quote.cue?.text ?? null,
  }));
}

const find = (found: Seen[], text: string) => {
  const quote = found.find((q) => q.text === text);
  expect(quote, `no quote ${JSON.stringify(text)} in ${JSON.stringify(found.map((q) => q.text))}`).toBeDefined();
  return quote!;
};

describe('quote marks', () => {
  it('pairs every German, English and French style by its opener', () => {
    const text = '„eins“ „zwei” “three” "four" »fünf« «six» ‚sieben‘ ›acht‹';
    const inner = pairMarks(text, 0, text.length).map((span) => text.slice(span.start, span.end));
    expect(inner).toEqual(['eins', 'zwei', 'three', 'four', 'fünf', 'six', 'sieben', 'acht']);
  });

  it('keeps apostrophes out of single-quote pairs', () => {
    const text = "The leaders' talks didn't stop Kim's 'charm offensive', she said.";
    const inner = pairMarks(text, 0, text.length).map((span) => text.slice(span.start, span.end));
    expect(inner).toEqual(['charm offensive']);
  });

  it('skips a stray closing mark and keeps a quote nested in another', () => {
    const text = '„Sie sprach von der ‚Großmacht‘.“ Es ist vorbei.“';
    const spans = pairMarks(text, 0, text.length);
    expect(spans.map((span) => [text.slice(span.start, span.end), span.depth])).toEqual([
      ['Sie sprach von der ‚Großmacht‘.', 0],
      ['Großmacht', 1],
    ]);
  });

  it('never throws on unbalanced marks, a quote that never closes or a very long paragraph', () => {
    const hostile = ['„'.repeat(10_000), "“„\"»«‚‘'".repeat(1_250), `„${'Wort '.repeat(200_000)}`, `${'„a “b '.repeat(2_000)}”`];
    hostile.forEach((text, i) => {
      const result = analyze(text, { language: i % 2 ? 'en' : 'de' });
      for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    });
  });
});

describe('German quotes', () => {
  it('attributes a direct quote to the speaker named after its cue', () => {
    const found = quotesOf('„Wir schaffen das“, sagte die frühere Ministerin Anna Berger am Montag.', 'de');
    expect(find(found, 'Wir schaffen das')).toEqual({ text: 'Wir schaffen das', kind: 'direct', speaker: 'Anna Berger', mention: 'Anna Berger', cue: 'sagte' });
  });

  it('reads a colon introduction and quotes in »« and straight marks', () => {
    const found = quotesOf('Bürgermeister Jonas Weber erklärte: »Die Brücke bleibt gesperrt.« Seine Stellvertreterin Petra Lind sagte: "Wir prüfen alles."', 'de');
    expect(find(found, 'Die Brücke bleibt gesperrt.')).toMatchObject({ kind: 'direct', speaker: 'Jonas Weber', cue: 'erklärte' });
    expect(find(found, 'Wir prüfen alles.')).toMatchObject({ kind: 'direct', speaker: 'Petra Lind', cue: 'sagte' });
  });

  it('tells partial quotes with a speaker from scare quotes without one', () => {
    const found = quotesOf(
      'Der Kanzler sprach von einem „wichtigen Signal“. Beide Länder wettern gegen die „Hegemonie“ der Nachbarn. Die Firma behauptet, dass die Gespräche „aktiv voranschreiten“.',
      'de',
    );
    expect(find(found, 'wichtigen Signal')).toMatchObject({ kind: 'partial', cue: 'sprach' });
    expect(find(found, 'Hegemonie')).toMatchObject({ kind: 'scare', speaker: null, cue: null });
    expect(find(found, 'aktiv voranschreiten')).toMatchObject({ kind: 'partial', cue: 'behauptet' });
  });

  it('gives a relative clause quote to the antecedent', () => {
    const found = quotesOf('Anders als der frühere Präsident Karl Hoffmann, der einst erklärte, er und sein Gast hätten sich „verliebt“, bleibt sie kühl.', 'de');
    expect(find(found, 'verliebt')).toMatchObject({ kind: 'partial', speaker: 'Karl Hoffmann', cue: 'erklärte' });
  });

  it('finds reported speech after a cue, in Konjunktiv I that goes on, and after "laut"', () => {
    const found = quotesOf('Die Sprecherin Lena Vogt sagte, die Lage sei unter Kontrolle. Weitere Schäden seien nicht zu erwarten. Laut Polizei wurden drei Menschen leicht verletzt.', 'de');
    expect(find(found, 'die Lage sei unter Kontrolle')).toMatchObject({ kind: 'indirect', speaker: 'Lena Vogt', cue: 'sagte' });
    expect(find(found, 'Weitere Schäden seien nicht zu erwarten')).toMatchObject({ kind: 'indirect', speaker: 'Lena Vogt', cue: null });
    expect(find(found, 'wurden drei Menschen leicht verletzt')).toMatchObject({ kind: 'indirect', speaker: 'Polizei', cue: 'Laut' });
  });

  it('takes a source noun phrase without an owner as the source: "nach ersten Angaben", "laut einer Umfrage", "Medienberichten zufolge"', () => {
    const found = quotesOf('Nach ersten Angaben wurde niemand verletzt. Laut einer neuen Umfrage wollen die meisten Mieter bleiben. Medienberichten zufolge ist der Vertrag bereits unterschrieben.', 'de');
    expect(find(found, 'wurde niemand verletzt')).toMatchObject({ kind: 'indirect', mention: 'Angaben', cue: 'Nach ersten Angaben' });
    expect(find(found, 'wollen die meisten Mieter bleiben')).toMatchObject({ kind: 'indirect', mention: 'Umfrage', cue: 'Laut' });
    expect(find(found, 'ist der Vertrag bereits unterschrieben')).toMatchObject({ kind: 'indirect', mention: 'Medienberichten', cue: 'zufolge' });
  });

  it('gives "seiner Meinung nach" and "laut ihren Worten" to the owner of the possessive', () => {
    const found = quotesOf('Der Bürgermeister Tobias Reiter besuchte die Baustelle. Seiner Meinung nach kommt die Brücke zu spät.', 'de');
    expect(find(found, 'kommt die Brücke zu spät')).toMatchObject({ kind: 'indirect', speaker: 'Tobias Reiter', mention: 'Seiner Meinung', cue: 'nach' });
  });

  it('reads the statement after a source adverb: "Demnach ..." pointing back, "Berichte, wonach ..."', () => {
    const found = quotesOf('Die Ministerin Eva Kranz stellte am Montag den Jahresbericht vor. Demnach stieg die Zahl der Anträge deutlich. Die Stadt widersprach Berichten, wonach das Bad schließen müsse.', 'de');
    expect(find(found, 'stieg die Zahl der Anträge deutlich')).toMatchObject({ kind: 'indirect', speaker: 'Eva Kranz', mention: 'Demnach', cue: 'Demnach' });
    expect(find(found, 'das Bad schließen müsse')).toMatchObject({ kind: 'indirect', mention: 'Berichten', cue: 'wonach' });
  });

  it('reads past a title in marks after the source: "Laut dem Magazin „Kompass“ ..."', () => {
    const found = quotesOf('Laut dem Magazin „Kompass“ plant der Konzern den Verkauf zweier Werke.', 'de');
    expect(find(found, 'plant der Konzern den Verkauf zweier Werke')).toMatchObject({ kind: 'indirect', speaker: 'Magazin', cue: 'Laut' });
  });

  it('reads what is feared, hoped and assumed: "befürchtet, dass", "hofft, ... zu können", "geht davon aus, dass"', () => {
    const found = quotesOf('Die Gewerkschaft befürchtet, dass viele Stellen wegfallen. Der Kämmerer Uwe Brandt geht davon aus, dass die Steuern sinken. Die Trainerin Mia Ost hofft, den Titel verteidigen zu können.', 'de');
    expect(find(found, 'dass viele Stellen wegfallen')).toMatchObject({ kind: 'indirect', mention: 'Gewerkschaft', cue: 'befürchtet' });
    expect(find(found, 'dass die Steuern sinken')).toMatchObject({ kind: 'indirect', speaker: 'Uwe Brandt', cue: 'geht davon aus' });
    expect(find(found, 'den Titel verteidigen zu können')).toMatchObject({ kind: 'indirect', speaker: 'Mia Ost', cue: 'hofft' });
  });

  it('goes on with the agent of a passive cue: "von X als ... bezeichnet. ... seien ..."', () => {
    const found = quotesOf('Die Pläne der Stadt wurden von Umweltministerin Clara Wendt als überzogen bezeichnet. Viele Betriebe seien gar nicht in der Lage, die Auflagen zu erfüllen.', 'de');
    expect(find(found, 'Viele Betriebe seien gar nicht in der Lage, die Auflagen zu erfüllen')).toMatchObject({ kind: 'indirect', speaker: 'Clara Wendt', cue: null });
  });

  it('goes on with reported speech in Konjunktiv II where Konjunktiv I would look indicative ("sie hätten")', () => {
    const found = quotesOf('Der Sprecher Jan Roth sagte, die Mieter seien informiert. Sie hätten aber kaum Zeit gehabt, sich zu melden. Die Frist endet am Freitag.', 'de');
    expect(find(found, 'Sie hätten aber kaum Zeit gehabt, sich zu melden')).toMatchObject({ kind: 'indirect', speaker: 'Jan Roth', cue: null });
    expect(found.some((quote) => quote.text.includes('Frist'))).toBe(false);
  });

  it('keeps a reported clause with a term in marks indirect, the term a scare quote', () => {
    const found = quotesOf('Die Ministerin Eva Kranz sagte, die so genannten „Schnellbusse“ würden im Mai eingeführt.', 'de');
    expect(find(found, 'die so genannten „Schnellbusse“ würden im Mai eingeführt')).toMatchObject({ kind: 'indirect', speaker: 'Eva Kranz', cue: 'sagte' });
    expect(find(found, 'Schnellbusse')).toMatchObject({ kind: 'scare' });
  });

  it('gives the sentence before to a cue whose object is "Das" or "Dies": "Das bestätigte die Feuerwehr."', () => {
    const found = quotesOf('Im Hafen brannte am Morgen eine Lagerhalle. Das bestätigte die Feuerwehr in Kiel.', 'de');
    expect(find(found, 'Im Hafen brannte am Morgen eine Lagerhalle')).toMatchObject({ kind: 'indirect', mention: 'Feuerwehr', cue: 'bestätigte' });
  });

  it('reports a sentence whose cue names the topic of what was said ("sprach von", "warnte vor"), but not the author\'s question', () => {
    const found = quotesOf('Die Polizei sprach am Abend von einem weitgehend friedlichen Verlauf. Was hofft die Stadt noch von dem Fest?', 'de');
    expect(find(found, 'Die Polizei sprach am Abend von einem weitgehend friedlichen Verlauf')).toMatchObject({ kind: 'indirect', mention: 'Polizei', cue: 'sprach' });
    expect(found.some((quote) => quote.text.includes('Fest'))).toBe(false);
  });

  it('gives the clause after "Wie X mitteilte," to X', () => {
    const found = quotesOf('Wie der Landeswahlleiter mitteilte, lag die Beteiligung am Mittag bei 40 Prozent.', 'de');
    expect(find(found, 'lag die Beteiligung am Mittag bei 40 Prozent')).toMatchObject({ kind: 'indirect', mention: 'Landeswahlleiter', cue: 'mitteilte' });
  });

  it('reads a subject past the title in marks after its noun: "Die Zeitung „Nordkurier“ berichtet, dass ..."', () => {
    const found = quotesOf('Die Zeitung „Nordkurier“ berichtet in ihrer Onlineausgabe, dass zwei Gespräche gescheitert seien.', 'de');
    expect(find(found, 'dass zwei Gespräche gescheitert seien')).toMatchObject({ kind: 'indirect', mention: 'Zeitung', cue: 'berichtet' });
  });

  it('gives what "heißt es" quotes to the document it names: "In dem Antrag heißt es:", "heißt es in der Erklärung"', () => {
    const text = 'In dem Antrag heißt es wörtlich: „Die Einstufung wird aufgehoben.“ „Wir bitten um Geduld“, heißt es in einer Erklärung des Vereins.';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Die Einstufung wird aufgehoben.')).toMatchObject({ kind: 'direct', mention: 'Antrag', cue: 'heißt es' });
    expect(find(found, 'Wir bitten um Geduld')).toMatchObject({ kind: 'direct', mention: 'Erklärung', cue: 'heißt es' });
  });

  it('reads the subject after the verb when the clause opens with an adverbial or an object: "Über X sagte Y:", "Im Brief erklärt er:"', () => {
    const text = 'Über die Reform sagte Maria Kessler: „Das ist ein guter Tag.“ Den Ärger der Partei brachte die Sprecherin des Verbands, Jana Vogt, zum Ausdruck: „Wir sind enttäuscht.“ Die Arbeit des Rates lobte er mit den Worten: „Es geht voran.“';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Das ist ein guter Tag.')).toMatchObject({ kind: 'direct', speaker: 'Maria Kessler' });
    expect(find(found, 'Wir sind enttäuscht.').mention).toMatch(/Jana Vogt|Sprecherin/);
    expect(find(found, 'Es geht voran.')).toMatchObject({ kind: 'direct', mention: 'er' });
  });

  it('reads a clause on past a fragment in marks inside it: "hatte den Bericht als „falsch“ zurückgewiesen", "die als „X“ bezeichnet wurden"', () => {
    const text = 'Die Stadtverwaltung hatte den Bericht umgehend als „falsch und haltlos“ zurückgewiesen. Die Schäden, die als „gewaltig“ beschrieben wurden, sind groß.';
    const found = quotesOf(text, 'de');
    expect(find(found, 'falsch und haltlos')).toMatchObject({ kind: 'partial', mention: 'Stadtverwaltung', cue: 'zurückgewiesen' });
    expect(find(found, 'gewaltig')).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('gives a fragment to the cue right after it: "..., „wenn ...“, so X."', () => {
    const text = 'Der Anwalt Peter Brandt sagte, die Strafe sei zu hoch. Eine Bewährung sei nicht vermittelbar, „wenn jemand so rücksichtslos fährt“, so Richterin Ute Berger.';
    expect(find(quotesOf(text, 'de'), 'wenn jemand so rücksichtslos fährt')).toMatchObject({ kind: 'partial', speaker: 'Ute Berger', cue: 'so' });
  });

  it('gives a statement to the subject after a comma and any verb: "„...“, zeigte sich X zufrieden."', () => {
    const text = 'Das Team gewann mit 2:0. „Wir haben jetzt vier Punkte“, zeigte sich Trainer Paul Wendt nach dem Spiel zufrieden.';
    expect(find(quotesOf(text, 'de'), 'Wir haben jetzt vier Punkte')).toMatchObject({ kind: 'direct', speaker: 'Paul Wendt', cue: 'zeigte' });
  });

  it('takes a short title in marks right after its noun for a name: "die Organisation „Ärzte für Afrika“"', () => {
    const text = 'Die Organisation „Ärzte für Afrika“ teilte mit, dass die Hilfe anläuft.';
    expect(find(quotesOf(text, 'de'), 'Ärzte für Afrika')).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('reads "so" before an indefinite source after a comma: "..., so eine Sprecherin"', () => {
    const found = quotesOf('Der Zoo Rheinwald öffnet im Mai wieder. Alle Gehege seien inzwischen saniert, so eine Sprecherin des Zoos.', 'de');
    expect(find(found, 'Alle Gehege seien inzwischen saniert')).toMatchObject({ kind: 'indirect', mention: 'Sprecherin', cue: 'so' });
  });

  it('reads "erklärte, dass", "X zufolge" and "heißt es" (no speaker)', () => {
    const found = quotesOf('Der Verband erklärte, dass die Preise steigen werden. Dem Bericht zufolge fehlen tausende Wohnungen im Land. Weiter heißt es, man werde die Lage prüfen.', 'de');
    expect(find(found, 'dass die Preise steigen werden')).toMatchObject({ kind: 'indirect', cue: 'erklärte' });
    expect(find(found, 'fehlen tausende Wohnungen im Land')).toMatchObject({ kind: 'indirect', cue: 'zufolge' });
    expect(find(found, 'man werde die Lage prüfen')).toMatchObject({ kind: 'indirect', speaker: null, cue: 'heißt es' });
  });

  it('follows a colon introduction into the next paragraph, with a separable verb and "es" for a newspaper', () => {
    const text = '„Die Stadt hat den Vertrag unterschrieben“, erinnerte die Lokalzeitung Nordkurier ihre Leser. Aber es fügte hinzu:\n\n„Ein Vertrag kann gekündigt werden.“';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Die Stadt hat den Vertrag unterschrieben')).toMatchObject({ kind: 'direct', speaker: 'Nordkurier', cue: 'erinnerte' });
    expect(find(found, 'Ein Vertrag kann gekündigt werden.')).toMatchObject({ kind: 'direct', speaker: 'Nordkurier', mention: 'es', cue: 'fügte hinzu' });
  });

  it('gives a quote to the person a citing verb names, across paragraphs the quote runs on', () => {
    const text = 'Die Zeitung zitierte den Leiter des Instituts für Verkehr, Emil Brandt, mit den Worten:\n\n„Wir haben zu lange gewartet. Das rächt sich jetzt.\n\n„Die Pläne liegen seit Jahren vor.“';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Wir haben zu lange gewartet. Das rächt sich jetzt.')).toMatchObject({ kind: 'direct', speaker: 'Emil Brandt', cue: 'zitierte' });
    expect(find(found, 'Die Pläne liegen seit Jahren vor.')).toMatchObject({ kind: 'direct', speaker: 'Emil Brandt', cue: null });
  });

  it('keeps the speaker for an interrupted quote and for the quote in the next paragraph', () => {
    const text = '„Du siehst“, sagte Clara Stein, „heute gut aus.“ Dann ging sie.\n\n„Das habe ich ernst gemeint.“';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Du siehst')).toMatchObject({ kind: 'direct', speaker: 'Clara Stein' });
    expect(find(found, 'heute gut aus.')).toMatchObject({ kind: 'direct', speaker: 'Clara Stein' });
    expect(find(found, 'Das habe ich ernst gemeint.')).toMatchObject({ kind: 'direct', speaker: 'Clara Stein', cue: null });
  });

  it('emits a quote nested in a direct quote as a scare quote inside it', () => {
    const found = quotesOf('„Das ist die Propaganda der ‚Großmacht‘“, glaubt der Historiker Paul Renz.', 'de');
    expect(find(found, 'Großmacht')).toMatchObject({ kind: 'scare', speaker: null });
    expect(find(found, 'Das ist die Propaganda der ‚Großmacht‘')).toMatchObject({ kind: 'direct', speaker: 'Paul Renz', cue: 'glaubt' });
  });

  it('finds no quotes in boilerplate blocks', () => {
    const allBoilerplate: Stage = {
      name: 'structure',
      run(doc) {
        doc.blocks = [{ start: 0, end: doc.text.length, kind: 'boilerplate' }];
      },
    };
    const pipeline = createPipeline([normalize, allBoilerplate, sentences, quotes]);
    expect(pipeline.analyze('„Jetzt abonnieren“, sagte der Verlag.', { language: 'de' }).quotes).toEqual([]);
  });
  it('reads a quoted noun after "als" or an article as the speaker\'s word, and a quoted name as a scare quote', () => {
    const found = quotesOf('Die Ministerin Sabine Roth bezeichnete den Entwurf als „Luftnummer“. Der Abgeordnete Jens Kolb nannte ihn eine „Mogelpackung“. Die Zeitung „Morgenpost“ berichtete darüber.', 'de');
    expect(find(found, 'Luftnummer')).toMatchObject({ kind: 'partial', speaker: 'Sabine Roth' });
    expect(find(found, 'Mogelpackung')).toMatchObject({ kind: 'partial', speaker: 'Jens Kolb' });
    expect(find(found, 'Morgenpost')).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('finds the subject before an apposition: "X, Präsident des Verbands, sagte"', () => {
    const found = quotesOf('Karl Brenner, Präsident des Bauernverbands, sagte, die Ernte sei „eine einzige Enttäuschung“ gewesen.', 'de');
    expect(find(found, 'eine einzige Enttäuschung')).toMatchObject({ kind: 'partial', speaker: 'Karl Brenner' });
  });

  it('gives "sie" after "sagte sie der Zeitung" to the speaker, not to the newspaper she spoke to', () => {
    const text = 'Die Sprecherin des Landesverbands, Marion Fuchs, zeigte sich besorgt. Viele Praxen müssten bald schließen, sagte sie der Rheinischen Post. Sie verlangte, die Mittel sofort freizugeben.';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Viele Praxen müssten bald schließen')).toMatchObject({ kind: 'indirect', speaker: 'Marion Fuchs' });
    expect(find(found, 'die Mittel sofort freizugeben')).toMatchObject({ kind: 'indirect', speaker: 'Marion Fuchs', mention: 'Sie' });
  });

  it('gives a quote with no cue the voice of the reported speech before it in its paragraph', () => {
    const text = 'Der Elternbeirat wandte sich an die Schule. Seine Sprecherin Ute Haller sagte, die Kinder warteten seit Wochen auf Ersatz. „So kann es nicht weitergehen.“';
    expect(find(quotesOf(text, 'de'), 'So kann es nicht weitergehen.')).toMatchObject({ kind: 'direct', speaker: 'Ute Haller', cue: null });
  });

  it('takes no subject with an apposition for reported speech: "Der Chef, X, sprach von „...“"', () => {
    const found = quotesOf('Der Betriebsratschef der Werft, Olaf Timm, sprach von einem „schwarzen Tag“.', 'de');
    expect(find(found, 'schwarzen Tag')).toMatchObject({ kind: 'partial', speaker: 'Olaf Timm' });
    expect(found.filter((quote) => quote.kind === 'indirect')).toEqual([]);
  });

  it('lets a Konjunktiv I sentence go on with the speaker of an appeal before it', () => {
    const text = 'Der Streit um die Kita-Gebühren dauert an, teilte die Stadt mit. Die Landrätin Eva Reuter mahnte beide Seiten zur Eile. Es sei „allerhöchste Zeit“ für eine Lösung. Ein Kompromiss müsse bis Ostern stehen.';
    const found = quotesOf(text, 'de');
    expect(find(found, 'allerhöchste Zeit')).toMatchObject({ kind: 'partial', speaker: 'Eva Reuter' });
  });

  it('gives a verb joined by "und" the subject of the verb before it', () => {
    const found = quotesOf('Der Landwirt Peter Sommer nannte die Auflagen „praxisfern“ und forderte, die Frist um ein Jahr zu verlängern.', 'de');
    expect(find(found, 'die Frist um ein Jahr zu verlängern')).toMatchObject({ kind: 'indirect', speaker: 'Peter Sommer', cue: 'forderte' });
  });

  it('reads the source behind "nach Ansicht von X"', () => {
    const found = quotesOf('Nach Ansicht von Senatorin Petra Lang hat die Behörde „auf ganzer Linie versagt“.', 'de');
    expect(find(found, 'auf ganzer Linie versagt')).toMatchObject({ kind: 'partial', speaker: 'Petra Lang' });
  });

  it('leaves a colon introduction whose subject is a thing to the speaker before: "Seine Zuversicht gründet sich auf ...:"', () => {
    const text = 'Der EU-Beauftragte Javier Solana äußerte sich zuversichtlich: „Ich gehe davon aus, dass eine Einigung gelingt.“ Seine Zuversicht gründet sich auf frühere Erfahrungen: „Solche Entscheidungen fallen immer in letzter Minute.“';
    expect(find(quotesOf(text, 'de'), 'Solche Entscheidungen fallen immer in letzter Minute.')).toMatchObject({ kind: 'direct', speaker: 'Javier Solana' });
  });

  it('prefers a person to a place and to a name inside an object before a colon', () => {
    const found = quotesOf('Jegliche Mitverantwortung für die Affäre im Bezirk Weser-Ems weist Swantje Hartmann von sich: „Die Verantwortung trägt der Vorsitzende.“ Dabei griff sie auch den neuen Präsidenten Otto Brandt an: „Er hat versagt.“', 'de');
    expect(find(found, 'Die Verantwortung trägt der Vorsitzende.')).toMatchObject({ speaker: 'Swantje Hartmann' });
    expect(find(found, 'Er hat versagt.')).toMatchObject({ speaker: 'Swantje Hartmann', mention: 'sie' });
  });

  it('gives a fragment to the speaker of a "Wie X erklärte," frame, not to the subject of a later "sieht"', () => {
    const found = quotesOf('Wie der Finanzminister Hartmut Möllring am Dienstag erklärte, sieht die Landesregierung in dem Gesetz „kein Hindernis für den freien Verkehr“.', 'de');
    expect(find(found, 'kein Hindernis für den freien Verkehr')).toMatchObject({ kind: 'partial', speaker: 'Hartmut Möllring' });
  });

  it('gives a fragment in a "Für X ist/sei ..." clause to X', () => {
    const found = quotesOf('Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“. Was für die Ministerin eine „flexible Lösung“ ist, war für die Verbände ein Wortbruch.', 'de');
    expect(find(found, 'aus vielen Gründen verständlich')).toMatchObject({ kind: 'partial', speaker: 'Theologen Hans Küng' });
    expect(find(found, 'flexible Lösung')).toMatchObject({ kind: 'partial', mention: 'Ministerin' });
  });

  it('resolves "sie" and "er" by the gender of titles and roles, and not to a name said inside a quote', () => {
    const found = quotesOf('Ministerin Anna Roth traf am Montag Minister Jan Berg. „Wir sind uns in allen Fragen einig“, sagte sie. Die Aktivistin Halima Said sprach gegenüber dem Sender: „Frauen haben sich gegen den Diktator Omar Bashir gestellt“, betont sie.', 'de');
    expect(find(found, 'Wir sind uns in allen Fragen einig')).toMatchObject({ speaker: 'Anna Roth', mention: 'sie' });
    expect(find(found, 'Frauen haben sich gegen den Diktator Omar Bashir gestellt')).toMatchObject({ speaker: 'Halima Said' });
  });

  it('ends an organisation\'s name before a place: "die US-Regierung Georgien als „...“ bezeichnet"', () => {
    const found = quotesOf('Der Bericht ist brisant, weil die US-Regierung Georgien im letzten Monat als „junge couragierte Demokratie“ bezeichnet hat.', 'de');
    expect(find(found, 'junge couragierte Demokratie')).toMatchObject({ kind: 'partial', mention: 'US-Regierung' });
  });

  it('finds the subject before an apposition of several commas and before a relative clause with "der"', () => {
    const text = 'Sadiq Khan, eines der Mitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung. „Diese Politik ist ungerecht.“\n\nDer 84-jährige Hans Küng, der als Kritiker gilt, hofft aber, „dass der Nachfolger offener ist“. Kritik kommt vom Fahrgastverband Pro Bahn, der diese Maßnahme als „Kapitulation“ sieht.';
    const found = quotesOf(text, 'de');
    expect(find(found, 'Diese Politik ist ungerecht.')).toMatchObject({ speaker: 'Sadiq Khan' });
    expect(find(found, 'dass der Nachfolger offener ist')).toMatchObject({ speaker: 'Hans Küng' });
    expect(find(found, 'Kapitulation')).toMatchObject({ kind: 'partial', speaker: 'Pro Bahn' });
  });

  it('reads the agent of a passive cue after a fragment and the subject after "wird": "von X als „...“ bezeichnet", "wird X wie folgt zitiert:"', () => {
    const found = quotesOf('Seine Werke werden von Musikkennern als „Meilensteine der Musik“ bezeichnet. Auf der Seite des Vereins wird Lutz Krämer wie folgt zitiert: „Es gab schon leichtere Jahre.“', 'de');
    expect(find(found, 'Meilensteine der Musik')).toMatchObject({ kind: 'partial', mention: 'Musikkennern' });
    expect(find(found, 'Es gab schon leichtere Jahre.')).toMatchObject({ kind: 'direct', speaker: 'Lutz Krämer' });
  });

  it('takes a capitalised noun for a noun, not for Konjunktiv I: "während einer Rede ... hinreißen lassen:"', () => {
    const found = quotesOf('Bei einer Debatte im Landtag hatte sich Gudrun Pieper während einer Rede der Abgeordneten Filiz Polat zu dem Zwischenruf hinreißen lassen: „Man hätte Sie abschieben sollen.“', 'de');
    expect(find(found, 'Man hätte Sie abschieben sollen.')).toMatchObject({ kind: 'direct', speaker: 'Gudrun Pieper' });
  });

  it('reads the subject past adverbs after the verb and "Stellung nehmen" as a cue', () => {
    const found = quotesOf('Am Rande der Sitzung nahm jetzt auch der Ministerpräsident Christian Wulff zu der Frage Stellung. Jeder Lehrer könne „das Konto jetzt einlösen“.', 'de');
    expect(find(found, 'das Konto jetzt einlösen')).toMatchObject({ kind: 'partial', speaker: 'Christian Wulff' });
  });
});

describe('English quotes', () => {
  it('attributes quotes before and after "said", with a role in front of the name', () => {
    const found = quotesOf('“We will not back down,” said Maria Keller, the city’s mayor. Coach Daniel Reyes said: “We played the right way.”', 'en');
    expect(find(found, 'We will not back down,')).toMatchObject({ kind: 'direct', speaker: 'Maria Keller', cue: 'said' });
    expect(find(found, 'We played the right way.')).toMatchObject({ kind: 'direct', speaker: 'Daniel Reyes', cue: 'said' });
  });

  it('gives "…, which X said …" to X, not to the word before the comma', () => {
    const found = quotesOf('The bus route was due to close in March, which residents said would leave the village without any service.', 'en');
    expect(find(found, 'would leave the village without any service')).toMatchObject({ kind: 'indirect', speaker: 'residents', cue: 'said' });
  });

  it('resolves "he" and "she" to the person named before', () => {
    const text = 'The finance minister, Laura Stein, set out her plans on Tuesday. She said: “The old system does not work.”';
    expect(find(quotesOf(text, 'en'), 'The old system does not work.')).toMatchObject({ kind: 'direct', speaker: 'Laura Stein', mention: 'She' });
  });

  it('keeps one speaker for an interrupted quote', () => {
    const found = quotesOf('“I know what people are saying,” coach Daniel Reyes said, “but we played the right way.”', 'en');
    expect(find(found, 'but we played the right way.')).toMatchObject({ kind: 'direct', speaker: 'Daniel Reyes' });
  });

  it('finds reported speech: "said that", "told reporters", "according to", an inverted cue and "it was reported"', () => {
    const text =
      'The company said in a statement that profits fell sharply. Its chief, Tom Brandt, told reporters the plan would cost $4 million. About 300 jobs are at risk, according to union officials. Sales rose by ten percent, the company said. The plant will close in June, it was reported on Friday.';
    const found = quotesOf(text, 'en');
    expect(find(found, 'that profits fell sharply')).toMatchObject({ kind: 'indirect', cue: 'said' });
    expect(find(found, 'the plan would cost $4 million')).toMatchObject({ kind: 'indirect', speaker: 'Tom Brandt', cue: 'told' });
    expect(find(found, 'About 300 jobs are at risk')).toMatchObject({ kind: 'indirect', cue: 'according to' });
    expect(find(found, 'Sales rose by ten percent')).toMatchObject({ kind: 'indirect', cue: 'said' });
    expect(find(found, 'The plant will close in June')).toMatchObject({ kind: 'indirect', speaker: null });
  });

  it('takes the statement before ", according to" even when the source runs on with a prepositional phrase', () => {
    const found = quotesOf('The ferry will resume service in May, according to a statement from the harbour office.', 'en');
    expect(find(found, 'The ferry will resume service in May')).toMatchObject({ kind: 'indirect', cue: 'according to' });
    expect(found.some((quote) => quote.text.includes('harbour office'))).toBe(false);
  });

  it('reads single quotes without taking apostrophes for marks', () => {
    const found = quotesOf("Protest leader Nadia Farouk said the group's demands were 'simple and fair'. She told the crowd: 'We won't be silenced.'", 'en');
    expect(find(found, 'simple and fair')).toMatchObject({ kind: 'partial', speaker: 'Nadia Farouk' });
    expect(find(found, "We won't be silenced.")).toMatchObject({ kind: 'direct', speaker: 'Nadia Farouk', mention: 'She' });
  });

  it('marks names and titles in quote marks as scare quotes', () => {
    const found = quotesOf('The firm’s app, called “Pocketwise”, has two million users.', 'en');
    expect(find(found, 'Pocketwise')).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('gives a quote to the newspaper and to the official it quotes', () => {
    const text = '“The ministry knew for months,” the Daily Courier reported. It added: “Nobody was held to account.” The paper quoted an official, James Porter, as saying: “We were told to keep quiet.”';
    const found = quotesOf(text, 'en');
    expect(find(found, 'Nobody was held to account.')).toMatchObject({ kind: 'direct', speaker: 'Daily Courier', mention: 'It' });
    expect(find(found, 'We were told to keep quiet.')).toMatchObject({ kind: 'direct', speaker: 'James Porter', cue: 'quoted' });
  });
  it('finds the clause of a verb joined by "and" after a quote, with the first verb\'s subject', () => {
    const text = 'Union leader Carla Diaz called the offer "an insult" and said members would vote on strike action next week. Ms Diaz praised the nurses and promised them a fair deal.';
    const found = quotesOf(text, 'en');
    expect(find(found, 'an insult')).toMatchObject({ kind: 'partial', speaker: 'Carla Diaz' });
    expect(find(found, 'members would vote on strike action next week')).toMatchObject({ kind: 'indirect', speaker: 'Carla Diaz', cue: 'said' });
    expect(found.some((quote) => quote.text.includes('a fair deal'))).toBe(false);
  });

  it('leaves a statement to the subject of its verb when "according to a report" names no one', () => {
    const found = quotesOf('The Port Authority expected that cargo volumes would fall by 8 percent, according to a report on Tuesday.', 'en');
    expect(find(found, 'that cargo volumes would fall by 8 percent')).toMatchObject({ kind: 'indirect', speaker: 'Port Authority', cue: 'expected' });
  });
  it('names who is behind "a statement from X", not the document', () => {
    const found = quotesOf('The bridge will reopen on Monday, according to a statement from the transport office.', 'en');
    expect(find(found, 'The bridge will reopen on Monday')).toMatchObject({ kind: 'indirect', mention: 'office', cue: 'according to' });
  });

  it('gives what "it was said" quotes to the document it names', () => {
    const found = quotesOf('"We ask for patience," it was said in a statement from the club.', 'en');
    expect(find(found, 'We ask for patience,')).toMatchObject({ kind: 'direct', mention: 'statement' });
  });

  it('takes no place for a speaker and no quote from where a quote was said', () => {
    const text = '“We will keep the library open,” Nina Patel told reporters outside City Hall. Sam Ortiz, who chairs the budget panel, said the city had not found the money.';
    const found = quotesOf(text, 'en');
    expect(find(found, 'We will keep the library open,')).toMatchObject({ kind: 'direct', speaker: 'Nina Patel', cue: 'told' });
    expect(found.some((quote) => quote.text.includes('City Hall'))).toBe(false);
    expect(find(found, 'the city had not found the money')).toMatchObject({ kind: 'indirect', speaker: 'Sam Ortiz', cue: 'said' });
  });

  it('gives a fragment after "For X," to X', () => {
    const found = quotesOf('For Mayor Ann Lee, the vote was “a first step for the whole town”.', 'en');
    expect(find(found, 'a first step for the whole town')).toMatchObject({ kind: 'partial', speaker: 'Ann Lee' });
  });

  it('resolves "she" past a man named later, by the titles in front of the names', () => {
    const found = quotesOf('Mrs Clara Stone met Mr Tom Hale on Monday. “We agree on the plan,” she said.', 'en');
    expect(find(found, 'We agree on the plan,')).toMatchObject({ kind: 'direct', speaker: 'Clara Stone', mention: 'she' });
  });
});
