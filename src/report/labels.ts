/** Words the report shows for codes, so that no meaning hangs on colour or on an abbreviation. */
import type { EntityType } from '../types.js';

export const ENTITY_TYPE_NAMES: Record<EntityType, string> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organisation',
  MISC: 'other name',
};

// Made on first use: loading the locale data costs some 30 ms, which importing lektor should not pay.
let displayNames: Intl.DisplayNames | undefined;

/** 'German (de)'; the bare code where the runtime knows no name for it. */
export function languageName(code: string): string {
  // Intl calls 'und' the "root" locale, which means nothing to a reader.
  if (code === 'und') return 'undetermined (und)';
  let name: string | undefined;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    name = displayNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}
