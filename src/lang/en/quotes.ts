/**
 * English knowledge for quote attribution: reporting verbs, source phrases ("according to"),
 * pronouns. Written for lektor from general English grammar, not drawn from any corpus.
 */
import type { CueClass, Gender, QuoteLexicon } from '../../quotes/lexicon.js';

/** Present, third person, past and -ing forms of a verb: "say says said saying". */
const SAY = [
  'say says said saying', 'tell tells told telling', 'add adds added adding', 'warn warns warned warning',
  'explain explains explained explaining', 'note notes noted noting', 'state states stated stating',
  'claim claims claimed claiming', 'argue argues argued arguing', 'insist insists insisted insisting',
  'stress stresses stressed stressing', 'ask asks asked asking', 'reply replies replied replying',
  'write writes wrote written writing', 'announce announces announced announcing', 'confirm confirms confirmed confirming',
  'deny denies denied denying', 'admit admits admitted admitting', 'acknowledge acknowledges acknowledged acknowledging',
  'declare declares declared declaring', 'comment comments commented commenting', 'tweet tweets tweeted tweeting',
  'suggest suggests suggested suggesting', 'predict predicts predicted predicting', 'urge urges urged urging',
  'recall recalls recalled recalling', 'emphasize emphasizes emphasized emphasizing', 'emphasise emphasises emphasised emphasising',
  'assert asserts asserted asserting', 'contend contends contended contending', 'maintain maintains maintained maintaining',
  'promise promises promised promising', 'complain complains complained complaining', 'describe describes described describing',
  'call calls called calling', 'remark remarks remarked remarking', 'observe observes observed observing',
  'respond responds responded responding', 'concede concedes conceded conceding', 'report reports reported reporting',
  'reiterate reiterates reiterated reiterating', 'caution cautions cautioned cautioning', 'testify testifies testified testifying',
  'allege alleges alleged alleging', 'vow vows vowed vowing', 'exclaim exclaims exclaimed exclaiming', 'recount recounts recounted recounting',
  'speak speaks spoke spoken speaking', 'praise praises praised praising', 'criticize criticizes criticized criticizing',
  'criticise criticises criticised criticising',
];
/** Reporting verbs whose bare object is a thing or person, never a clause without "that": "called the plan "a disgrace"", "promised residents a say". */
const OBJECT_TAKING = [
  'call calls called calling', 'describe describes described describing', 'praise praises praised praising',
  'criticize criticizes criticized criticizing', 'criticise criticises criticised criticising',
  'promise promises promised promising', 'urge urges urged urging', 'ask asks asked asking',
];
const THINK = ['believe believes believed', 'think thinks thought', 'fear fears feared', 'hope hopes hoped', 'expect expects expected', 'estimate estimates estimated'];
const CITE = ['quote quotes quoted quoting', 'cite cites cited citing'];

function verbMap(): Map<string, CueClass> {
  const verbs = new Map<string, CueClass>();
  const add = (lines: readonly string[], cueClass: CueClass) => {
    for (const form of lines.flatMap((line) => line.split(' '))) verbs.set(form, cueClass);
  };
  add(SAY, 'say');
  add(THINK, 'think');
  add(CITE, 'cite');
  return verbs;
}

const gendered = (entries: Record<string, Gender>) => new Map(Object.entries(entries));

export const quoteLexicon: QuoteLexicon = {
  verbs: verbMap(),
  // "point" reports speech only with its particle.
  separable: [{ forms: ['point', 'points', 'pointed'], particle: 'out', cueClass: 'say' }],
  sourceBefore: ['according to', 'as reported by', 'in the words of'],
  sourceAfter: new Set([]),
  sourceAdverbs: [],
  possessives: new Map([['his', 'm'], ['her', 'f'], ['its', 'n'], ['their', 'pl']]),
  sourcePrepositions: new Set([]),
  sourceNouns: ['statement', 'report', 'reports', 'release', 'announcement', 'figures', 'data', 'estimates', 'survey', 'filing', 'letter', 'memo', 'post'],
  sourceLinks: new Set(['from', 'of', 'by']),
  agentPrepositions: new Set(['by']),
  impersonal: ['it was said', 'it is said', 'it was reported', 'it is reported', 'it was claimed'],
  documentPrepositions: new Set(['in']),
  objectSpeaker: ['as saying', 'with the words'],
  // An English subject comes before its verb whatever opens the clause.
  finiteAuxiliaries: new Set(),
  passiveAuxiliaries: new Set(['was', 'were', 'is', 'are', 'been', 'being']),
  asConjunctions: new Set(['as']),
  clauseLinks: new Set(['and', 'but', 'or', 'which', 'who', 'where', 'when', 'while', 'because', 'after', 'before', 'although']),
  coordinators: new Set(['and', 'but']),
  objectVerbs: new Set(OBJECT_TAKING.flatMap((line) => line.split(' '))),
  reflexives: new Set([]),
  listeners: new Set(['reporters', 'journalists', 'lawmakers', 'supporters', 'him', 'her', 'them', 'us', 'me', 'you']),
  complementizers: new Set(['that', 'whether']),
  pronouns: gendered({ he: 'm', she: 'f', it: 'n', they: 'pl' }),
  // An English subject stands before its verb ("said he" is rare and literary).
  subjectPronouns: new Set(),
  relativePronouns: new Set(['who', 'which', 'that']),
  subjectRelatives: new Set([]),
  prepositions: new Set([
    'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'of', 'about', 'after', 'before', 'during', 'into', 'over', 'under',
    'against', 'between', 'through', 'without', 'per', 'than', 'as', 'since', 'until', 'toward', 'towards', 'across',
  ]),
  obliqueDeterminers: new Set([]),
  determiners: gendered({ the: 'unknown', a: 'unknown', an: 'unknown', this: 'unknown', his: 'unknown', her: 'unknown', its: 'unknown', their: 'unknown' }),
  organisationNouns: [
    'newspaper', 'paper', 'agency', 'ministry', 'government', 'party', 'police', 'department', 'company', 'firm',
    'bank', 'court', 'commission', 'office', 'institute', 'union', 'broadcaster', 'network', 'magazine', 'tabloid',
    'daily', 'channel', 'army', 'military', 'group', 'organisation', 'organization', 'foundation', 'council',
    'committee', 'administration', 'kremlin', 'service', 'website', 'club', 'team', 'association', 'authority', 'authorities',
  ],
  roleEndings: [
    'minister', 'president', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair',
    'chancellor', 'director', 'leader', 'head', 'expert', 'analyst', 'secretary', 'ambassador', 'general', 'governor',
    'senator', 'judge', 'author', 'journalist', 'manager', 'founder', 'economist', 'researcher', 'scientist', 'professor',
    'representative', 'adviser', 'advisor', 'candidate', 'activist', 'singer', 'player', 'actor', 'actress', 'coach',
    'mayor', 'councillor', 'councilor', 'councilman', 'councilwoman', 'officer', 'official', 'commissioner', 'lawyer', 'attorney', 'ceo', 'executive', 'king', 'queen', 'prince',
    'bishop', 'pope', 'sheriff', 'captain', 'colonel', 'sergeant', 'detective', 'inspector', 'dr', 'prof',
  ],
  agentEndings: ['er', 'ers', 'or', 'ors', 'ist', 'ists', 'ian', 'ians', 'ent', 'ents', 'ant', 'ants', 'man', 'men', 'woman', 'women', 'people', 'person', 'official', 'officials', 'police'],
  opinionPrepositions: new Set(['for']),
  documentNouns: new Set(['text', 'letter', 'statement', 'note', 'memo', 'sign', 'banner', 'editorial', 'ruling', 'motion', 'resolution', 'release']),
  describingStopWords: new Set(['former', 'new', 'late', 'then', 'top', 'senior', 'chief', 'old', 'young', 'big', 'high', 'general']),
  titles: gendered({ mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', lady: 'f', lord: 'm', dr: 'unknown' }),
  reportedMood: new Set(),
  substituteMood: new Set(),
  // English puts the demonstrative after the verb ("the police confirmed this"), where no cue reads it.
  demonstratives: new Set(),
  topicPrepositions: new Set(),
  nounIntroducers: new Set([]),
  adjectiveEnding: /\p{L}$/u,
  capitalisedNouns: false,
};
