/**
 * Properties of `analyze` over generated text (helpers/generators.ts): it never throws, every
 * span it emits is valid, the output is deterministic and survives JSON
 * (helpers/property-check.ts). CI runs a few hundred inputs; `npm run fuzz` runs the same
 * generators and check over 100,000, each under a deadline.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { textGenerators } from './helpers/generators.js';
import { propertyProblems } from './helpers/property-check.js';

const RUNS = 200;

/** Throws (and so fails the property, which fast-check then shrinks) when a property does not hold. */
function checkProperties(text: string): void {
  const problems = propertyProblems(text);
  if (problems.length > 0) throw new Error(problems.slice(0, 8).join('\n'));
}

describe('analyze() on generated text', () => {
  for (const { name, arbitrary, weight } of textGenerators) {
    it(`${name}: valid, deterministic, JSON-safe`, () => {
      fc.assert(fc.property(arbitrary, checkProperties), { numRuns: Math.round(RUNS * weight) });
    });
  }
});
