/**
 * `npm run bundle [-- OUTFILE]`: bundles lektor/browser into one minified ES module for browsers
 * (default test-output/browser/lektor.js) and prints its size, raw and gzipped, and that of the
 * model files a page fetches beside it. The bundle failing to build is also how lektor learns that
 * a Node built-in crept into the core: for a browser, esbuild cannot resolve one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundleBrowser(outfile: string): Promise<void> {
  await build({
    entryPoints: [resolve(root, 'src/browser.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile,
    logLevel: 'error',
  });
}

const megabytes = (bytes: number) => Number((bytes / 1e6).toFixed(2));

/** Raw and gzipped size of the bundle and of the model files a page fetches. */
export function bundleSizes(outfile: string) {
  const bundle = readFileSync(outfile);
  const modelsFolder = resolve(root, 'models');
  const models = readdirSync(modelsFolder).filter((file) => /\.bin(\.gz)?$/.test(file));
  const modelBytes = models.reduce((sum, file) => sum + statSync(resolve(modelsFolder, file)).size, 0);
  return { bundle_mb: megabytes(bundle.length), bundle_gzip_mb: megabytes(gzipSync(bundle).length), models_mb: megabytes(modelBytes), models };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outfile = resolve(process.argv[2] ?? resolve(root, 'test-output/browser/lektor.js'));
  await bundleBrowser(outfile);
  console.log(JSON.stringify({ outfile, ...bundleSizes(outfile) }));
}
