/**
 * A form is one way a name is written in the article ("Scholz", "Olaf Scholz", "Frankreichs"),
 * with every span written that way. Its type is the majority of the types the spans were given
 * (document-level label consistency): a string tagged PER twice and LOC once is PER.
 */
import type { EntityType } from '../types.js';
import type { Body } from './body.js';
import type { TokenSpan } from './spans.js';

export interface Form {
  /** The words joined by single spaces: the same string however the text breaks lines. */
  readonly key: string;
  readonly words: readonly string[];
  type: EntityType;
  readonly votes: Map<EntityType, number>;
  readonly spans: TokenSpan[];
}

const TYPE_ORDER: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

export function wordsOf(body: Body, span: TokenSpan): string[] {
  const words: string[] = [];
  for (let t = span.first; t < span.end; t++) words.push(body.word(t));
  return words;
}

/** The type with most votes; ties go to the earlier type of PER, LOC, ORG, MISC. */
export function majorityType(votes: ReadonlyMap<EntityType, number>, fallback: EntityType): EntityType {
  let best = fallback;
  let bestVotes = 0;
  for (const type of TYPE_ORDER) {
    const count = votes.get(type) ?? 0;
    if (count > bestVotes) [best, bestVotes] = [type, count];
  }
  return best;
}

export function addVote(votes: Map<EntityType, number>, type: EntityType, weight: number): void {
  votes.set(type, (votes.get(type) ?? 0) + weight);
}

/** Groups spans by how they are written; forms come in order of their first span. */
export function collectForms(body: Body, spans: readonly TokenSpan[], into = new Map<string, Form>()): Map<string, Form> {
  for (const span of spans) {
    const words = wordsOf(body, span);
    const key = words.join(' ');
    let form = into.get(key);
    if (!form) {
      form = { key, words, type: span.type, votes: new Map(), spans: [] };
      into.set(key, form);
    }
    form.spans.push(span);
    if (span.votes) addVote(form.votes, span.type, span.score ?? 1);
  }
  for (const form of into.values()) {
    form.type = majorityType(form.votes, form.type);
    for (const span of form.spans) span.type = form.type;
  }
  return into;
}
