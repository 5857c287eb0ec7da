/**
 * A name the recogniser cut short the same way everywhere: when every occurrence of a form (two
 * or more) is followed by the same capitalised word, and the body writes that word nowhere else,
 * the word belongs to the name ("Moon Jae" and "In"). A single occurrence proves nothing ("sagte
 * Scholz Reportern"), and a genitive is followed by its noun ("Venezuelas Präsident").
 */
import type { Body } from './body.js';
import { mayBeNameAt } from './clean.js';
import { wordsOf } from './forms.js';
import { genitiveStems } from './inflection.js';
import type { NameWords } from './name-words.js';
import type { TokenSpan } from './spans.js';

const MAX_ADDED_WORDS = 2;
const UPPER_START = /^\p{Lu}/u;

function following(body: Body, span: TokenSpan, taken: Uint8Array, words: NameWords): string | null {
  const next = span.end;
  if (next >= body.tokenCount || taken[next] || body.sentenceOf(next) !== body.sentenceOf(span.first)) return null;
  const word = body.word(next);
  return body.doc.tokens[next]!.kind === 'word' && UPPER_START.test(word) && mayBeNameAt(body, next, words) ? word : null;
}

/** Lengthens, in place, the spans of every form whose occurrences all continue with one capitalised word. */
export function extendConsistently(body: Body, spans: readonly TokenSpan[], words: NameWords): void {
  const taken = new Uint8Array(body.tokenCount);
  for (const span of spans) taken.fill(1, span.first, span.end);
  for (let pass = 0; pass < MAX_ADDED_WORDS; pass++) {
    const byForm = new Map<string, TokenSpan[]>();
    for (const span of spans) {
      const key = wordsOf(body, span).join(' ');
      const group = byForm.get(key);
      if (group) group.push(span);
      else byForm.set(key, [span]);
    }
    let extended = false;
    for (const group of byForm.values()) {
      const last = body.word(group[0]!.end - 1);
      if (group.length < 2 || genitiveStems(last, group[0]!.type, words.rules).length > 1) continue;
      const next = following(body, group[0]!, taken, words);
      if (next === null || body.count(next) !== group.length || !group.every((span) => following(body, span, taken, words) === next)) continue;
      for (const span of group) taken[span.end++] = 1;
      extended = true;
    }
    if (!extended) return;
  }
}

/**
 * A span that the recogniser cut short where it found the whole name elsewhere: when the words
 * after a span continue it into a longer form of the same type ("Anna Maria" + "Lenz", where
 * "Anna Maria Lenz" is known), the span takes the whole form. Without this the rest of the name
 * would later be propagated as a name of its own right beside it.
 */
export function completeToKnownForms(body: Body, spans: readonly TokenSpan[]): void {
  const longerForms = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const span of spans) {
    if (span.end - span.first < 2) continue;
    const words = wordsOf(body, span);
    const key = words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const forms = longerForms.get(words[0]!);
    if (forms) forms.push(words);
    else longerForms.set(words[0]!, [words]);
  }
  const taken = new Uint8Array(body.tokenCount);
  for (const span of spans) taken.fill(1, span.first, span.end);
  for (const span of spans) {
    const length = span.end - span.first;
    const candidates = longerForms.get(body.word(span.first)) ?? [];
    let best = 0;
    for (const form of candidates) {
      if (form.length <= length || form.length <= best || span.first + form.length > body.tokenCount) continue;
      const fits = form.every((word, i) => {
        const t = span.first + i;
        return body.word(t) === word && body.sentenceOf(t) === body.sentenceOf(span.first) && (i < length || !taken[t]);
      });
      if (fits) best = form.length;
    }
    if (best === 0) continue;
    taken.fill(1, span.end, span.first + best);
    span.end = span.first + best;
  }
}
