/**
 * One tokenisation pass shared by every stage. Words keep inner hyphens and apostrophes
 * ("UN-Sicherheitsrates", "O'Brien"), a truncated compound keeps its hyphen ("Außen- und"),
 * the English possessive is split off ("Putin" "'s"), numbers keep their separators ("1,2",
 * "4.3", "12:30"), dotted abbreviations stay whole ("U.S.", "z.B."). A final "." is always its
 * own token: whether it ends a sentence is for the sentence stage to decide.
 */
import type { Token, TokenKind } from './document.js';

const W = String.raw`[\p{L}\p{M}\p{N}\u00ad]`;
const TOKEN = new RegExp(
  [
    String.raw`(?<abbr>(?:\p{L}{1,2}\.){2,}(?!\p{L}))`,
    String.raw`(?<number>\p{N}+(?:[.,:/]\p{N}+)+(?!${W}))`,
    String.raw`(?<word>${W}+(?:(?:-|['’](?!s(?!${W})))${W}+)*(?:-(?=[ \n]+(?:und|oder|bzw|sowie|and|or)\b))?)`,
    String.raw`(?<possessive>['’]s(?!${W}))`,
    String.raw`(?<ellipsis>\.{2,}|…)`,
    String.raw`(?<marks>[?!]+)`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);
const DIGITS = /^\p{N}+$/u;

/** Tokens of `view` between `from` and `to`, in order, appended to `into`. */
export function tokenize(view: string, from = 0, to = view.length, into: Token[] = []): Token[] {
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  pattern.lastIndex = from;
  const segment = to === view.length ? view : view.slice(0, to);
  for (let match = pattern.exec(segment); match; match = pattern.exec(segment)) {
    const groups = match.groups!;
    let kind: TokenKind;
    if (groups.word !== undefined) kind = DIGITS.test(groups.word) ? 'number' : 'word';
    else if (groups.abbr !== undefined || groups.possessive !== undefined) kind = 'word';
    else if (groups.number !== undefined) kind = 'number';
    else if (groups.symbol !== undefined) kind = 'symbol';
    else kind = 'punct';
    into.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  return into;
}
