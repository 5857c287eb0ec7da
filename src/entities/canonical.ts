/**
 * The canonical name of an entity: its fullest form, in the citation form. Of the forms of a
 * cluster, one that is not just the genitive of another wins, then more words, then more letters,
 * then more mentions. Its adjectives lose their oblique endings ("Vereinigten Staaten" →
 * "Vereinigte Staaten") and its last word a genitive ending where the stem is attested: written in
 * the body, or shared with another form of the cluster ("EU-Ministerrates" with
 * "Ministerrats" → "EU-Ministerrat").
 */
import type { EntityType } from '../types.js';
import type { Body } from './body.js';
import type { Form } from './forms.js';
import { adjectiveCitation, genitiveStems, mayBeAdjective } from './inflection.js';
import type { EntityRules } from './rules.js';
import { transliterationKey } from './transliterate.js';

const headOf = (word: string) => word.split('-').at(-1)!;

function isGenitiveOfAnother(form: Form, type: EntityType, keys: ReadonlySet<string>, rules: EntityRules): boolean {
  const head = form.words.slice(0, -1);
  return genitiveStems(form.words.at(-1)!, type, rules)
    .slice(1)
    .some((stem) => keys.has([...head, stem].join(' ')));
}

function fullest(forms: readonly Form[], type: EntityType, rules: EntityRules): Form {
  const keys = new Set(forms.map((form) => form.key));
  const ranked = forms.map((form) => ({ form, inflected: isGenitiveOfAnother(form, type, keys, rules) }));
  ranked.sort(
    (a, b) =>
      Number(a.inflected) - Number(b.inflected) ||
      b.form.words.length - a.form.words.length ||
      b.form.key.length - a.form.key.length ||
      b.form.spans.length - a.form.spans.length ||
      a.form.spans[0]!.first - b.form.spans[0]!.first,
  );
  return ranked[0]!.form;
}

function citationLastWord(best: Form, forms: readonly Form[], type: EntityType, body: Body, rules: EntityRules): string {
  const last = best.words.at(-1)!;
  const attested = new Set<string>();
  for (const form of forms) {
    if (form === best) continue;
    for (const stem of genitiveStems(form.words.at(-1)!, type, rules)) attested.add(transliterationKey(headOf(stem)));
  }
  const stem = genitiveStems(last, type, rules)
    .slice(1)
    .find((candidate) => body.count(candidate) > 0 || attested.has(transliterationKey(headOf(candidate))));
  return stem ?? last;
}

export function canonicalName(forms: readonly Form[], type: EntityType, body: Body, rules: EntityRules): string {
  const best = fullest(forms, type, rules);
  const words = best.words.map((word, i) => {
    if (i === best.words.length - 1) return citationLastWord(best, forms, type, body, rules);
    return mayBeAdjective(type, best.words, i) ? adjectiveCitation(word, rules) : word;
  });
  // Rebuild the name with the text's own gaps between tokens, whitespace folded: "St. Louis", "Außen- und".
  const span = best.spans[0]!;
  const { tokens, view } = body.doc;
  let name = words[0]!;
  for (let t = span.first + 1; t < span.end; t++) {
    const gap = view.slice(tokens[t - 1]!.end, tokens[t]!.start);
    name += (gap.length > 0 ? ' ' : '') + words[t - span.first]!;
  }
  return name;
}
