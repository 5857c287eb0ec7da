/**
 * Who a cue gives the words to: the subject of a reporting verb (before it, or after it when
 * the verb comes first: "„...“, sagte Müller"), the object of a citing verb ("zitierte X mit den
 * Worten"), the source of "laut X" / "X zufolge", the antecedent of a relative clause ("Trump,
 * der einst erklärte"). Passive and impersonal cues name no speaker.
 */
import { findCues, type Cue } from './cues.js';
import { isSourceNoun, isSpeakerNoun, phraseAt, phraseEndingAt, proFormAt, sourcePhraseAt, sourcePhraseEndingAt, type PhraseContext, type SpeakerPhrase } from './phrase.js';

const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—']);
/** Words a clause may open with before its subject: "Aber", "Doch auch". */
const LEADING_WORDS = 2;
/** Farthest back a clause start is looked for, in words. */
const CLAUSE_REACH = 40;
/** Longest apposition or relative clause between a subject and its verb, in words. */
const APPOSITION_REACH = 16;
/** Farthest a cited speaker may stand from its verb, in words. */
const OBJECT_REACH = 25;

export function subjectOf(ctx: PhraseContext, cue: Cue, from: number, to: number): SpeakerPhrase | undefined {
  switch (cue.shape) {
    case 'impersonal':
      return documentOf(ctx, cue, from, to);
    case 'source-adverb':
      return adverbAntecedent(ctx, cue, from);
    case 'source-before':
      // "nach Angaben ...": the cue ends in its source noun.
      return ctx.lexicon.sourcePrepositions.has(ctx.words.words[cue.first]!.lower) ? sourceNounOwner(ctx, cue, to) : sourceAt(ctx, cue.last + 1, to);
    case 'source-after': {
      const start = clauseStart(ctx, cue.first, from);
      const phrase = phraseEndingAt(ctx, start, cue.first);
      return phrase && !(phrase.first === phrase.last && isSourceNoun(ctx.lexicon, phrase.head)) ? phrase : (sourcePhraseEndingAt(ctx, start, cue.first) ?? phrase);
    }
    case 'verb':
      return verbSubject(ctx, cue, from, to);
  }
}

function verbSubject(ctx: PhraseContext, cue: Cue, from: number, to: number): SpeakerPhrase | undefined {
  const start = clauseStart(ctx, cue.first, from);
  const citing = cue.cueClass === 'cite';
  if (citing && !cue.passive) return citedObject(ctx, cue, to);
  if (cue.passive && !citing) return passiveAgent(ctx, start, cue.first);
  if (isCoordinated(ctx, cue, from)) return coordinatedSubject(ctx, cue, from, to);
  // "Die Arbeit der Koalition lobte er": a pronoun that can only be a subject, right after the verb, is the subject.
  const nominative = ctx.words.words[cue.first + 1];
  if (nominative !== undefined && nominative.quote === -1 && ctx.lexicon.subjectPronouns.has(nominative.lower)) return phraseAt(ctx, cue.first + 1, to);
  if (start < cue.first) {
    const antecedent = relativeAntecedent(ctx, start, from, cue.first);
    if (antecedent) return antecedent;
    // The first phrase before the verb, past a conjunction or adverb ("Aber es fügte hinzu").
    // "Wie die Behörde mitteilte, ...": "wie" opens the clause here, it does not govern the phrase after it.
    const framed = ctx.lexicon.asConjunctions.has(ctx.words.words[start]!.lower) && !ctx.lexicon.obliqueDeterminers.has(ctx.words.words[start + 1]?.lower ?? '');
    const framedSubject = framed ? phraseAt(ctx, start + 1, cue.first) : undefined;
    if (framedSubject) return framedSubject;
    // German puts one phrase before the finite verb; when it is an adverbial or an object ("Über X sagte Branson:",
    // "Im Brief erklärt er:", "Bereits im Mai hatte X verkündet"), the subject follows the finite verb.
    if (ctx.lexicon.capitalisedNouns && opensWithAdverbial(ctx, start)) return subjectAfterVerb(ctx, finiteVerb(ctx, start, cue.first), to);
    // After a finite auxiliary ("wird Panetta zitiert") the phrase is the subject, recognised name or not.
    const afterAuxiliary = ctx.lexicon.finiteAuxiliaries.has(ctx.words.words[start]!.lower);
    for (let k = start; k < Math.min(cue.first, start + LEADING_WORDS + 1); k++) {
      const phrase = subjectAt(ctx, k, cue.first, k > start && !(afterAuxiliary && k === start + 1));
      if (phrase) return phrase;
    }
  }
  if (cue.passive) return undefined;
  // "Der Leiter des Programms, Klaus Stöhr, sagte:": the subject stands in apposition before the comma.
  const apposition = start === cue.first && start > from ? appositionBefore(ctx, start - 1, from) : undefined;
  if (apposition) return apposition;
  return subjectAfterVerb(ctx, cue.first, to);
}

/**
 * "„...“, zeigte sich X zufrieden.", "„...“, ließ ein Sprecher verlauten.": in German a statement
 * followed by a comma and a verb in lower case has its speaker as the subject after that verb,
 * whatever the verb; the index of the verb and the subject, if the words after the quote read so.
 */
export function invertedSpeaker(ctx: PhraseContext, comma: number, to: number): { verb: number; phrase: SpeakerPhrase } | undefined {
  const { words, lexicon } = ctx;
  const verb = words.words[comma + 1];
  if (!lexicon.capitalisedNouns || words.words[comma]?.text !== ',' || verb === undefined || verb.quote !== -1 || verb.capital || !verb.wordlike) return undefined;
  const linking = lexicon.clauseLinks.has(verb.lower) || lexicon.complementizers.has(verb.lower) || lexicon.prepositions.has(verb.lower) || lexicon.relativePronouns.has(verb.lower);
  if (linking || lexicon.determiners.has(verb.lower) || lexicon.pronouns.has(verb.lower)) return undefined;
  const phrase = subjectAfterVerb(ctx, comma + 1, to);
  return phrase && !phrase.descriptor ? { verb: comma + 1, phrase } : undefined;
}

/** How many adverbs may stand between a verb and its subject: "nahm jetzt auch der Minister ... Stellung". */
const ADVERB_REACH = 2;

/** The subject right after a verb, past a reflexive and adverbs: "sagte Müller", "äußerte sich Schavan", "nahm jetzt auch X". */
function subjectAfterVerb(ctx: PhraseContext, verb: number, to: number): SpeakerPhrase | undefined {
  let afterVerb = ctx.lexicon.reflexives.has(ctx.words.words[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
  for (let k = afterVerb; k < Math.min(to, afterVerb + ADVERB_REACH) && isAdverb(ctx, k); k++) {
    // Only past adverbs when a phrase that opens with an article follows: "jetzt auch der Minister", not "nur Kritik".
    if (ctx.lexicon.determiners.has(ctx.words.words[k + 1]?.lower ?? '')) {
      afterVerb = k + 1;
      break;
    }
  }
  return subjectAt(ctx, afterVerb, to);
}

/** A stop word that is no article, pronoun, preposition or conjunction: "jetzt", "auch", "also". */
function isAdverb(ctx: PhraseContext, k: number): boolean {
  const { words, lexicon } = ctx;
  const word = words.words[k];
  if (word === undefined || word.quote !== -1 || word.capital || !words.isStopWord(k)) return false;
  const lower = word.lower;
  return !lexicon.determiners.has(lower) && !lexicon.obliqueDeterminers.has(lower) && !lexicon.pronouns.has(lower) && !lexicon.prepositions.has(lower) && !lexicon.clauseLinks.has(lower) && !lexicon.complementizers.has(lower);
}

/** Whether a clause opens with a prepositional phrase or an object, past one adverb: "Über ...", "Bereits im ...", "Den Unmut ...". */
function opensWithAdverbial(ctx: PhraseContext, start: number): boolean {
  const { words, lexicon } = ctx;
  const governs = (k: number) => {
    const word = words.words[k];
    return word !== undefined && word.quote === -1 && (lexicon.prepositions.has(word.lower) || lexicon.obliqueDeterminers.has(word.lower));
  };
  if (governs(start)) return true;
  const first = words.words[start]!;
  const adverb = first.quote === -1 && words.isStopWord(start) && !lexicon.determiners.has(first.lower) && !lexicon.pronouns.has(first.lower) && !lexicon.clauseLinks.has(first.lower);
  return adverb && governs(start + 1);
}

/** The finite verb of a clause whose reporting verb comes last ("hatte ... verkündet"), else the cue itself. */
function finiteVerb(ctx: PhraseContext, start: number, cue: number): number {
  for (let k = start + 1; k < cue; k++) {
    const word = ctx.words.words[k]!;
    if (word.quote === -1 && ctx.lexicon.finiteAuxiliaries.has(word.lower)) return k;
  }
  return cue;
}

/**
 * "X called the findings “...” and said ...": a verb joined by a conjunction shares the subject
 * of the reporting verb before it in the sentence, or of the sentence's first phrase.
 */
function coordinatedSubject(ctx: PhraseContext, cue: Cue, from: number, to: number): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  const start = cue.first - 1;
  const sentenceFrom = Math.max(from, words.sentenceStart(start));
  const earlier = findCues(words, lexicon, sentenceFrom, start).filter((before) => before.shape === 'verb' && !before.passive);
  const verb = earlier.at(-1);
  if (verb) return subjectOf(ctx, verb, from, to);
  for (let k = sentenceFrom; k < Math.min(start, sentenceFrom + LEADING_WORDS + 1); k++) {
    const phrase = subjectAt(ctx, k, start, k > sentenceFrom);
    if (phrase) return phrase;
  }
  return undefined;
}

/** A verb right after "und" / "and" has no subject of its own: "X landete ... und meldete sich". */
function isCoordinated(ctx: PhraseContext, cue: Cue, from: number): boolean {
  const before = ctx.words.words[cue.first - 1];
  return cue.first > from && before !== undefined && before.quote === -1 && ctx.lexicon.coordinators.has(before.lower);
}

/**
 * A name that ends at the comma `comma` (past a bracket: "Henning Scherf (SPD),"), opening its
 * sentence's subject; or the name before an apposition or relative clause set off by commas
 * ("Hans Weber, Präsident des Verbands, sagte" / "Tom Hale, who voted against it, said").
 */
function appositionBefore(ctx: PhraseContext, comma: number, from: number): SpeakerPhrase | undefined {
  const { words } = ctx;
  if (words.words[comma]?.text !== ',') return undefined;
  const sentenceFrom = Math.max(from, words.sentenceStart(comma));
  const named = nameEndingAt(ctx, sentenceFrom, comma);
  if (named) return named;
  // Past every comma of the apposition: "Sadiq Khan, eines der Mitglieder, die den Brief unterschrieben, verurteilte".
  for (let k = comma - 1; k > sentenceFrom && comma - k <= APPOSITION_REACH; k--) {
    const word = words.words[k]!;
    if (word.quote !== -1) return undefined;
    if (word.text !== ',') continue;
    const phrase = nameEndingAt(ctx, sentenceFrom, k);
    if (phrase && phrase.first - sentenceFrom <= LEADING_WORDS) return phrase;
  }
  return undefined;
}

/** A name (no pronoun, no bare description) that ends right before the comma `comma`, past a bracket. */
function nameEndingAt(ctx: PhraseContext, from: number, comma: number): SpeakerPhrase | undefined {
  const { words } = ctx;
  let end = comma;
  if (words.words[end - 1]?.text === ')') {
    while (end > from && words.words[end - 1]!.text !== '(') end--;
    end--;
  }
  if (end <= from) return undefined;
  const phrase = phraseEndingAt(ctx, from, end);
  return phrase && !phrase.descriptor && !phrase.pronoun ? phrase : undefined;
}

/** "von Musikkennern als ... bezeichnet" / "was described by the agency as": the agent of a passive cue. */
function passiveAgent(ctx: PhraseContext, from: number, verb: number): SpeakerPhrase | undefined {
  for (let k = from; k < verb - 1; k++) {
    const word = ctx.words.words[k]!;
    if (word.quote === -1 && ctx.lexicon.agentPrepositions.has(word.lower)) {
      const phrase = phraseAt(ctx, k + 1, verb);
      if (phrase && !phrase.pronoun) return phrase;
    }
  }
  return undefined;
}

/** A speaker's phrase at word `i`, else a source's ("der Bericht", "Angaben"). */
function phraseOrSourceAt(ctx: PhraseContext, i: number, to: number): SpeakerPhrase | undefined {
  return phraseAt(ctx, i, to) ?? sourcePhraseAt(ctx, i, to);
}

/**
 * The source after "laut" / "according to": past a noun for what was said and its link ("a
 * statement from the governor's office", "nach Ansicht von Senator Dodd"), the one who said it.
 */
function sourceAt(ctx: PhraseContext, i: number, to: number): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  const link = lexicon.sourceLinks.has(words.words[i]?.lower ?? '') ? i : -1;
  if (link >= 0) return phraseAt(ctx, link + 1, to);
  const phrase = phraseOrSourceAt(ctx, i, to);
  if (!phrase?.descriptor || !isSourceNoun(lexicon, phrase.head)) return phrase;
  return ownerAfter(ctx, phrase.last + 1, to) ?? phrase;
}

/** "nach Angaben der Polizei" / "nach eigenen Angaben": the owner after the cue's source noun, else the noun's own phrase. */
function sourceNounOwner(ctx: PhraseContext, cue: Cue, to: number): SpeakerPhrase | undefined {
  return ownerAfter(ctx, cue.last + 1, to) ?? phraseAt(ctx, cue.last + 1, to) ?? sourcePhraseAt(ctx, cue.first + 1, cue.last + 1);
}

/** Who is behind a source noun: after a link ("Angaben von X") or, in German, a genitive ("Angaben der Polizei"). */
function ownerAfter(ctx: PhraseContext, after: number, to: number): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  const word = words.words[after];
  if (word === undefined || word.quote !== -1) return undefined;
  if (lexicon.sourceLinks.has(word.lower)) return phraseOrSourceAt(ctx, after + 1, to);
  const genitive = lexicon.capitalisedNouns && (lexicon.determiners.has(word.lower) || lexicon.obliqueDeterminers.has(word.lower));
  return genitive ? phraseOrSourceAt(ctx, after, to) : undefined;
}

/**
 * "Berichte, wonach ...": the source noun before the comma. Else a one-word adverb ("Demnach ...")
 * points back like a pronoun, and a phrase of hearsay ("Dem Vernehmen nach") names no one.
 */
function adverbAntecedent(ctx: PhraseContext, cue: Cue, from: number): SpeakerPhrase | undefined {
  const comma = cue.first - 1;
  const noun = comma > from && ctx.words.words[comma]!.text === ',' ? sourcePhraseEndingAt(ctx, Math.max(from, ctx.words.sentenceStart(comma)), comma) : undefined;
  return noun ?? (cue.first === cue.last ? proFormAt(ctx, cue.first) : undefined);
}

/**
 * "heißt es in der Erklärung", "In dem Antrag heißt es:": an impersonal cue names no one, but the
 * document it quotes from, after it or opening its clause, stands for the speaker.
 */
function documentOf(ctx: PhraseContext, cue: Cue, from: number, to: number): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  const inDocument = (k: number) => {
    const word = words.words[k];
    return word !== undefined && word.quote === -1 && lexicon.documentPrepositions.has(word.lower) ? phraseOrSourceAt(ctx, k + 1, to) : undefined;
  };
  const start = clauseStart(ctx, cue.first, from);
  return inDocument(cue.last + 1) ?? (start < cue.first ? inDocument(start) : undefined);
}

/** A phrase at `i` that can be a subject: not inside a prepositional phrase, not in an oblique case. */
export function subjectAt(ctx: PhraseContext, i: number, to: number, strict = false): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  const previous = words.words[i - 1];
  if (previous && previous.quote === -1 && lexicon.prepositions.has(previous.lower)) return undefined;
  if (lexicon.obliqueDeterminers.has(words.words[i]?.lower ?? '') || insideObliquePhrase(ctx, i)) return undefined;
  const phrase = phraseAt(ctx, i, to, strict);
  // A bare German noun after a function word is an object or adverbial ("nicht mit Kritik", "auch Zeit"); after a finite verb it may be the subject ("wird Musk zitiert").
  const bare = phrase && !phrase.pronoun && lexicon.capitalisedNouns && phrase.first === phrase.nameFirst && phrase.first === phrase.last;
  const functionWord = previous && previous.quote === -1 && !words.isCapitalised(i - 1) && words.isStopWord(i - 1);
  const verb = previous && (lexicon.verbs.has(previous.lower) || lexicon.reflexives.has(previous.lower) || lexicon.finiteAuxiliaries.has(previous.lower));
  if (bare && functionWord && !verb) return undefined;
  return phrase;
}

/** How many adjectives may stand between an article and its noun: "den neuen iranischen Präsidenten". */
const ADJECTIVE_REACH = 3;

/** "den iranischen Präsidenten X": a noun after adjectives that follow an oblique article or a preposition is no subject. */
function insideObliquePhrase(ctx: PhraseContext, i: number): boolean {
  const { words, lexicon } = ctx;
  if (!lexicon.capitalisedNouns) return false;
  for (let k = i - 1; k >= Math.max(0, i - 1 - ADJECTIVE_REACH); k--) {
    const word = words.words[k]!;
    if (word.quote !== -1 || !word.wordlike) return false;
    if (lexicon.obliqueDeterminers.has(word.lower) || lexicon.prepositions.has(word.lower)) return k < i - 1;
    if (word.capital || !lexicon.adjectiveEnding.test(word.lower) || words.isStopWord(k)) return false;
  }
  return false;
}

/**
 * "X stellte ... in Frage:" / "Koppelin wörtlich:": the likeliest speaker among the subject-like
 * phrases of a clause ending in a colon, the first of the best: a person (pronoun or recognised
 * name) before a place or a description; never a thing ("Seine Zuversicht gründet sich auf ...:"),
 * which leaves the quote to the voice before it.
 */
export function colonSpeaker(ctx: PhraseContext, from: number, colon: number): SpeakerPhrase | undefined {
  let best: SpeakerPhrase | undefined;
  let bestRank = 0;
  // German: past an opening prepositional phrase or object ("Den Unmut ... brachte X zum Ausdruck:"), the subject is later.
  const skipOpening = ctx.lexicon.capitalisedNouns && opensWithAdverbial(ctx, from);
  for (let k = from; k < colon; k++) {
    const phrase = subjectAt(ctx, k, colon, true);
    if (!phrase) continue;
    k = phrase.last;
    if ((skipOpening && phrase.first <= from + 2) || isAttribute(ctx, phrase)) continue;
    const rank = speakerRank(ctx, phrase);
    if (rank > bestRank) {
      best = phrase;
      bestRank = rank;
    }
  }
  return best;
}

/** How likely a phrase names who speaks, 0 for never. */
function speakerRank(ctx: PhraseContext, phrase: SpeakerPhrase): number {
  const { nameRange } = phrase;
  // "es" more often stands for nothing ("Es gibt ...") than for a speaker.
  if (phrase.pronoun) return phrase.gender === 'n' ? 1 : 4;
  if ((ctx.named?.(nameRange.start, nameRange.end) ?? 0) > 0) return ctx.placeName?.(nameRange.start, nameRange.end) ? 2 : 4;
  if (!phrase.descriptor) return 3;
  return isSpeakerNoun(ctx.lexicon, phrase.head) ? 1 : 0;
}

/** "der CDU" in "Den Unmut der CDU": a genitive right after a noun belongs to that noun. */
function isAttribute(ctx: PhraseContext, phrase: SpeakerPhrase): boolean {
  const before = ctx.words.words[phrase.first - 1];
  const genitive = ctx.lexicon.obliqueDeterminers.has(ctx.words.words[phrase.first]!.lower) || ctx.words.words[phrase.first]!.lower === 'der';
  return ctx.lexicon.capitalisedNouns && genitive && before !== undefined && before.quote === -1 && before.capital && before.wordlike;
}

/**
 * "Trump, der einst erklärte": the clause opens with a relative pronoun after a comma, which is
 * the subject, unless a phrase stands between it and the verb ("in January, which islanders said
 * ..."): then the pronoun is the object, except one that is a subject whatever follows ("IGEB, der
 * diese Maßnahme als ... sieht").
 */
function relativeAntecedent(ctx: PhraseContext, start: number, from: number, verb: number): SpeakerPhrase | undefined {
  const { words, lexicon } = ctx;
  const opener = words.words[start]!;
  const comma = words.words[start - 1];
  if (comma?.text !== ',' || !lexicon.relativePronouns.has(opener.lower)) return undefined;
  if (start + 1 < verb && !lexicon.subjectRelatives.has(opener.lower) && subjectAt(ctx, start + 1, verb, true)) return undefined;
  return phraseEndingAt(ctx, Math.max(from, words.sentenceStart(start - 1)), start - 1);
}

/** "zitierte den Vorsitzenden ..., Pawel Orlow, mit den Worten": the last name before the phrase. */
function citedObject(ctx: PhraseContext, cue: Cue, to: number): SpeakerPhrase | undefined {
  const end = Math.min(to, cue.last + 1 + OBJECT_REACH);
  const stop = objectSpeakerAfter(ctx, cue.last + 1, end);
  const limit = stop >= 0 ? stop : end;
  let best: SpeakerPhrase | undefined;
  for (let k = cue.first + 1; k < limit; k++) {
    const phrase = phraseAt(ctx, k, limit);
    if (!phrase || phrase.pronoun) continue;
    if (!best || (best.descriptor && !phrase.descriptor) || (!phrase.descriptor && stop >= 0)) best = phrase;
    k = phrase.last;
  }
  return best;
}

function objectSpeakerAfter(ctx: PhraseContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (ctx.lexicon.objectSpeaker.some((phrase) => ctx.words.matches(k, phrase) > 0)) return k;
    if (ctx.words.isFinal(k) || ctx.words.words[k]!.quote !== -1) return -1;
  }
  return -1;
}

/**
 * First word of the clause that holds word `i`: after the last comma, colon or statement in marks
 * before it. Words in marks inside the clause belong to it ("hatte den Bericht als „falsch“
 * zurückgewiesen", "Die Zeitung „Nordkurier“ berichtet").
 */
export function clauseStart(ctx: PhraseContext, i: number, from: number): number {
  let k = i;
  const limit = Math.max(from, i - CLAUSE_REACH);
  while (k > limit) {
    const word = ctx.words.words[k - 1]!;
    if (word.quote !== -1) {
      const opens = embeddedStart(ctx, k - 1, limit);
      if (opens < 0) break;
      k = opens;
      continue;
    }
    if (CLAUSE_BREAK.has(word.text) || ctx.words.isFinal(k - 1)) break;
    k--;
  }
  return k;
}

/** The first word of the quote that ends at word `last`, when an author's word inside the clause stands before it; else -1. */
function embeddedStart(ctx: PhraseContext, last: number, limit: number): number {
  const { words } = ctx.words;
  const quote = words[last]!.quote;
  let first = last;
  while (first > limit && words[first - 1]!.quote === quote) first--;
  const before = words[first - 1];
  // "riefen „Abpfeifen!“ Der Minister sagte": a quote that ends in a final mark ends the sentence too.
  const endsStatement = words[last]!.finalMark || words[last - 1]?.finalMark === true;
  const inClause = !endsStatement && before !== undefined && before.quote === -1 && before.wordlike && !ctx.words.isFinal(first - 1);
  return inClause && first - 1 >= limit ? first : -1;
}
