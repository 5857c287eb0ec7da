/**
 * The API documentation: typedoc.json makes every exported symbol without a doc comment, every
 * broken link and every referenced but unexported type a warning, and any warning an error, so
 * this check fails as soon as the public surface grows an undocumented corner.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPEDOC = fileURLToPath(new URL('../node_modules/typedoc/bin/typedoc', import.meta.url));

describe('API documentation', () => {
  it('builds with typedoc without a warning', () => {
    const run = spawnSync(process.execPath, [TYPEDOC, '--emit', 'none'], { cwd: ROOT, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`.trim();
    expect(output, 'typedoc reported problems; document the symbols it names (npm run docs)').toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
