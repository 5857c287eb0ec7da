/** A mention as the entity stage works with it: a run of tokens of one body sentence. */
import type { EntityType } from '../types.js';

export interface TokenSpan {
  /** Half-open range of indices into `doc.tokens`. */
  first: number;
  end: number;
  type: EntityType;
  score?: number;
  /** Whether the span's type is evidence (recogniser or a form of address) rather than inherited by propagation. */
  votes: boolean;
}

export const byPosition = (a: TokenSpan, b: TokenSpan) => a.first - b.first || b.end - a.end;

/** Spans in text order with overlaps removed; of two overlapping spans the one listed first in `spans` wins. */
export function withoutOverlaps(spans: readonly TokenSpan[], tokenCount: number): TokenSpan[] {
  const taken = new Uint8Array(tokenCount);
  const kept: TokenSpan[] = [];
  for (const span of spans) {
    let free = true;
    for (let t = span.first; t < span.end && free; t++) free = taken[t] === 0;
    if (!free) continue;
    taken.fill(1, span.first, span.end);
    kept.push(span);
  }
  return kept.sort(byPosition);
}
