/** German name knowledge for the entity stage: forms of address, inflection of names. */
import type { EntityRules } from '../../entities/rules.js';
import { months, weekdays } from './calendar.js';
import { currencies } from './currencies.js';

/** Endings of adjective and participle stems: "europä-isch", "vereinig-t", "nation-al", "deut-sch". */
const ADJECTIVE_STEM_END = '(?:isch|ig|lich|ch|t|al|el|är|iv|ös|ell|ar|ern|an|in|ün|ss|ß|eu|nd|ei)';

export const entityRules: EntityRules = {
  // Abbreviations without their full stop: the stop is a token of its own.
  honorifics: ['Herr', 'Herrn', 'Frau', 'Dr', 'Prof'],
  addressedRoles: [
    'Präsident', 'Präsidentin', 'Minister', 'Ministerin', 'Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin',
    'Botschafter', 'Botschafterin', 'Bürgermeister', 'Bürgermeisterin', 'Doktor', 'Professor', 'Professorin', 'Pfarrer',
    'Pfarrerin', 'Kollege', 'Kollegin', 'Abgeordnete', 'Abgeordneter', 'Vorsitzende', 'Vorsitzender', 'Richter', 'Richterin',
    'Staatsanwalt', 'Staatsanwältin', 'General', 'Oberst', 'Kommissar', 'Kommissarin', 'Nachbar', 'Nachbarin',
  ],
  determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'jede', 'jeder', 'jeden', 'jedem', 'jedes',
    'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'jene', 'jener', 'jenen', 'jenem', 'jenes', 'kein', 'keine', 'keiner', 'keinen', 'keinem', 'keines',
    'mein', 'meine', 'meinen', 'meinem', 'sein', 'seine', 'seinen', 'seinem', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihres', 'unser', 'unsere', 'unseren', 'unserem',
    'welche', 'welcher', 'welchen', 'welchem', 'solche', 'solcher', 'solchen',
    'im', 'am', 'beim', 'vom', 'zum', 'zur', 'ins', 'ans', 'aufs', 'übers',
  ],
  nameParticles: ['von', 'vom', 'zu', 'van', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el'],
  // "des Ministerrates", "des Ministerrats", "Frankreichs", "Merkels"; the -es genitive belongs to common-noun heads.
  genitiveEndings: ['es', 's'],
  personGenitiveEndings: ['s'],
  // Not the abbreviations: "Jan" and "Mo" are given names too.
  neverNames: [...months, ...weekdays, ...currencies],
  nameAdjective: new RegExp(`^\\p{Lu}\\p{Ll}*${ADJECTIVE_STEM_END}(?:e|en|er|es|em)$`, 'u'),
  // -er is left alone: "Frankfurter", "Berliner" are indeclinable place adjectives.
  adjective: { endings: ['en', 'em', 'es', 'e'], obliqueEndings: ['en', 'em'], citation: 'e', stem: new RegExp(`${ADJECTIVE_STEM_END}$`, 'u') },
};
