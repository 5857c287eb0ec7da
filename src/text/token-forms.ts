/**
 * The words of one analysed document, worked out once and shared by the stages that read them:
 * every distinct token text gets a number (its form), and a form's lower-cased text, stem and
 * content term are computed the first time a stage asks. A news article has about half as many
 * forms as tokens, and each stage used to slice, lower-case and look up every token anew.
 */
import type { Doc, Token } from '../document.js';
import { termsFor, type Terms } from './terms.js';

export interface TokenForms {
  readonly terms: Terms;
  /** Number of distinct token texts: forms are numbered 0 .. count - 1. */
  readonly count: number;
  /** The form of token `index`: tokens with the same text have the same form. */
  formOf(index: number): number;
  /** The text of a form, as written in the view. */
  text(form: number): string;
  lower(form: number): string;
  /** Stem of the form, as `terms.stem` gives it. */
  stem(form: number): string;
  /** Content term of the form, as `terms.contentTerm` gives it (null for stop words and the like). */
  contentTerm(form: number): string | null;
}

/** Marks a form whose content term is not computed yet (null is a computed value). */
const UNSET = undefined;

class Forms implements TokenForms {
  readonly terms: Terms;
  /** Tokens there were when the forms were built: a stage that adds tokens gets new forms. */
  readonly tokenCount: number;
  private readonly ids: Int32Array;
  private readonly texts: string[] = [];
  // Filled out of order: sized up front, since an array grown by far-off indices turns into a slow dictionary.
  private readonly lowers: (string | undefined)[];
  private readonly stems: (string | undefined)[];
  private readonly contents: (string | null | undefined)[];

  constructor(
    readonly view: string,
    readonly tokens: readonly Token[],
    readonly lang: string,
  ) {
    this.terms = termsFor(lang);
    this.tokenCount = tokens.length;
    this.ids = new Int32Array(tokens.length);
    // Forms are told apart by a hash of the token's characters in the view, so that only a new
    // form's text is cut out of the view: slicing and hashing every token cost more than the rest.
    const mask = 2 ** Math.ceil(Math.log2(2 * tokens.length + 2)) - 1;
    const slots = new Int32Array(mask + 1);
    for (let i = 0; i < tokens.length; i++) {
      const { start, end } = tokens[i]!;
      let hash = end - start;
      for (let at = start; at < end; at++) hash = Math.imul(hash ^ view.charCodeAt(at), 0x9e3779b1);
      let slot = (hash ^ (hash >>> 15)) & mask;
      let form = -1;
      for (; slots[slot] !== 0; slot = (slot + 1) & mask) {
        const candidate = slots[slot]! - 1;
        if (this.isWritten(candidate, view, start, end)) {
          form = candidate;
          break;
        }
      }
      if (form < 0) {
        form = this.texts.length;
        slots[slot] = form + 1;
        this.texts.push(view.slice(start, end));
      }
      this.ids[i] = form;
    }
    this.lowers = new Array<string | undefined>(this.texts.length).fill(undefined);
    this.stems = new Array<string | undefined>(this.texts.length).fill(undefined);
    this.contents = new Array<string | null | undefined>(this.texts.length).fill(UNSET);
  }

  /** Whether `form` is written `view[start, end)`. */
  private isWritten(form: number, view: string, start: number, end: number): boolean {
    const text = this.texts[form]!;
    if (text.length !== end - start) return false;
    for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== view.charCodeAt(start + k)) return false;
    return true;
  }

  get count(): number {
    return this.texts.length;
  }

  formOf(index: number): number {
    return this.ids[index]!;
  }

  text(form: number): string {
    return this.texts[form]!;
  }

  lower(form: number): string {
    return (this.lowers[form] ??= lowerCased(this.texts[form]!));
  }

  stem(form: number): string {
    return (this.stems[form] ??= this.terms.stem(this.texts[form]!));
  }

  contentTerm(form: number): string | null {
    let term = this.contents[form];
    if (term === UNSET) term = this.contents[form] = this.terms.contentTerm(this.texts[form]!);
    return term;
  }
}

/** `text.toLowerCase()`, skipping the call (slow for text cut from a view with non-Latin-1 characters) where it changes nothing. */
function lowerCased(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x80 || (code >= 65 && code <= 90)) return text.toLowerCase();
  }
  return text;
}

const cache = new WeakMap<Doc, Forms>();

/**
 * The forms of `doc`'s tokens, built on first use and kept with the document while its view,
 * tokens and language stay the same (the sentence stage fills the tokens; later stages only read).
 */
export function tokenForms(doc: Doc): TokenForms {
  let forms = cache.get(doc);
  if (!forms || forms.view !== doc.view || forms.tokens !== doc.tokens || forms.lang !== doc.lang || forms.tokenCount !== doc.tokens.length) {
    forms = new Forms(doc.view, doc.tokens, doc.lang);
    cache.set(doc, forms);
  }
  return forms;
}
