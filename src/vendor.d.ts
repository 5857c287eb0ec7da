/** Types of the one package lektor uses that ships none (snowball-stemmers, for languages other than German and English). */
declare module 'snowball-stemmers' {
  export function newStemmer(algorithm: string): { stem(word: string): string };
  export function algorithms(): string[];
}
