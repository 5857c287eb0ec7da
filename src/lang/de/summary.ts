/**
 * Sentence openers that lean on the sentence before ("Er sagte ...", "Doch ..."): a summary that
 * lifts such a sentence out of its place leaves the reader asking who or what is meant.
 * Articles ("Die", "Das") are left out: they open self-contained sentences as often as not.
 */
export const danglingOpeners: readonly string[] = [
  // pronouns
  'er', 'sie', 'es', 'ihm', 'ihn', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'seiner',
  'dies', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'jene', 'jener', 'jenes', 'beide', 'beiden', 'dessen', 'deren',
  // connectives
  'aber', 'doch', 'jedoch', 'dennoch', 'trotzdem', 'allerdings', 'und', 'oder', 'sondern', 'auch', 'zudem', 'außerdem',
  'ebenfalls', 'deshalb', 'daher', 'darum', 'dabei', 'damit', 'darauf', 'daraufhin', 'dazu', 'davon', 'danach', 'dort',
  'hier', 'so', 'somit', 'also', 'stattdessen', 'vielmehr', 'gleichzeitig', 'zugleich', 'inzwischen', 'mittlerweile',
];
