/**
 * Mention propagation: a name found once is a name wherever the body writes it. Every known form
 * is searched in the body sentences together with its inflected forms ("Kenia" → "Kenias",
 * "Vereinigte Staaten" → "Vereinigten Staaten"), and each part of a person's name on its own
 * ("Olaf Scholz" → "Scholz", "Moon Jae In" → "Moon") unless two persons of the article share it.
 * Spans the recogniser already has are left alone. A one-word name whose lower-case twin the
 * article also writes ("Kurz" and "kurz") is only taken where its capital letter is not owed to a
 * sentence start, and not after a determiner ("im Sommer" is a season, "Sommer sagte" a person)
 * unless the recogniser found the name after one too ("der Bundestag").
 */
import type { EntityType } from '../types.js';
import type { Body } from './body.js';
import { afterDeterminer, looksLikeName, mayBeNameAt } from './clean.js';
import type { Form } from './forms.js';
import { adjectiveForms, genitiveStems, genitivesOf, mayBeAdjective } from './inflection.js';
import type { NameWords } from './name-words.js';
import type { TokenSpan } from './spans.js';
import { transliterationKey } from './transliterate.js';

/** Bounds the variants of one many-adjective name. */
const MAX_VARIANTS_PER_FORM = 32;
/** Longer runs are recogniser accidents (a line of capitalised words), not names to inflect or take apart. */
const MAX_NAME_WORDS = 6;
const MIN_NAME_PART_LENGTH = 2;
/** Forms longer than this are not searched for again: matching them at every token would cost their length each time. */
const MAX_PROPAGATED_WORDS = 12;
/**
 * A one-word form spreads only if the recogniser tagged at least this share of its occurrences:
 * a word tagged once in twenty times is more likely the recogniser's slip than a name it kept missing.
 */
const MIN_TAGGED_SHARE = 0.2;

function isTrusted(form: Form, body: Body): boolean {
  if (form.words.length > 1) return true;
  const tagged = form.spans.filter((span) => span.votes).length;
  return tagged >= MIN_TAGGED_SHARE * body.count(form.words[0]!);
}

/** Known names as a word trie, so that finding the longest name at a token costs its length, not the number of names. */
class Patterns {
  private readonly root: TrieNode = { next: new Map(), length: 0 };

  constructor(private readonly words: NameWords) {}

  add(words: readonly string[], name: KnownName): void {
    if (words.length === 1 && !looksLikeName(words[0]!, this.words)) return;
    let node = this.root;
    for (const word of words) {
      let next = node.next.get(word);
      if (!next) node.next.set(word, (next = { next: new Map(), length: node.length + 1 }));
      node = next;
    }
    node.name ??= name;
  }

  /** The node of the longest known name at token t that stays in the sentence and covers no taken token. */
  longestAt(body: Body, t: number, sentence: number, covered: Uint8Array): NameNode | null {
    let best: NameNode | null = null;
    let node: TrieNode | undefined = this.root;
    for (let i = t; i < body.tokenCount && !covered[i] && body.sentenceOf(i) === sentence; i++) {
      node = node.next.get(body.word(i));
      if (!node) break;
      if (node.name) best = node as NameNode;
    }
    return best;
  }
}

interface KnownName {
  type: EntityType;
  /** Whether the recogniser took it for a name after an article too ("der Bundestag"), so that "das Essen" stays food otherwise. */
  takesArticle: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** How many words lead here from the root. */
  length: number;
  name?: KnownName;
}

type NameNode = TrieNode & { name: KnownName };

/** How the last word of a name may be written: as is, as a genitive, and (not for persons) as the stem of a genitive. */
function lastWordForms(word: string, type: EntityType, rules: NameWords['rules']): string[] {
  const stems = type === 'PER' ? [word] : genitiveStems(word, type, rules);
  return [...stems, ...genitivesOf(word, type, rules)];
}

function variantsOf(form: Form, words: NameWords): (readonly string[])[] {
  const { rules } = words;
  if (form.words.length > MAX_NAME_WORDS) return [form.words];
  let variants: string[][] = [[]];
  form.words.forEach((word, i) => {
    const last = i === form.words.length - 1;
    const options = last ? lastWordForms(word, form.type, rules) : mayBeAdjective(form.type, form.words, i) ? adjectiveForms(word, rules) : [word];
    variants = variants.flatMap((variant) => options.map((option) => [...variant, option])).slice(0, MAX_VARIANTS_PER_FORM);
  });
  return variants;
}

/** A word of a person's name: capitalised ("Jong-un", "O'Brien") or an initial's full stop; never "'s". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\.)$/u;
const UPPER_START = /^\p{Lu}/u;

/** Parts of the article's person names that name one person only, from names made of name words alone. */
function nameParts(forms: Iterable<Form>, words: NameWords): string[] {
  const owners = new Map<string, Set<string>>();
  const partOf = new Map<string, string>();
  for (const form of forms) {
    if (form.type !== 'PER' || form.words.length < 2 || form.words.length > MAX_NAME_WORDS || !form.words.every((word) => NAME_WORD.test(word) || words.isNameParticle(word))) continue;
    const fullName = form.words.map(transliterationKey).join(' ');
    for (const part of form.words) {
      if (part.length < MIN_NAME_PART_LENGTH || !UPPER_START.test(part)) continue;
      const key = transliterationKey(part);
      owners.set(key, (owners.get(key) ?? new Set()).add(fullName));
      partOf.set(key, part);
    }
  }
  return [...partOf].filter(([key]) => owners.get(key)!.size === 1).map(([, part]) => part);
}

/** Whether a one-word name found again at token t is a name there, not the common word it also is. */
function mayStandAlone(body: Body, t: number, name: KnownName, words: NameWords): boolean {
  const lowerTwin = body.capitalisedByPositionAt(t) && body.count(body.word(t).toLowerCase()) > 0;
  return mayBeNameAt(body, t, words) && !lowerTwin && (name.takesArticle || !afterDeterminer(body, t, words));
}

/** New spans for every further occurrence of the known forms in the body sentences. */
export function propagate(body: Body, forms: Iterable<Form>, spans: readonly TokenSpan[], words: NameWords): TokenSpan[] {
  const formList = [...forms];
  const patterns = new Patterns(words);
  for (const form of formList) {
    if (!isTrusted(form, body) || form.words.length > MAX_PROPAGATED_WORDS) continue;
    const takesArticle = form.type !== 'PER' && form.spans.some((span) => span.votes && afterDeterminer(body, span.first, words));
    for (const variant of variantsOf(form, words)) patterns.add(variant, { type: form.type, takesArticle });
  }
  for (const part of nameParts(formList, words)) {
    for (const word of lastWordForms(part, 'PER', words.rules)) patterns.add([word], { type: 'PER', takesArticle: false });
  }
  const covered = new Uint8Array(body.tokenCount);
  for (const span of spans) covered.fill(1, span.first, span.end);
  const found: TokenSpan[] = [];
  for (let t = 0; t < body.tokenCount; t++) {
    const sentence = body.sentenceOf(t);
    if (sentence < 0 || covered[t]) continue;
    const match = patterns.longestAt(body, t, sentence, covered);
    if (!match || (match.length === 1 && !mayStandAlone(body, t, match.name, words))) continue;
    found.push({ first: t, end: t + match.length, type: match.name.type, votes: false });
    covered.fill(1, t, t + match.length);
    t += match.length - 1;
  }
  return found;
}
