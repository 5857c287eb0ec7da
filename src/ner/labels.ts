/** The tag set of the sequence model: BIO over the four entity types. */
import type { EntityType } from '../types.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Label 0 is O; label 1 + 2t is B-type t, label 2 + 2t is I-type t. */
export const LABEL_COUNT = 1 + 2 * ENTITY_TYPES.length;

export const beginLabel = (type: number): number => 1 + 2 * type;
export const insideLabel = (type: number): number => 2 + 2 * type;
export const labelType = (label: number): number => (label - 1) >> 1;
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;

/** An I- label may only continue an entity of its own type. */
export function allowedTransition(previous: number, label: number): boolean {
  return !isInside(label) || (previous !== 0 && labelType(previous) === labelType(label));
}

export function allowedStart(label: number): boolean {
  return !isInside(label);
}

export interface TokenSpan {
  /** Half-open token range. */
  start: number;
  end: number;
  type: number;
}

export function spansFromLabels(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (open && isInside(label) && labelType(label) === open.type) {
      open.end = i + 1;
      continue;
    }
    open = label === 0 ? undefined : { start: i, end: i + 1, type: labelType(label) };
    if (open) spans.push(open);
  }
  return spans;
}

export function labelsFromSpans(length: number, spans: readonly TokenSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    labels[span.start] = beginLabel(span.type);
    for (let i = span.start + 1; i < span.end; i++) labels[i] = insideLabel(span.type);
  }
  return labels;
}
