/**
 * The properties every analysis must have, as one check shared by test/properties.test.ts and
 * `npm run fuzz`: the contract of validate-analysis.ts (valid spans, inside the input and
 * ordered, a JSON round trip), and determinism (a second analysis equals the first).
 */
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../src/index.js';
import { analysisProblems } from './validate-analysis.js';

/** Every property `text`'s analysis violates; empty when it has them all. Throws when analyze throws. */
export function propertyProblems(text: string): string[] {
  const first = analyze(text);
  const problems = analysisProblems(text, first);
  if (!isDeepStrictEqual(analyze(text), first)) problems.push('a second analysis of the same text differs from the first');
  return problems;
}
