/** Words the report shows for codes, so that no meaning hangs on colour or on an abbreviation. */
import type { EntityType } from '../types.js';

export const ENTITY_TYPE_NAMES: Record<EntityType, string> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organisation',
  MISC: 'other name',
};

const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** 'German (de)'; the bare code where the runtime knows no name for it. */
export function languageName(code: string): string {
  // Intl calls 'und' the "root" locale, which means nothing to a reader.
  if (code === 'und') return 'undetermined (und)';
  let name: string | undefined;
  try {
    name = displayNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}
