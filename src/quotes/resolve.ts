/**
 * Turns a written speaker phrase into the speaker of a quote: linked to the entity whose
 * mention overlaps it; a pronoun ("er", "es", "she") or a description ("die Zeitung") to the
 * most recent speaker or entity it can stand for; a short name ("Kozyrev") to the fuller name
 * written before ("Andrei Kozyrev"). Without entities, the name part of the phrase is the name.
 */
import type { Doc, QuoteSpeakerRef, Range } from '../document.js';
import type { EntityType } from '../types.js';
import type { Gender, QuoteLexicon } from './lexicon.js';
import { genderBefore, type SpeakerPhrase } from './phrase.js';
import { partitionPoint } from '../text/search.js';

interface Known {
  ref: QuoteSpeakerRef;
  gender: Gender;
  organisation: boolean;
  head: string;
  type: EntityType | null;
  /** Where it was written, so the most recent one wins. */
  at: number;
}

interface IndexedMention extends Range {
  entity: number;
}

/** How far back pronouns and short names look among remembered speakers: the near past decides. */
const RECALL_WINDOW = 200;
/** How far before a mention the word that may give its gender is looked for, in characters. */
const WORD_BEFORE = 30;
/** How many of the last speakers a pronoun looks through for one in the sentence before it. */
const RECENT_SPEAKERS = 8;

export class SpeakerMemory {
  private readonly known: Known[] = [];
  /** The speakers of quotes, pronouns resolved included, in the order they were resolved. */
  private readonly speakers: Known[] = [];
  /** Every entity mention in text order; mentions do not overlap, so their ends are in order too. */
  private readonly mentions: IndexedMention[];

  /** Words in quote marks, in text order: a name said by someone else is not what a pronoun of the author's stands for. */
  private readonly quotedRanges: Range[] = [];
  /** The gender of each person, from the words in front of its mentions ("Frau", "Ministerin"), worked out when first asked. */
  private readonly genders = new Map<number, Gender>();

  constructor(
    private readonly doc: Doc,
    private readonly lexicon: QuoteLexicon | undefined,
  ) {
    this.mentions = doc.entities
      .flatMap((entity, index) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity: index })))
      .sort((a, b) => a.start - b.start);
  }

  /** Index of the first mention that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    return partitionPoint(this.mentions, (mention) => mention.start < offset);
  }

  /**
   * The speaker a written phrase names. `sentenceBefore` is where the sentence before the
   * phrase's own starts: a pronoun there goes on with the speaker named since then, as the
   * subject of the sentence before, rather than with a name in its object ("sagte sie der
   * Zeitung. Sie forderte ...").
   */
  resolve(phrase: SpeakerPhrase, sentenceBefore: number): QuoteSpeakerRef {
    const { range, nameRange } = phrase;
    if (phrase.pronoun || phrase.descriptor) {
      const antecedent = (phrase.pronoun ? this.recentSpeaker(phrase, sentenceBefore) : undefined) ?? this.antecedent(phrase, range.start);
      if (antecedent) {
        this.spoke({ ...antecedent, at: range.start });
        return { ...antecedent.ref, mention: nameRange };
      }
    }
    const linked = this.linkEntity(range, nameRange);
    const ref = linked ?? this.fullerName(this.doc.slice(nameRange), nameRange);
    const known = this.remember(ref, phrase, range.start);
    if (known) this.spoke(known);
    return ref;
  }

  /** Words in quote marks, given in text order. */
  quoted(range: Range): void {
    this.quotedRanges.push(range);
  }

  private isQuoted(at: number): boolean {
    const i = partitionPoint(this.quotedRanges, (range) => range.start <= at) - 1;
    return i >= 0 && at < this.quotedRanges[i]!.end;
  }

  /** "Frau Schultz", "die Ministerin Anna Roth", "Minister Jan Roth": the gender the words before an entity's mentions give it. */
  private genderOf(entity: number): Gender {
    let gender = this.genders.get(entity);
    if (gender !== undefined) return gender;
    gender = 'unknown';
    if (this.lexicon && this.doc.entities[entity]!.type === 'PER') {
      for (const mention of this.doc.entities[entity]!.mentions) {
        const before = wordBefore(this.doc.slice({ start: Math.max(0, mention.start - WORD_BEFORE), end: mention.start }));
        const given = before ? genderBefore(this.lexicon, before.toLowerCase()) : undefined;
        if (given) {
          gender = given;
          break;
        }
      }
    }
    this.genders.set(entity, gender);
    return gender;
  }

  /** A name written in the text, which a later pronoun may stand for ("Laura Stein ... She said:"). */
  mentioned(phrase: SpeakerPhrase): void {
    const ref = this.linkEntity(phrase.range, phrase.nameRange) ?? { name: this.doc.slice(phrase.nameRange), entity: null, mention: null };
    this.remember({ ...ref, mention: null }, phrase, phrase.range.start);
  }

  private remember(ref: QuoteSpeakerRef, phrase: SpeakerPhrase, at: number): Known | undefined {
    if (phrase.pronoun) return undefined;
    const type = ref.entity === null ? null : (this.doc.entities[ref.entity]?.type ?? null);
    const gender = phrase.gender === 'unknown' && ref.entity !== null ? this.genderOf(ref.entity) : phrase.gender;
    const known: Known = { ref, gender, organisation: phrase.organisation || type === 'ORG', head: phrase.head, type, at };
    this.known.push(known);
    return known;
  }

  private spoke(speaker: Known): void {
    this.speakers.push(speaker);
  }

  /** The last speaker a pronoun can stand for, named from `since` on and before the pronoun. */
  private recentSpeaker(phrase: SpeakerPhrase, since: number): Known | undefined {
    const before = phrase.range.start;
    // Quotes are resolved in text order within a block, reported ones before marked ones, so look a little further back than one.
    for (let i = this.speakers.length - 1; i >= Math.max(0, this.speakers.length - RECENT_SPEAKERS); i--) {
      const speaker = this.speakers[i]!;
      if (speaker.at >= since && speaker.at < before) return fits(phrase, speaker) ? speaker : undefined;
    }
    return undefined;
  }

  private linkEntity(range: Range, nameRange: Range): QuoteSpeakerRef | undefined {
    let best: { entity: number; mention: Range; inName: boolean } | undefined;
    for (let i = this.firstFrom(range.end) - 1; i >= 0 && this.mentions[i]!.end > range.start; i--) {
      const mention = this.mentions[i]!;
      const inName = mention.start < nameRange.end && mention.end > nameRange.start;
      if (!best || (inName && !best.inName)) best = { entity: mention.entity, mention, inName };
    }
    if (!best) return undefined;
    // The written name wins where it is the fuller form of the entity's name ("Andrei Kozyrev" for "Kozyrev").
    const entityName = this.doc.entities[best.entity]!.name;
    const written = this.doc.slice(nameRange);
    const fuller = written.length > entityName.length && written.endsWith(` ${entityName}`);
    return { name: fuller ? written : entityName, entity: best.entity, mention: fuller ? nameRange : { start: best.mention.start, end: best.mention.end } };
  }

  /** "Kozyrev" after "Andrei Kozyrev" is the same speaker. */
  private fullerName(name: string, mention: Range): QuoteSpeakerRef {
    for (let i = this.known.length - 1; i >= Math.max(0, this.known.length - RECALL_WINDOW); i--) {
      const earlier = this.known[i]!.ref;
      if (earlier.name !== name && earlier.name.endsWith(` ${name}`)) return { ...earlier, mention };
    }
    return { name, entity: null, mention };
  }

  private antecedent(phrase: SpeakerPhrase, before: number): Known | undefined {
    let best = this.mentionedBefore(phrase, before);
    for (const candidate of this.known.slice(-RECALL_WINDOW)) {
      if (candidate.at < before && (!best || candidate.at >= best.at) && fits(phrase, candidate)) best = candidate;
    }
    return best;
  }

  /** The most recent entity mention a pronoun can stand for. */
  private mentionedBefore(phrase: SpeakerPhrase, before: number): Known | undefined {
    if (!phrase.pronoun) return undefined;
    for (let i = this.firstFrom(before) - 1, seen = 0; i >= 0 && seen < RECALL_WINDOW; i--, seen++) {
      const mention = this.mentions[i]!;
      const entity = this.doc.entities[mention.entity]!;
      if (mention.end > before || !typeFits(phrase.gender, entity.type) || this.isQuoted(mention.start)) continue;
      const known: Known = { ref: { name: entity.name, entity: mention.entity, mention: null }, gender: this.genderOf(mention.entity), organisation: entity.type === 'ORG', head: '', type: entity.type, at: mention.start };
      if (fits(phrase, known)) return known;
    }
    return undefined;
  }
}

/** The last word of `text`, past spaces and the point of an abbreviation ("Dr. "); undefined when it is no word. */
function wordBefore(text: string): string | undefined {
  let end = text.trimEnd().length;
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  return /^\p{L}+$/u.test(word) ? word : undefined;
}

function fits(phrase: SpeakerPhrase, known: Known): boolean {
  if (phrase.descriptor) return known.head.endsWith(phrase.head) || (phrase.organisation && known.organisation);
  switch (phrase.gender) {
    case 'm':
      return !known.organisation && known.gender !== 'f' && (known.type ? known.type === 'PER' : known.gender === 'm' || known.gender === 'unknown');
    case 'f':
      return known.type ? typeFits('f', known.type) && known.gender !== 'm' : known.gender !== 'm' && known.gender !== 'n';
    case 'n':
      return known.organisation || known.gender === 'n' || known.type === 'ORG';
    case 'pl':
      return known.organisation || (known.type ? typeFits('pl', known.type) : known.gender === 'pl' || known.gender === 'unknown');
    default:
      return true;
  }
}

function typeFits(gender: Gender, type: EntityType): boolean {
  if (gender === 'm') return type === 'PER';
  if (gender === 'n') return type === 'ORG';
  if (gender === 'f') return type === 'PER' || type === 'ORG';
  return type === 'PER' || type === 'ORG' || type === 'LOC';
}
