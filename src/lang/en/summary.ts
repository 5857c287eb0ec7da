/**
 * Sentence openers that lean on the sentence before ("He said ...", "But ..."): a summary that
 * lifts such a sentence out of its place leaves the reader asking who or what is meant.
 */
export const danglingOpeners: readonly string[] = [
  // pronouns
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this', 'these', 'that', 'those', 'both', 'such',
  // connectives
  'but', 'however', 'and', 'or', 'so', 'yet', 'also', 'still', 'then', 'there', 'instead', 'meanwhile', 'moreover',
  'furthermore', 'besides', 'nevertheless', 'nonetheless', 'otherwise', 'thus', 'hence', 'therefore', 'likewise', 'similarly',
];

/**
 * Endings of words that rarely name a topic on their own: adverbs ("quickly") and past forms
 * ("confirmed"). They may stand inside a keyphrase ("armed forces") but not end one.
 */
export const nonHeadSuffixes: readonly string[] = ['ly', 'ed'];

/** Words of news prose that stopwords-iso keeps but that never name what a story is about. */
export const nonTopicWords: readonly string[] = ['yesterday', 'tomorrow', 'tonight', 'week', 'weeks', 'month', 'months', 'percent', 'told'];
