/**
 * Reads the noun phrase that names a speaker: a pronoun ("er", "she"), a name with what is
 * written in front of it ("der ehemalige Außenminister Andrei Kozyrev"), or a description
 * ("die Zeitung", "the minister"). The name part is what the speaker is called by.
 */
import type { Range } from '../document.js';
import type { Gender, QuoteLexicon } from './lexicon.js';
import type { BlockWords } from './words.js';
import type { TokenForms } from '../text/token-forms.js';

export interface SpeakerPhrase {
  /** Word indices of the whole phrase, inclusive. */
  first: number;
  last: number;
  /** Word indices of the name part (or of the head noun of a description), inclusive. */
  nameFirst: number;
  nameLast: number;
  pronoun: boolean;
  /** A description without a name: "die Zeitung", "the minister". */
  descriptor: boolean;
  gender: Gender;
  /** The phrase names an organisation or medium by its head noun ("Boulevardzeitung"). */
  organisation: boolean;
  /** Lower-cased head noun of a description, to find what it refers back to. */
  head: string;
  /** Character ranges of the whole phrase and of its name part. */
  range: Range;
  nameRange: Range;
}

export interface PhraseContext {
  words: BlockWords;
  lexicon: QuoteLexicon;
  /** How many characters of [start, end) the recogniser found names in; undefined when it found none in the document. */
  named?: (start: number, end: number) => number;
  /** Whether the recogniser found a place in [start, end): rarely who speaks, never a name after an organisation noun ("die US-Regierung Georgien"). */
  placeName?: (start: number, end: number) => boolean;
}

const MAX_MODIFIERS = 4;
const MAX_NAME_WORDS = 8;
/** Small words inside names: "Ursula von der Leyen", "Abu al-Hassan". */
const NAME_PARTICLES = new Set(['von', 'van', 'de', 'del', 'da', 'di', 'du', 'al', 'bin', 'ibn', 'la', 'le']);
/** Articles that join a name only after a particle: "von der Leyen", "van den Berg". */
const PARTICLE_ARTICLES = new Set(['der', 'den', 'dem']);
const POSSESSIVE = new Set(["'s", '’s']);
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}-]+$/u;

function isNameWord(ctx: PhraseContext, i: number): boolean {
  const word = ctx.words.words[i];
  if (word === undefined || word.quote !== -1 || !word.capital) return false;
  // Asked of every capitalised word again and again: remembered per distinct text of the document.
  let memo = nameWordMemo.get(ctx.words.forms);
  if (!memo) nameWordMemo.set(ctx.words.forms, (memo = new Uint8Array(ctx.words.forms.count)));
  if (memo[word.form] === UNKNOWN) memo[word.form] = word.wordlike && !isCueWord(ctx.lexicon, word.lower) && !ctx.words.isStopWord(i) ? YES : NO;
  return memo[word.form] === YES;
}

const UNKNOWN = 0;
const NO = 1;
const YES = 2;
/** Whether a capitalised text can be part of a name, per document (the forms of one document share a language). */
const nameWordMemo = new WeakMap<TokenForms, Uint8Array>();

const cueWordSets = new WeakMap<QuoteLexicon, Set<string>>();

/** Reporting verbs and the first words of source phrases ("Laut", "Zufolge") are never part of a name. */
function isCueWord(lexicon: QuoteLexicon, lower: string): boolean {
  let set = cueWordSets.get(lexicon);
  if (!set) {
    set = new Set([...lexicon.verbs.keys(), ...[...lexicon.sourceBefore, ...lexicon.sourceAfter, ...lexicon.impersonal].map((phrase) => phrase.split(' ')[0]!)]);
    cueWordSets.set(lexicon, set);
  }
  return set.has(lower);
}

/**
 * The phrase that starts at word `i` and ends before `to`, if one does. `strict` asks more of a
 * bare German noun: found by searching rather than next to a cue, it must be a recognised name.
 */
export function phraseAt(ctx: PhraseContext, i: number, to: number, strict = false): SpeakerPhrase | undefined {
  const shape = phraseShapeAt(ctx, i, to, strict);
  return shape && withRanges(ctx, shape);
}

/** Names of two words or more in the author's words of a block ("Laura Stein", "Daily Courier"). */
export function writtenNames(ctx: PhraseContext): SpeakerPhrase[] {
  const { words } = ctx.words;
  const names: SpeakerPhrase[] = [];
  for (let k = 0; k < words.length; k++) {
    // Tried at every word of the article: only the few names found get their character ranges.
    const shape = words[k]!.quote === -1 ? phraseShapeAt(ctx, k, words.length, true) : undefined;
    if (!shape) continue;
    if (!shape.pronoun && !shape.descriptor && shape.nameLast > shape.nameFirst) names.push(withRanges(ctx, shape));
    k = shape.last;
  }
  return names;
}

type PhraseShape = Omit<SpeakerPhrase, 'range' | 'nameRange'>;

/** The phrase with its character ranges; fields listed rather than spread, which costs microseconds in a search run at every word. */
function withRanges(ctx: PhraseContext, shape: PhraseShape): SpeakerPhrase {
  const { words } = ctx.words;
  return {
    first: shape.first,
    last: shape.last,
    nameFirst: shape.nameFirst,
    nameLast: shape.nameLast,
    pronoun: shape.pronoun,
    descriptor: shape.descriptor,
    gender: shape.gender,
    organisation: shape.organisation,
    head: shape.head,
    range: { start: words[shape.first]!.start, end: words[shape.last]!.end },
    nameRange: { start: words[shape.nameFirst]!.start, end: words[shape.nameLast]!.end },
  };
}

function phraseShapeAt(ctx: PhraseContext, i: number, to: number, strict: boolean): PhraseShape | undefined {
  const { words, lexicon } = ctx;
  const word = words.words[i];
  if (!word || word.quote !== -1 || i >= to) return undefined;
  const pronounGender = lexicon.pronouns.get(word.lower);
  if (pronounGender !== undefined) {
    return { first: i, last: i, nameFirst: i, nameLast: i, pronoun: true, descriptor: false, gender: pronounGender, organisation: false, head: word.lower };
  }
  let k = i;
  let gender: Gender = 'unknown';
  const determiner = lexicon.determiners.get(word.lower);
  if (determiner !== undefined) {
    gender = determiner;
    k++;
  }
  const title = lexicon.titles.get(words.words[k]?.lower ?? '');
  if (title !== undefined) {
    if (title !== 'unknown') gender = title;
    k++;
    if (words.words[k]?.text === '.') k++;
  }
  // "Local shop owner Ben Carter": an English sentence opens with a capital, so there a word the recogniser saw no name in, before lower-case words, is an adjective.
  const opensWithAdjective = !lexicon.capitalisedNouns && k === i && words.sentenceStart(i) === i && isModifier(ctx, i + 1, true) && ctx.named?.(word.start, word.end) === 0;
  if (opensWithAdjective) k++;
  const modifiersFrom = k;
  // English role words stand lower-case in front of a name without an article: "coach Daniel Reyes".
  const describes = determiner !== undefined || !lexicon.capitalisedNouns;
  // The first modifier after an article is its opening word.
  while (k < to && k - modifiersFrom < MAX_MODIFIERS && (isModifier(ctx, k, describes, k === modifiersFrom && determiner !== undefined) || (isPossessive(ctx, k) && isModifier(ctx, k + 1, describes)))) k++;
  const capsFrom = k;
  while (k < to && k - capsFrom < MAX_NAME_WORDS && (isNameWord(ctx, k) || (k > capsFrom && joinsName(ctx, k)))) k++;
  // "die US-Regierung Georgien (als ... bezeichnet)": a place after an organisation noun starts the next phrase; a genitive ("Georgiens") still belongs.
  for (let c = capsFrom; lexicon.capitalisedNouns && ctx.placeName && c < k - 1; c++) {
    const next = words.words[c + 1]!;
    if (isOrganisation(lexicon, words.words[c]!.lower) && !next.lower.endsWith('s') && ctx.placeName(next.start, next.end)) k = c + 1;
  }
  const caps = k - capsFrom;
  if (caps === 0) return lexicon.capitalisedNouns ? undefined : englishDescription(ctx, i, modifiersFrom, k, gender);
  const last = k - 1;
  let nameFirst = capsFrom;
  // "Außenminister Andrei Kozyrev", "Boulevardzeitung X": the name follows its role; an English
  // organisation noun is part of the name ("Daily Courier").
  for (let c = capsFrom; c < last; c++) {
    const lower = words.words[c]!.lower;
    if (isRole(lexicon, lower) || (lexicon.capitalisedNouns && isOrganisation(lexicon, lower))) nameFirst = c + 1;
  }
  const headWord = words.words[capsFrom]!;
  // German names open with their head ("Boulevardzeitung X"), English ones end with it ("City Hall").
  const head = lexicon.capitalisedNouns ? headWord.lower : words.words[last]!.lower;
  // A German noun without article is a name only where the recogniser saw one ("Branson", not "Montag").
  const bare = lexicon.capitalisedNouns && determiner === undefined && title === undefined && caps === 1;
  // At a sentence start a capital letter says nothing either ("Relativierend fügt Gall hinzu").
  const unsure = strict || words.sentenceStart(capsFrom) === capsFrom;
  if (bare && unsure && ctx.named && ctx.named(headWord.start, headWord.end) === 0) return undefined;
  // "der 84-jährige Küng": an article before a recognised name does not make it a description.
  const descriptor = lexicon.capitalisedNouns && determiner !== undefined && caps === 1 && !ALL_CAPS.test(headWord.text) && !(ctx.named && ctx.named(headWord.start, headWord.end) > 0);
  if (lexicon.capitalisedNouns && determiner !== undefined && nameFirst === capsFrom && caps >= 2 && !/en$/.test(headWord.lower)) nameFirst = capsFrom + 1;
  if (lexicon.capitalisedNouns && /in$/.test(headWord.lower) && isRole(lexicon, headWord.lower)) gender = 'f';
  return {
    first: i,
    last,
    nameFirst,
    nameLast: last,
    pronoun: false,
    descriptor,
    gender,
    organisation: isOrganisation(lexicon, head) || isOrganisation(lexicon, headWord.lower),
    head,
  };
}

/** Inside a name: "von der" in "Ursula von der Leyen"; a role in "Opposition leader Mark Ellis". */
function joinsName(ctx: PhraseContext, k: number): boolean {
  const lower = lowerAt(ctx, k);
  if (PARTICLE_ARTICLES.has(lower)) return NAME_PARTICLES.has(lowerAt(ctx, k - 1)) && isNameWord(ctx, k + 1);
  const next = isNameWord(ctx, k + 1) || (PARTICLE_ARTICLES.has(lowerAt(ctx, k + 1)) && isNameWord(ctx, k + 2));
  return next && (NAME_PARTICLES.has(lower) || isRoleWord(ctx.lexicon, lower));
}

function lowerAt(ctx: PhraseContext, k: number): string {
  return ctx.words.words[k]?.lower ?? '';
}

/** English nouns are lower-case, so "the former minister" is read up to its last word. */
function englishDescription(ctx: PhraseContext, first: number, from: number, to: number, gender: Gender): PhraseShape | undefined {
  if (to <= from) return undefined;
  const head = ctx.words.words[to - 1]!.lower;
  // "the governor's office" names whose it is: a speaker of its own, not a word for one named before.
  let owner = -1;
  for (let k = from + 1; k < to - 1; k++) if (isPossessive(ctx, k)) owner = k - 1;
  const nameFirst = owner >= 0 ? owner : to - 1;
  return { first, last: to - 1, nameFirst, nameLast: to - 1, pronoun: false, descriptor: owner < 0, gender, organisation: isOrganisation(ctx.lexicon, head), head };
}

/** "'s" between a lower-case owner and its noun: "the governor's office". */
function isPossessive(ctx: PhraseContext, k: number): boolean {
  const word = ctx.words.words[k];
  return k > 0 && word !== undefined && word.quote === -1 && POSSESSIVE.has(word.lower) && ctx.words.isWord(k - 1) && !ctx.words.isCapitalised(k - 1);
}

/**
 * Adjectives in front of the noun: lower-case words that are not function words or verbs. A
 * reporting verb's form is a noun where it names what a source said ("a report") or opens a
 * description that goes on ("the state auditor"), `opening` being its first word after an article.
 */
function isModifier(ctx: PhraseContext, i: number, afterDeterminer: boolean, opening = false): boolean {
  const { words, lexicon } = ctx;
  const word = words.words[i];
  if (!afterDeterminer || word === undefined || word.quote !== -1 || !words.isWord(i) || words.isCapitalised(i) || lexicon.pronouns.has(word.lower)) return false;
  if (lexicon.verbs.has(word.lower) && !isSourceNoun(lexicon, word.lower)) return opening && isModifier(ctx, i + 1, true);
  return !words.isStopWord(i) || lexicon.describingStopWords.has(word.lower);
}

const roleWords = new WeakMap<QuoteLexicon, ReadonlySet<string>>();

/** A role noun as a word of its own: "leader" in "Opposition leader Mark Ellis". */
function isRoleWord(lexicon: QuoteLexicon, lower: string): boolean {
  let set = roleWords.get(lexicon);
  if (!set) roleWords.set(lexicon, (set = new Set(lexicon.roleEndings)));
  return set.has(lower);
}

/** Whether a description's head noun can name who speaks: a role, an organisation, a source or document, a doer ("Ermittler", "Demonstranten"). */
export function isSpeakerNoun(lexicon: QuoteLexicon, lower: string): boolean {
  return isRole(lexicon, lower) || isOrganisation(lexicon, lower) || isSourceNoun(lexicon, lower) || lexicon.documentNouns.has(lower) || endsWithAny(lexicon.agentEndings, lower);
}

/** The gender a word in front of a name gives it: "Frau", "Mr", "Ministerin" (German feminine roles end in -in), "Minister". */
export function genderBefore(lexicon: QuoteLexicon, lower: string): Gender | undefined {
  const title = lexicon.titles.get(lower);
  if (title !== undefined) return title === 'unknown' ? undefined : title;
  if (!lexicon.capitalisedNouns || !isRole(lexicon, lower)) return undefined;
  return lower.endsWith('in') ? 'f' : 'm';
}

/** A role or a doer: "Ministerin", "Theologen", "Ermittler". */
export function isPersonNoun(lexicon: QuoteLexicon, lower: string): boolean {
  return isRole(lexicon, lower) || endsWithAny(lexicon.agentEndings, lower);
}

function isRole(lexicon: QuoteLexicon, lower: string): boolean {
  return endsWithAny(lexicon.roleEndings, lower);
}

/** Whether a noun names what a source said rather than who: "Angaben", "Bericht", "statement". */
export function isSourceNoun(lexicon: QuoteLexicon, lower: string): boolean {
  return endsWithAny(lexicon.sourceNouns, lower);
}

function isOrganisation(lexicon: QuoteLexicon, lower: string): boolean {
  return endsWithAny(lexicon.organisationNouns, lower);
}

/** Past this many distinct words a memo of endings starts afresh, so memory stays bounded. */
const ENDINGS_MEMO_LIMIT = 20_000;
const endingsMemo = new WeakMap<readonly string[], Map<string, boolean>>();

/** Whether `lower` ends with one of `endings`, remembered per word: the same nouns are asked about again and again. */
function endsWithAny(endings: readonly string[], lower: string): boolean {
  let memo = endingsMemo.get(endings);
  if (!memo || memo.size >= ENDINGS_MEMO_LIMIT) endingsMemo.set(endings, (memo = new Map()));
  let found = memo.get(lower);
  if (found === undefined) memo.set(lower, (found = endings.some((ending) => lower.endsWith(ending))));
  return found;
}

/** The phrase that ends right before word `end` (a subject in front of its verb). */
export function phraseEndingAt(ctx: PhraseContext, from: number, end: number): SpeakerPhrase | undefined {
  for (let start = Math.max(from, end - 8); start < end; start++) {
    const phrase = phraseAt(ctx, start, end);
    if (phrase && phrase.last === end - 1) return phrase;
  }
  return undefined;
}

/** How many articles, possessives and adjectives a source phrase may open with: "einer ersten offiziellen". */
const SOURCE_MODIFIERS = 3;

/**
 * "ihren Aussagen", "einer Umfrage", "israelischen Medien", "„Welt“", "ai-Bericht": the noun
 * phrase that names a source, from word `i` on, where no speaker phrase reads one.
 */
export function sourcePhraseAt(ctx: PhraseContext, i: number, to: number): SpeakerPhrase | undefined {
  let k = i;
  while (k < to - 1 && k - i < SOURCE_MODIFIERS && isSourceModifier(ctx, k, k === i, k === i)) k++;
  const headFirst = k;
  const word = ctx.words.words[k];
  if (word === undefined || k >= to) return undefined;
  if (word.quote !== -1) {
    while (k + 1 < to && ctx.words.words[k + 1]!.quote === word.quote) k++;
  } else if (word.capital && word.wordlike && !ctx.words.isStopWord(k)) {
    while (k + 1 < to && isNameWord(ctx, k + 1)) k++;
  } else if (!(word.wordlike && /\p{L}[-.]\p{L}/u.test(word.text))) {
    return undefined;
  }
  return sourceShape(ctx, i, headFirst, k);
}

/** The source phrase that ends right before word `end`: "Seiner Meinung nach", "Medienberichten zufolge". */
export function sourcePhraseEndingAt(ctx: PhraseContext, from: number, end: number): SpeakerPhrase | undefined {
  const head = end - 1;
  const word = ctx.words.words[head];
  if (head < from || word === undefined || !word.capital || !word.wordlike) return undefined;
  let first = head;
  while (first > from && head - first < SOURCE_MODIFIERS && isSourceModifier(ctx, first - 1, first - 1 === ctx.words.sentenceStart(first - 1), true)) first--;
  return sourceShape(ctx, first, head, head);
}

/**
 * An article, possessive or adjective before a source noun; `opening` allows the capital of a
 * sentence start ("Seiner", "Dem"), `first` an article (which comes before any adjective).
 */
function isSourceModifier(ctx: PhraseContext, k: number, opening: boolean, first: boolean): boolean {
  const { words, lexicon } = ctx;
  const word = words.words[k];
  if (word === undefined || word.quote !== -1 || !words.isWord(k)) return false;
  const article = lexicon.determiners.has(word.lower) || lexicon.obliqueDeterminers.has(word.lower) || lexicon.possessives.has(word.lower);
  if (article) return first && (opening || !word.capital);
  if (word.capital || !lexicon.adjectiveEnding.test(word.lower)) return false;
  // Stop words too: "ersten", "neuen"; a source noun must still follow.
  return !lexicon.prepositions.has(word.lower) && !lexicon.clauseLinks.has(word.lower) && !lexicon.verbs.has(word.lower) && !lexicon.pronouns.has(word.lower);
}

/** Words [first, last] as a source phrase; a possessive makes it stand for its owner, as a pronoun does. */
function sourceShape(ctx: PhraseContext, first: number, headFirst: number, last: number): SpeakerPhrase {
  const { words, lexicon } = ctx;
  const owner = lexicon.possessives.get(words.words[first]!.lower);
  const head = words.words[headFirst]!.lower;
  const pronoun = owner !== undefined;
  return withRanges(ctx, {
    first,
    last,
    nameFirst: pronoun ? first : headFirst,
    nameLast: last,
    pronoun,
    descriptor: !pronoun && words.words[headFirst]!.quote === -1 && isSourceNoun(lexicon, head),
    gender: owner ?? 'unknown',
    organisation: isOrganisation(lexicon, head),
    head,
  });
}

/** A one-word source adverb ("demnach", "wonach") as a pronoun: it points back to the source named before it. */
export function proFormAt(ctx: PhraseContext, i: number): SpeakerPhrase {
  const head = ctx.words.words[i]!.lower;
  return withRanges(ctx, { first: i, last: i, nameFirst: i, nameLast: i, pronoun: true, descriptor: false, gender: 'unknown', organisation: false, head });
}
