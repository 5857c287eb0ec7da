/**
 * Second step of `npm run build`: after tsc has compiled src/ to dist/, the library's entry points
 * (dist/index.js, dist/browser.js) are bundled in place by esbuild, with what they share in one
 * chunk beside them (dist/lektor-HASH.js; beside them, so that `new URL('../models/', import.meta.url)`
 * still finds the models). Importing one file instead of a hundred modules more than halves
 * lektor's import time. The other compiled modules stay for the command line, and the type
 * declarations are tsc's.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

await build({
  entryPoints: [resolve(dist, 'index.js'), resolve(dist, 'browser.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  outdir: dist,
  allowOverwrite: true,
  chunkNames: 'lektor-[hash]',
  logLevel: 'error',
});
