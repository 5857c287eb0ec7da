/**
 * The words around names that the entity stage asks about at nearly every token: the language's
 * lists as sets, and the stop-word test remembered per word of the document.
 */
import type { Terms } from '../text/terms.js';
import type { EntityRules } from './rules.js';

export class NameWords {
  readonly rules: EntityRules;
  private readonly honorifics: ReadonlySet<string>;
  private readonly addressedRoles: ReadonlySet<string>;
  private readonly determiners: ReadonlySet<string>;
  private readonly nameParticles: ReadonlySet<string>;
  private readonly neverNames: ReadonlySet<string>;
  private readonly terms: Pick<Terms, 'isStopWord'>;
  private readonly stopWords = new Map<string, boolean>();

  constructor(rules: EntityRules, terms: Pick<Terms, 'isStopWord'>) {
    this.rules = rules;
    this.terms = terms;
    this.honorifics = new Set(rules.honorifics);
    this.addressedRoles = new Set(rules.addressedRoles);
    this.determiners = new Set(rules.determiners);
    this.nameParticles = new Set(rules.nameParticles);
    this.neverNames = new Set(rules.neverNames);
  }

  isStopWord(word: string): boolean {
    let stop = this.stopWords.get(word);
    if (stop === undefined) this.stopWords.set(word, (stop = this.terms.isStopWord(word)));
    return stop;
  }

  /** A form of address as written: "Herr", "Mr". */
  isHonorific(word: string): boolean {
    return this.honorifics.has(word);
  }

  /** A month, weekday or currency: "März", "Monday", "Euro". */
  isNeverName(word: string): boolean {
    return this.neverNames.has(word);
  }

  isAddressedRole(word: string): boolean {
    return this.addressedRoles.has(word);
  }

  /** An article or other determiner, in any case: "Die", "the". */
  isDeterminer(word: string): boolean {
    return this.determiners.has(word.toLowerCase());
  }

  isNameParticle(word: string): boolean {
    return this.nameParticles.has(word);
  }
}
