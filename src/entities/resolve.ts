/**
 * From recognised mentions to the article's entities: clean the mentions, add the names that
 * forms of address point to, propagate every known name over the body, lengthen names cut short
 * the same way everywhere, cluster the forms, and give each cluster its canonical name, its type
 * (the majority of the evidence) and its salience. Entities come ordered by salience, the earlier
 * one first on a tie; ids follow that order ('e1' is the most salient). Only body sentences count:
 * boilerplate and byline have none, so nothing there becomes a mention.
 */
import type { Doc, Entity, Mention } from '../document.js';
import { termsFor } from '../text/terms.js';
import type { EntityType } from '../types.js';
import { Body } from './body.js';
import { canonicalName } from './canonical.js';
import { addressedNames, cleanMentions } from './clean.js';
import { clusterForms, type Clustering } from './cluster.js';
import { addVote, collectForms, majorityType, type Form } from './forms.js';
import { completeToKnownForms, extendConsistently } from './extend.js';
import { NameWords } from './name-words.js';
import { propagate } from './propagate.js';
import { entityRulesFor } from './rules.js';
import { salienceOf } from './salience.js';
import { byPosition, withoutOverlaps, type TokenSpan } from './spans.js';
import { partitionPoint } from '../text/search.js';

export interface ResolvedEntities {
  mentions: Mention[];
  entities: Entity[];
}

interface Cluster {
  forms: Set<Form>;
  spans: TokenSpan[];
}

/** The last span of `spans` (in text order) that starts before `first`, or undefined. */
function lastBefore(spans: readonly TokenSpan[], first: number): TokenSpan | undefined {
  return spans[partitionPoint(spans, (span) => span.first < first) - 1];
}

/** Spans of each cluster; a lone word that fits several persons goes, mention by mention, to the one last named before it. */
function gather(forms: readonly Form[], { clusterOf, ambiguous }: Clustering): Cluster[] {
  const clusters = new Map<number, Cluster>();
  const clusterAt = (index: number) => {
    let cluster = clusters.get(index);
    if (!cluster) clusters.set(index, (cluster = { forms: new Set(), spans: [] }));
    return cluster;
  };
  forms.forEach((form, i) => {
    if (ambiguous.has(i)) return;
    const cluster = clusterAt(clusterOf[i]!);
    cluster.forms.add(form);
    // One push per span: spreading 125,000+ spans into push() overflows the call stack.
    for (const span of form.spans) cluster.spans.push(span);
  });
  for (const cluster of clusters.values()) cluster.spans.sort(byPosition);
  // Decide every ambiguous span against the unambiguous spans only, then add them all.
  const assigned = [...ambiguous].flatMap(([i, candidates]) =>
    forms[i]!.spans.map((span) => {
      const nearest = candidates
        .map((candidate) => ({ candidate, before: lastBefore(clusterAt(candidate).spans, span.first)?.first ?? -1 }))
        .reduce((best, next) => (next.before > best.before ? next : best));
      return { form: forms[i]!, span, cluster: clusterAt(nearest.candidate) };
    }),
  );
  for (const { form, span, cluster } of assigned) {
    cluster.forms.add(form);
    cluster.spans.push(span);
  }
  for (const cluster of clusters.values()) cluster.spans.sort(byPosition);
  return [...clusters.values()];
}

function clusterType(cluster: Cluster): EntityType {
  const votes = new Map<EntityType, number>();
  for (const form of cluster.forms) for (const [type, count] of form.votes) addVote(votes, type, count);
  return majorityType(votes, cluster.spans[0]!.type);
}

export function resolveEntities(doc: Doc, recognised: readonly Mention[]): ResolvedEntities {
  const body = new Body(doc);
  const rules = entityRulesFor(doc.lang);
  const words = new NameWords(rules, termsFor(doc.lang));

  const given = withoutOverlaps([...cleanMentions(body, recognised, words), ...addressedNames(body, words)], body.tokenCount);
  completeToKnownForms(body, given);
  const spans = [...given, ...propagate(body, collectForms(body, given).values(), given, words)];
  extendConsistently(body, spans, words);
  const formList = [...collectForms(body, spans).values()];
  const clusters = gather(formList, clusterForms(formList, rules));
  const salience = salienceOf(clusters.map((cluster) => cluster.spans), body);

  const { tokens } = doc;
  const entities = clusters
    .map((cluster, i) => {
      const type = clusterType(cluster);
      const mentions: Mention[] = cluster.spans.map((span) => {
        const mention: Mention = { start: tokens[span.first]!.start, end: tokens[span.end - 1]!.end, type };
        // Set rather than spread in: a spread per mention costs more than the rest of this loop.
        if (span.score !== undefined) mention.score = span.score;
        return mention;
      });
      return { name: canonicalName([...cluster.forms], type, body, rules), type, salience: salience[i]!, mentions };
    })
    .sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start)
    .map((entity, i): Entity => ({ id: `e${i + 1}`, ...entity }));
  const mentions = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  return { mentions, entities };
}
