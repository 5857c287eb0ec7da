/**
 * The only file that imports compromise (English only). It is loaded on first use, so that
 * importing lektor does not pay for a library most analyses never call.
 */
import type { Range } from '../document.js';
import { loadPackage } from '../platform.js';

interface OffsetJson {
  offset?: { start: number; length: number };
}
interface View {
  json(options: { offset: true }): OffsetJson[];
  length: number;
}
interface CompromiseDoc {
  sentences(): View;
  people(): View;
  places(): View;
  organizations(): View;
  quotations(): View;
}
type Compromise = (text: string) => CompromiseDoc;

export type CompromiseEntityType = 'PER' | 'LOC' | 'ORG';

const load = (): Compromise => loadPackage<Compromise>('compromise');

const EDGE_NOISE = /[\s\p{P}]/u;
/** A final "." that belongs to the name: an initial or a short abbreviation ("J.", "Inc.", "Jr."). */
const NAME_FINAL_DOT = /(?:^|[\s.])\p{L}{1,3}\.$/u;

/** compromise's match spans include neighbouring punctuation ("Berlin."); a span is the name only. */
function trimmedRanges(text: string, view: View): Range[] {
  const ranges: Range[] = [];
  for (const { offset } of view.json({ offset: true })) {
    if (!offset) continue;
    let start = offset.start;
    let end = Math.min(text.length, offset.start + offset.length);
    while (start < end && EDGE_NOISE.test(text[start]!)) start++;
    while (end > start && EDGE_NOISE.test(text[end - 1]!)) {
      if (text[end - 1] === '.' && NAME_FINAL_DOT.test(text.slice(start, end))) break;
      end--;
    }
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** compromise's sentences of `text`, as character offsets, without surrounding whitespace. */
export function compromiseSentences(text: string): Range[] {
  const ranges: Range[] = [];
  for (const { offset } of load()(text).sentences().json({ offset: true })) {
    if (!offset) continue;
    let start = offset.start;
    let end = Math.min(text.length, offset.start + offset.length);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** compromise's people, places and organisations in `text`, in text order. */
export function compromiseEntities(text: string): (Range & { type: CompromiseEntityType })[] {
  const doc = load()(text);
  const typed = (view: View, type: CompromiseEntityType) => trimmedRanges(text, view).map((range) => ({ ...range, type }));
  return [...typed(doc.people(), 'PER'), ...typed(doc.places(), 'LOC'), ...typed(doc.organizations(), 'ORG')].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/** One compromise pass (people, places, organisations, quotations) over `text`; the number of matches found. */
export function compromiseBenchPass(text: string): number {
  const doc = load()(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
}
