/**
 * German knowledge for quote attribution: reporting verbs in their finite and participle
 * forms, source phrases ("laut", "zufolge"), pronouns and the Konjunktiv I of reported speech.
 * Written for lektor from general German grammar, not drawn from any corpus.
 */
import type { CueClass, Gender, QuoteLexicon, SeparableVerb } from '../../quotes/lexicon.js';

const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|hinter|über|unter|wider)/;

/** Finite forms and participle of a regular verb from its stem: "sag" → sagt, sagen, sagte, ..., gesagt. */
function weak(stem: string): string[] {
  const e = /[dt]$|(?:[^aeioulrh]|ch)[mn]$/.test(stem) ? 'e' : '';
  const infinitive = /[^aeiou](?:er|el)$/.test(stem) ? `${stem}n` : `${stem}en`;
  const third = `${stem}${e}t`;
  const ge = INSEPARABLE.test(stem) || stem.endsWith('ier') ? '' : 'ge';
  return [third, infinitive, `${stem}${e}te`, `${stem}${e}ten`, `${ge}${third}`];
}

/** The forms of a separable verb written as one word, as in subordinate clauses: "hinzufügte", "hinzugefügt". */
function joined(particle: string, forms: readonly string[]): string[] {
  return forms.map((form) => particle + form);
}

const SAY_WEAK = [
  'sag', 'erklär', 'beton', 'bekräftig', 'versicher', 'forder', 'warn', 'mahn', 'kritisier', 'bemängel',
  'beklag', 'bestätig', 'dementier', 'ergänz', 'antwort', 'entgegn', 'erwider', 'frag', 'verkünd', 'erläuter',
  'argumentier', 'äußer', 'kommentier', 'bericht', 'meld', 'behaupt', 'mein', 'schilder', 'präzisier',
  'resümier', 'prognostizier', 'appellier', 'twitter', 'bezeichn', 'erinner', 'klag', 'beharr', 'protestier',
  'bilanzier', 'begründ', 'würdig', 'lob', 'attackier', 'bekenn', 'schwärm', 'spott', 'verurteil', 'begrüß',
  'konstatier', 'skandier', 'rechtfertig', 'urteil', 'beurteil', 'attestier', 'bescheinig', 'verlang',
  // Fears, hopes and estimates are voiced to be heard, so they report what follows them.
  'befürcht', 'fürcht', 'hoff', 'schätz',
];
const SAY_STRONG = [
  'schreibt schrieb schrieben geschrieben schreiben',
  'spricht sprach sprachen gesprochen sprechen',
  'verweist verwies verwiesen verweisen',
  'bestreitet bestritt bestritten bestreiten',
  'unterstreicht unterstrich unterstrichen',
  'verspricht versprach versprachen versprochen',
  'nennt nannte nannten genannt nennen',
  'widerspricht widersprach widersprachen',
  'rät riet rieten',
  'beschreibt beschrieb beschrieben beschreiben',
  'bittet bat baten gebeten bitten',
];
const THINK = [...['glaub', 'vermut', 'zweifel', 'bezweifel'].flatMap(weak), 'denkt', 'dachte', 'dachten', 'sieht', 'sah', 'sahen'];
const CITE = weak('zitier');

/** Verbs whose particle ends the clause: "teilte ... mit", "fügte ... hinzu"; forms as weak() gives them, the participle last. */
const SEPARABLE: readonly { forms: string[]; particle: string }[] = [
  { forms: weak('füg'), particle: 'hinzu' },
  { forms: weak('teil'), particle: 'mit' },
  { forms: weak('kündig'), particle: 'an' },
  { forms: weak('räum'), particle: 'ein' },
  { forms: weak('führ'), particle: 'aus' },
  { forms: weak('merk'), particle: 'an' },
  { forms: weak('stell'), particle: 'fest' },
  { forms: weak('stell'), particle: 'klar' },
  { forms: ['weist', 'weisen', 'wies', 'wiesen', 'gewiesen'], particle: 'hin' },
  { forms: ['weist', 'weisen', 'wies', 'wiesen', 'gewiesen'], particle: 'zurück' },
  { forms: weak('stuf'), particle: 'ein' },
  { forms: weak('pranger'), particle: 'an' },
  { forms: weak('drück'), particle: 'aus' },
  { forms: ['gibt', 'geben', 'gab', 'gaben', 'gegeben'], particle: 'bekannt' },
  { forms: ['gibt', 'geben', 'gab', 'gaben', 'gegeben'], particle: 'zu' },
  { forms: ['wirft', 'werfen', 'warf', 'warfen', 'geworfen'], particle: 'vor' },
  { forms: ['ruft', 'rufen', 'rief', 'riefen', 'gerufen'], particle: 'auf' },
  // "nahm ... zu der Frage Stellung": the statement follows.
  { forms: ['nimmt', 'nehmen', 'nahm', 'nahmen', 'genommen'], particle: 'stellung' },
  // "geht davon aus, dass ...": what someone assumes, said so.
  { forms: ['geht', 'gehen', 'ging', 'gingen', 'gegangen'], particle: 'aus' },
];

function verbMap(): Map<string, CueClass> {
  const verbs = new Map<string, CueClass>();
  const add = (forms: readonly string[], cueClass: CueClass) => {
    for (const form of forms) verbs.set(form, cueClass);
  };
  add(SAY_WEAK.flatMap(weak), 'say');
  add(SAY_STRONG.flatMap((line) => line.split(' ')), 'say');
  add(SEPARABLE.flatMap(({ forms, particle }) => joined(particle, forms)), 'say');
  add(THINK, 'think');
  add(CITE, 'cite');
  return verbs;
}

// The participle comes last and never stands apart from its particle ("hat mitgeteilt").
const separable: SeparableVerb[] = SEPARABLE.map(({ forms, particle }) => ({ forms: forms.slice(0, -1), particle, cueClass: 'say' }));

const gendered = (entries: Record<string, Gender>) => new Map(Object.entries(entries));

export const quoteLexicon: QuoteLexicon = {
  verbs: verbMap(),
  separable,
  sourceBefore: ['laut', 'gemäß', 'so'],
  sourceAfter: new Set(['zufolge']),
  // "danach" is left out: far more often it means "afterwards".
  sourceAdverbs: ['demnach', 'demzufolge', 'dem vernehmen nach', 'wonach'],
  possessives: gendered({
    sein: 'm', seine: 'm', seiner: 'm', seinen: 'm', seinem: 'm', seines: 'm', dessen: 'm',
    ihr: 'f', ihre: 'f', ihrer: 'f', ihren: 'f', ihrem: 'f', ihres: 'f', deren: 'f',
  }),
  sourceLinks: new Set(['von', 'vom']),
  agentPrepositions: new Set(['von', 'vom']),
  sourcePrepositions: new Set(['nach']),
  sourceNouns: [
    'angaben', 'meinung', 'ansicht', 'auffassung', 'aussage', 'aussagen', 'worten', 'informationen', 'bericht', 'berichten',
    'darstellung', 'darstellungen', 'einschätzung', 'erkenntnissen', 'schätzungen', 'schätzung', 'mitteilung', 'recherchen',
    'studie', 'studien', 'umfrage', 'umfragen', 'stellungnahme', 'meldung', 'meldungen', 'medien',
  ],
  impersonal: ['heißt es', 'hieß es', 'hiess es', 'heisst es', 'es geheißen'],
  documentPrepositions: new Set(['in', 'im', 'auf', 'von', 'vom']),
  objectSpeaker: ['mit den worten', 'mit der aussage', 'mit dem satz'],
  finiteAuxiliaries: new Set([
    'hat', 'hatte', 'haben', 'hatten', 'ist', 'war', 'sind', 'waren', 'wird', 'wurde', 'werden', 'wurden', 'will', 'wollte',
    'wollen', 'wollten', 'kann', 'konnte', 'können', 'konnten', 'muss', 'musste', 'müssen', 'mussten', 'soll', 'sollte', 'sollen', 'sollten',
  ]),
  passiveAuxiliaries: new Set(['wird', 'wurde', 'wurden', 'werden', 'worden']),
  asConjunctions: new Set(['wie']),
  clauseLinks: new Set(['und', 'aber', 'oder', 'doch', 'denn', 'sondern', 'als', 'wo', 'wobei', 'wonach', 'weil', 'nachdem', 'bevor', 'während', 'wenn', 'welche', 'welcher', 'welches']),
  coordinators: new Set(['und', 'aber', 'sondern']),
  // A German reported clause follows a comma, so no verb's object is read as one.
  objectVerbs: new Set(),
  reflexives: new Set(['sich']),
  listeners: new Set([]),
  complementizers: new Set(['dass', 'daß', 'ob']),
  pronouns: gendered({ er: 'm', sie: 'f', es: 'n' }),
  subjectPronouns: new Set(['er']),
  demonstratives: new Set(['das', 'dies', 'dieses']),
  topicPrepositions: new Set(['von', 'vor', 'über', 'auf']),
  relativePronouns: new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']),
  subjectRelatives: new Set(['der', 'welcher']),
  prepositions: new Set([
    'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'mit', 'von', 'in', 'an', 'auf', 'aus', 'bei', 'nach', 'seit',
    'zu', 'für', 'gegen', 'ohne', 'um', 'durch', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'wegen', 'trotz',
    'während', 'dank', 'gegenüber', 'innerhalb', 'außerhalb', 'bis', 'ab', 'als', 'wie',
  ]),
  obliqueDeterminers: new Set(['den', 'dem', 'des', 'einem', 'einen', 'einer', 'eines']),
  determiners: gendered({
    der: 'm', die: 'f', das: 'n', ein: 'm', eine: 'f', dieser: 'm', diese: 'f', dieses: 'n', den: 'm', dem: 'm', des: 'm',
    sein: 'm', seine: 'f', ihr: 'm', ihre: 'f', unser: 'm', unsere: 'f',
  }),
  organisationNouns: [
    'zeitung', 'blatt', 'agentur', 'sender', 'magazin', 'ministerium', 'regierung', 'partei', 'behörde', 'polizei',
    'verband', 'gewerkschaft', 'unternehmen', 'konzern', 'bank', 'gericht', 'kommission', 'amt', 'institut', 'büro',
    'portal', 'fernsehen', 'rundfunk', 'staatsanwaltschaft', 'armee', 'militär', 'organisation', 'vereinigung', 'stiftung',
    'verwaltung', 'fraktion', 'koalition', 'bündnis', 'gruppe', 'firma', 'club', 'verein', 'kreml', 'dienst',
  ],
  roleEndings: [
    'minister', 'ministerin', 'präsident', 'präsidentin', 'chef', 'chefin', 'sprecher', 'sprecherin', 'vorsitzende',
    'vorsitzender', 'vorsitzenden', 'kanzler', 'kanzlerin', 'leiter', 'leiterin', 'direktor', 'direktorin', 'experte', 'expertin',
    'politiker', 'politikerin', 'abgeordnete', 'abgeordneter', 'meister', 'meisterin', 'trainer', 'trainerin', 'anwalt',
    'anwältin', 'professor', 'professorin', 'analyst', 'analystin', 'sekretär', 'sekretärin', 'botschafter', 'botschafterin',
    'general', 'kommissar', 'kommissarin', 'gouverneur', 'senator', 'senatorin', 'richter', 'richterin', 'autor', 'autorin',
    'journalist', 'journalistin', 'manager', 'managerin', 'gründer', 'gründerin', 'ökonom', 'ökonomin', 'forscher',
    'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'beauftragte', 'beauftragter', 'vertreter', 'vertreterin', 'führer',
    'führerin', 'berater', 'beraterin', 'kandidat', 'kandidatin', 'aktivist', 'aktivistin', 'sänger', 'sängerin',
    'spieler', 'spielerin', 'schauspieler', 'schauspielerin', 'bischof', 'papst', 'könig', 'königin', 'prinz', 'chef',
  ],
  agentEndings: ['er', 'ern', 'in', 'innen', 'ent', 'enten', 'ant', 'anten', 'ist', 'isten', 'eur', 'eure', 'euren', 'ling', 'linge', 'lingen', 'ende', 'enden'],
  opinionPrepositions: new Set(['für']),
  documentNouns: new Set([
    'text', 'brief', 'schreiben', 'erklärung', 'pressemitteilung', 'fazit', 'zettel', 'plakat', 'aufschrift', 'wortlaut',
    'botschaft', 'kommentar', 'artikel', 'beitrag', 'gutachten', 'urteil', 'antrag', 'gesetzentwurf', 'resolution', 'papier',
  ]),
  describingStopWords: new Set(['nicht', 'beiden', 'neue', 'neuen', 'neuer', 'große', 'großen', 'hohe', 'hohen', 'lange', 'langjährige', 'junge', 'jungen', 'alte', 'alten']),
  titles: gendered({ herr: 'm', herrn: 'm', frau: 'f', dr: 'unknown', prof: 'unknown' }),
  reportedMood: new Set([
    'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'gehe',
    'komme', 'stehe', 'liege', 'bleibe', 'wisse', 'lasse', 'sehe', 'fehle', 'brauche', 'bestehe', 'handle', 'gelte',
    'trage', 'halte', 'erhalte', 'plane', 'arbeite', 'beginne', 'führe', 'zeige', 'spiele', 'verfüge', 'befinde',
    'entspreche', 'betrage', 'treffe', 'nehme', 'lebe', 'kenne', 'finde', 'sitze', 'diene', 'hänge', 'reiche',
    'benötige', 'erwarte', 'stelle', 'lege', 'setze', 'biete', 'sichere', 'betreffe', 'drohe', 'gehöre', 'fordere',
    'unterstütze', 'spreche', 'schließe', 'mache', 'wachse', 'sinke', 'steige', 'folge', 'laufe', 'rechne', 'leiste',
    'zahle', 'verliere', 'gewinne', 'bringe', 'bedeute', 'ermögliche', 'erfülle', 'lehne', 'handele', 'erreiche',
    'wünsche', 'glaube', 'denke', 'meine', 'wisse', 'hoffe', 'fürchte', 'rede', 'tue', 'sage', 'erkläre', 'prüfe',
    'arbeite', 'suche', 'beabsichtige', 'ziele', 'stimme', 'trete', 'falle', 'heiße', 'liefere', 'führe', 'bleibe',
  ]),
  // Konjunktiv II, which reported speech uses where Konjunktiv I equals the indicative ("sie haben" → "sie hätten").
  substituteMood: new Set(['hätte', 'hätten', 'wäre', 'wären', 'würde', 'würden', 'könnten', 'müssten', 'dürften', 'gäbe', 'gäben']),
  nounIntroducers: new Set(['als', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner']),
  adjectiveEnding: /(?:e|em|en|er|es)$/,
  capitalisedNouns: true,
};
