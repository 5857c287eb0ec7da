/**
 * Where sentences end inside one block, decided token by token in one pass. A sentence may end
 * after . ? ! or an ellipsis, together with the closing quote marks and brackets glued to it; it
 * does not when the next word starts in lower case or punctuation continues the sentence
 * ("„Warum?“, fragte er"), nor after an abbreviation, an initial or (in German) an ordinal unless
 * a typical sentence opener follows. A list item ends at its line break.
 */
import type { Token } from '../document.js';
import type { SentenceLexicon } from './lexicon.js';

const CLOSING = new Set(['"', "'", '”', '“', '’', '‘', '»', '«', '›', '‹', ')', ']', '}']);
const OPENING = new Set(['"', "'", '„', '“', '”', '‚', '‘', '»', '«', '‹', '›', '–', '—', '-']);
const CONTINUING = new Set([',', ';', ':', ')', ']', '}', '%', '/', '&']);
const BRACKET_PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '►', '‣', '◦', '●', '○', '■', '□', '➢', '→']);
/** How far a bracket group after a sentence end is looked through ("[Russia] sich …", "(AP) The …"). */
const MAX_BRACKET_TOKENS = 12;
const MAX_OPENING_TOKENS = 3;
const MAX_CHAIN_PARTS = 4;
const MAX_CHAIN_PART_LENGTH = 3;
const ORDINAL = /^(?:\d{1,3}|\d{1,2}\.\d{1,2})$/;
const ROMAN = /^[IVXLC]{1,6}$/;

const isDigit = (char: string) => char >= '0' && char <= '9';

type NextKind = 'lower' | 'upper' | 'number' | 'continuing' | 'glued' | 'mark' | 'other' | 'end';

interface Next {
  kind: NextKind;
  /** The text of the word or mark that follows. */
  word: string;
  /** Whether an opening quote (or a bracket that stays open) came before the word. */
  opened: boolean;
}

export class BoundaryFinder {
  constructor(
    private readonly view: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: SentenceLexicon,
  ) {}

  private text(index: number): string {
    const token = this.tokens[index]!;
    return this.view.slice(token.start, token.end);
  }

  private isGlued(index: number): boolean {
    return this.tokens[index]!.start === this.tokens[index - 1]!.end;
  }

  /** Exclusive end indices of the sentences in tokens [first, end); the last is `end`. */
  find(first: number, end: number): number[] {
    const ends: number[] = [];
    let sentenceStart = first;
    for (let i = first; i < end; i++) {
      if (i > sentenceStart && this.endsListLine(i, sentenceStart)) {
        ends.push(i);
        sentenceStart = i;
      }
      if (i === sentenceStart || !this.isTerminal(i)) continue;
      let after = i + 1;
      while (after < end && this.isGlued(after) && CLOSING.has(this.text(after))) after++;
      if (after >= end) break;
      if (this.endsSentence(i, after, this.next(after, end), sentenceStart)) {
        ends.push(after);
        sentenceStart = after;
      }
      i = after - 1;
    }
    ends.push(end);
    return ends;
  }

  private isTerminal(index: number): boolean {
    const token = this.tokens[index]!;
    const last = this.view[token.end - 1];
    if (token.kind === 'punct') return last === '.' || last === '?' || last === '!' || last === '…';
    return token.kind === 'word' && last === '.';
  }

  /** A line break before a list marker, or after a line that was a list item, ends a sentence. */
  private endsListLine(index: number, sentenceStart: number): boolean {
    if (!this.lineBreakBefore(index)) return false;
    return this.isBullet(index) || this.isBullet(sentenceStart);
  }

  private lineBreakBefore(index: number): boolean {
    for (let at = this.tokens[index - 1]!.end; at < this.tokens[index]!.start; at++) if (this.view.charCodeAt(at) === 10) return true;
    return false;
  }

  private isBullet(index: number): boolean {
    const token = this.tokens[index]!;
    if (BULLETS.has(this.text(index))) return true;
    const following = this.tokens[index + 1];
    if (token.kind !== 'number' || !following || following.start !== token.end) return false;
    const mark = this.view[following.start];
    return mark === ')' || (mark === '.' && following.end - following.start === 1);
  }

  /** What follows a candidate sentence end, looking through opening quotes and a short bracket group. */
  private next(after: number, end: number): Next {
    if (this.isGlued(after)) return { kind: 'glued', word: '', opened: false };
    let index = after;
    let opened = false;
    for (let skipped = 0; index < end && skipped < MAX_OPENING_TOKENS && OPENING.has(this.text(index)); skipped++) {
      index++;
      opened = true;
    }
    const close = index < end ? BRACKET_PAIRS[this.text(index)] : undefined;
    if (close) {
      const closing = this.closingBracket(index, end, close);
      if (closing < 0) return { kind: 'upper', word: '', opened: true };
      index = closing + 1;
    }
    if (index >= end) return { kind: 'end', word: '', opened };
    const token = this.tokens[index]!;
    const text = this.text(index);
    if (token.kind === 'number' || (token.kind === 'word' && isDigit(text[0]!))) return { kind: 'number', word: text, opened };
    if (token.kind === 'word') {
      const first = text[0]!;
      const kind = first !== first.toUpperCase() ? 'lower' : 'upper';
      return { kind, word: text, opened };
    }
    if (this.isTerminal(index)) return { kind: 'mark', word: text, opened };
    return { kind: CONTINUING.has(text) ? 'continuing' : 'other', word: text, opened };
  }

  /** Index of the bracket closing the one at `open`, if the group is short and holds no sentence end; else -1. */
  private closingBracket(open: number, end: number, close: string): number {
    const limit = Math.min(end, open + MAX_BRACKET_TOKENS);
    for (let index = open + 1; index < limit; index++) {
      if (this.text(index) === close) return index;
      if (this.isTerminal(index)) return -1;
    }
    return -1;
  }

  /** Whether the terminal at `terminal` (closers up to `after`) ends the sentence that began at `first`. */
  private endsSentence(terminal: number, after: number, next: Next, first: number): boolean {
    if (next.kind === 'continuing' || next.kind === 'glued') return false;
    // Spaced marks (". . ." or "? ? ?"): the last one decides.
    if (next.kind === 'mark' && next.word === this.text(terminal)) return false;
    const token = this.tokens[terminal]!;
    const mark = this.view[token.end - 1];
    const ellipsis = mark === '…' || (mark === '.' && token.kind === 'punct' && token.end - token.start > 1);
    // A quote that ends in ? or ! and goes on in lower case ("Why?" she asked) is one sentence.
    if (next.kind === 'lower' && (this.lexicon.lowercaseContinues || ellipsis || after > terminal + 1)) return false;
    if (token.kind === 'word') return this.endsAfterAbbreviation(this.text(terminal).slice(0, -1), next);
    if (mark !== '.' || ellipsis) return true;
    const previous = terminal - 1;
    if (previous < first || !this.isGlued(terminal)) return true;
    const before = this.tokens[previous]!;
    const word = this.text(previous);
    if (before.kind === 'number') {
      // "1." opening a sentence or after a colon or bullet is a list number, not a sentence.
      if (previous === first || this.text(previous - 1) === ':' || this.isBullet(previous - 1)) return false;
      return this.lexicon.ordinalDot && ORDINAL.test(word) ? this.opensSentence(next) : true;
    }
    if (before.kind !== 'word') return true;
    if (this.lexicon.ordinalDot && ROMAN.test(word)) return this.opensSentence(next);
    return this.endsAfterAbbreviation(this.chainKey(previous, first), next);
  }

  private endsAfterAbbreviation(key: string, next: Next): boolean {
    const { continuing, closable, oftenFinal, beforeNumber } = this.lexicon;
    const lowered = key[0]!.toLowerCase() + key.slice(1);
    if (continuing.has(key) || continuing.has(lowered)) return false;
    if (oftenFinal.has(key)) return next.kind !== 'lower' && !this.lexicon.continuations.has(next.word);
    const compound = this.isAbbreviatedCompound(key);
    if (next.kind === 'number' && (beforeNumber.has(key) || compound)) return false;
    const initial = key.length === 1 && key.toLowerCase() !== key.toUpperCase();
    if (closable.has(key) || closable.has(lowered) || compound || initial || key.includes('.')) return this.opensSentence(next);
    return true;
  }

  private isAbbreviatedCompound(key: string): boolean {
    return this.lexicon.compoundEndings.some((ending) => key.length > ending.length + 1 && key.endsWith(ending));
  }

  /** Whether what follows an ambiguous dot is how sentences begin: an opener word or an opening quote or bracket. */
  private opensSentence(next: Next): boolean {
    if (next.kind === 'end') return true;
    return next.kind === 'upper' && (next.opened || this.lexicon.starters.has(next.word));
  }

  /** "z. B" → "z.B", "J. R. R" → "J.R.R": a run of short dotted parts ending at `index`, else the word itself. */
  private chainKey(index: number, first: number): string {
    let key = this.text(index);
    if (key.length > MAX_CHAIN_PART_LENGTH) return key;
    for (let part = index, parts = 1; parts < MAX_CHAIN_PARTS && part - 2 >= first; parts++, part -= 2) {
      const dot = part - 1;
      const word = part - 2;
      if (this.text(dot) !== '.' || !this.isGlued(dot) || this.tokens[part]!.start - this.tokens[dot]!.end > 1) break;
      const text = this.text(word);
      if (this.tokens[word]!.kind !== 'word' || text.length > MAX_CHAIN_PART_LENGTH) break;
      key = `${text}.${key}`;
    }
    return key;
  }
}
