/**
 * Which forms name the same entity. Forms are joined when
 * - they are one name inflected or transliterated: "Frankreich"/"Frankreichs", "Vereinigten Staaten"/
 *   "Vereinigte Staaten", "Lawrow"/"Lavrov" (same spelling key, persons only with persons);
 * - a word is the head of a compound or of a name of adjectives and a noun: "Ministerrats" →
 *   "EU-Ministerrates", "Commission" → "European Commission" (when it heads only one; "Guam" is
 *   not the head of "Flughafen Guam");
 * - an acronym spells the initials of a name: "EU" → "Europäische Union";
 * - they are names of one country: "Großbritannien" → "Vereinigtes Königreich";
 * - a lone word is a person's surname or other name part: "Scholz" → "Olaf Scholz". When it
 *   belongs to several persons of the article the form is left to the caller as ambiguous. A lone
 *   word the recogniser typed otherwise joins the person too, when the person has more evidence
 *   ("Moon" tagged ORG twice, "Moon Jae In" PER five times); the entity's type is the majority.
 * Every join goes through a map from a key to forms, so the cost grows with the forms, not their pairs.
 */
import type { EntityType } from '../types.js';
import { COUNTRY_NAMES } from './country-names.js';
import type { Form } from './forms.js';
import { adjectiveKey, genitiveStems, mayBeAdjective } from './inflection.js';
import type { EntityRules } from './rules.js';
import { transliterationKey } from './transliterate.js';

const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const MIN_HEAD = 4;
/** Past this many candidate clusters a probe is ambiguous enough; more would only cost time. */
const MAX_CANDIDATES = 16;

const COUNTRY_OF_NAME = new Map<string, number>(COUNTRY_NAMES.flatMap((names, country) => names.map((name) => [name.toLowerCase(), country] as const)));

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The earlier form stays the root, so roots follow the order forms were first seen.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface Clustering {
  /** The cluster of each form, as the index of its first form. */
  readonly clusterOf: readonly number[];
  /** Lone person words that fit several persons: form index → candidate clusters. */
  readonly ambiguous: ReadonlyMap<number, readonly number[]>;
}

const isPerson = (type: EntityType) => type === 'PER';

/** The form's words with inflection undone, once for each stem its last word may have. */
function citationVariants(form: Form, rules: EntityRules): string[][] {
  const head = form.words.slice(0, -1).map((word, i) => (mayBeAdjective(form.type, form.words, i) ? adjectiveKey(word, rules) : word));
  return genitiveStems(form.words.at(-1)!, form.type, rules).map((stem) => [...head, stem]);
}

/** Joins all forms that share a key; `keysOf` gives each form's keys. */
function joinByKey(forms: readonly Form[], sets: UnionFind, keysOf: (form: Form, i: number) => Iterable<string>): void {
  const firstWithKey = new Map<string, number>();
  forms.forEach((form, i) => {
    for (const key of keysOf(form, i)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else sets.union(other, i);
    }
  });
}

/** Joins each probe form to the one cluster its keys point to in `index`; returns the probes that point to several. */
function joinToIndexed(sets: UnionFind, index: Map<string, Set<number>>, probes: Iterable<[number, string[]]>): Map<number, number[]> {
  const ambiguous = new Map<number, number[]>();
  for (const [i, keys] of probes) {
    const clusters = new Set<number>();
    for (const key of keys) {
      for (const j of index.get(key) ?? []) {
        if (clusters.size >= MAX_CANDIDATES) break;
        clusters.add(sets.find(j));
      }
    }
    if (clusters.has(sets.find(i))) continue;
    if (clusters.size === 1) sets.union(i, [...clusters][0]!);
    else if (clusters.size > 1) ambiguous.set(i, [...clusters]);
  }
  return ambiguous;
}

function addTo(index: Map<string, Set<number>>, key: string, i: number): void {
  index.set(key, (index.get(key) ?? new Set()).add(i));
}

const votesFor = (form: Form, type?: EntityType) =>
  type ? (form.votes.get(type) ?? 0) : [...form.votes.values()].reduce((sum, count) => sum + count, 0);

function joinMistypedNameParts(forms: readonly Form[], sets: UnionFind, indexes: readonly Map<string, Set<number>>[], spellingKeys: readonly string[][]): void {
  const personVotes = new Map<number, number>();
  forms.forEach((form, i) => {
    personVotes.set(sets.find(i), (personVotes.get(sets.find(i)) ?? 0) + votesFor(form, 'PER'));
  });
  forms.forEach((form, i) => {
    if (isPerson(form.type) || form.words.length > 1 || ACRONYM.test(form.words[0]!)) return;
    for (const index of indexes) {
      const clusters = new Set(spellingKeys[i]!.flatMap((key) => [...(index.get(key) ?? [])].map((j) => sets.find(j))));
      if (clusters.size === 0) continue;
      const [person] = clusters;
      const evidence = personVotes.get(person!) ?? 0;
      if (clusters.size === 1 && evidence > votesFor(form)) {
        sets.union(i, person!);
        personVotes.set(sets.find(i), evidence);
      }
      return;
    }
  });
}

export function clusterForms(forms: readonly Form[], rules: EntityRules): Clustering {
  const sets = new UnionFind(forms.length);
  const classOf = (form: Form) => (isPerson(form.type) ? 'PER' : 'NAME');
  const citations = forms.map((form) => citationVariants(form, rules));
  const spellingKeys = citations.map((variants) => variants.map((words) => words.map(transliterationKey).join(' ')));

  joinByKey(forms, sets, (form, i) => spellingKeys[i]!.map((key) => `${classOf(form)}:${key}`));
  joinByKey(forms, sets, (form, i) => {
    if (isPerson(form.type)) return [];
    return citations[i]!.flatMap((words) => {
      const country = COUNTRY_OF_NAME.get(words.join(' ').toLowerCase());
      return country === undefined ? [] : [`country:${country}`];
    });
  });

  const single = (form: Form) => form.words.length === 1;
  const names = forms.map((form, i) => [form, i] as const).filter(([form]) => !isPerson(form.type));
  const heads = new Map<string, Set<number>>();
  const initials = new Map<string, Set<number>>();
  for (const [form, i] of names) {
    const head = form.words.at(-1)!.split('-').at(-1)!;
    const headed = form.words.slice(0, -1).every((word) => rules.nameAdjective.test(word));
    if (head !== form.key && headed && UPPER_START.test(head) && head.length >= MIN_HEAD) {
      for (const stem of genitiveStems(head, form.type, rules)) addTo(heads, transliterationKey(stem), i);
    }
    const capitalised = form.words.filter((word) => UPPER_START.test(word));
    if (capitalised.length > 1) addTo(initials, capitalised.map((word) => word[0]).join(''), i);
  }
  const plainWords = names.filter(([form]) => single(form) && !form.words[0]!.includes('-'));
  joinToIndexed(sets, heads, plainWords.map(([form, i]) => [i, genitiveStems(form.words[0]!, form.type, rules).map(transliterationKey)]));
  joinToIndexed(sets, initials, plainWords.filter(([form]) => ACRONYM.test(form.words[0]!)).map(([form, i]) => [i, [form.words[0]!]]));

  const surnames = new Map<string, Set<number>>();
  const nameParts = new Map<string, Set<number>>();
  forms.forEach((form, i) => {
    if (!isPerson(form.type) || single(form)) return;
    for (const words of citations[i]!) {
      addTo(surnames, transliterationKey(words.at(-1)!), i);
      for (const word of words.slice(0, -1)) if (UPPER_START.test(word)) addTo(nameParts, transliterationKey(word), i);
    }
  });
  const loneWords = forms.flatMap((form, i) => (isPerson(form.type) && single(form) ? [[i, spellingKeys[i]!] as [number, string[]]] : []));
  const bySurname = loneWords.filter(([, keys]) => keys.some((key) => surnames.has(key)));
  const byOtherPart = loneWords.filter(([, keys]) => !keys.some((key) => surnames.has(key)));
  const ambiguous = new Map([...joinToIndexed(sets, surnames, bySurname), ...joinToIndexed(sets, nameParts, byOtherPart)]);

  joinMistypedNameParts(forms, sets, [surnames, nameParts], spellingKeys);

  const clusterOf = forms.map((_, i) => sets.find(i));
  const ambiguousClusters = new Map([...ambiguous].map(([i, clusters]) => [i, [...new Set(clusters.map((c) => sets.find(c)))]] as const));
  return { clusterOf, ambiguous: new Map([...ambiguousClusters].filter(([, clusters]) => clusters.length > 1)) };
}
