/** The languages lektor has knowledge of, each in its own folder. */
import { structureCues as deStructure } from './de/structure.js';
import { structureCues as enStructure } from './en/structure.js';
import type { StructureCues } from './structure-cues.js';

/** Structure runs before language detection, so it listens to the cues of every language. */
export const structureCueSets: readonly StructureCues[] = [deStructure, enStructure];
