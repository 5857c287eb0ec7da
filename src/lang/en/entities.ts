/** English name knowledge for the entity stage. The possessive 's is a token of its own, so names do not inflect. */
import type { EntityRules } from '../../entities/rules.js';
import { months, weekdays } from './calendar.js';
import { currencies } from './currencies.js';

/** Month names that are names as well ("Theresa May", "June Carter", "April Ryan"). */
const NAMES = new Set(['April', 'May', 'June', 'August']);

export const entityRules: EntityRules = {
  // Abbreviations without their full stop: the stop is a token of its own.
  honorifics: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame'],
  addressedRoles: ['President', 'Speaker', 'Chairman', 'Chairwoman', 'Secretary', 'Minister', 'Mayor', 'Ambassador', 'Justice', 'Governor', 'Senator', 'Prime'],
  determiners: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'every', 'each', 'no', 'his', 'her', 'their', 'our', 'my', 'your', 'its'],
  nameParticles: ['von', 'van', 'der', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el'],
  nameAdjective: /^\p{Lu}\p{Ll}+(?:an|ese|ish|al|ic|ern|ed)$/u,
  genitiveEndings: [],
  personGenitiveEndings: [],
  // Not the abbreviations: "Jan" and "Sun" are names too.
  neverNames: [...[...months, ...weekdays].filter((word) => !NAMES.has(word)), ...currencies],
  adjective: null,
};
