/**
 * The package as users get it: built from a clean copy of the repository (so files left in dist/
 * by older builds cannot hide in the pack), checked by publint and Are the Types Wrong
 * (`npm run check:package`), its file list held to what users need, and the tarball installed
 * into a fresh project that imports it from ESM and requires it from CommonJS on Node 20 and 22.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { ARTICLE, ROOT } from './helpers/cli.js';

/** What `npm pack --json` reports about one tarball. */
interface PackReport {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/** Node versions every release is checked on: the machine's own and the registry's builds of the others. */
const NODE_MAJORS = [20, 22];
/** Outside the repository and kept between runs, so the Node binaries are fetched once. */
const NODE_CACHE = join(tmpdir(), 'lektor-test-node');
/** Repository folders that are not part of a build: installed, generated or local output. */
const NOT_COPIED = new Set(['node_modules', '.git', '.eval-cache', 'dist', 'docs', 'test-output']);
/** Scripts in the copy must not build again behind the test's back (npm pack runs `prepare`). */
const NPM_ENV = { ...process.env, npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false' };

let work: string;
let copy: string;
let pack: PackReport;
let consumer: string;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = NPM_ENV): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A Node binary of the given major version: this process's own, or the npm registry's `node-<os>-<arch>` package. */
function nodeBinary(major: number): string {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const os = process.platform === 'win32' ? 'win' : process.platform;
  const folder = join(NODE_CACHE, String(major));
  const binary = join(folder, 'node_modules', `node-${os}-${process.arch}`, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  // A cached binary that does not start (an install cut short) is fetched again.
  if (!existsSync(binary) || spawnSync(binary, ['--version']).status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    run('npm', ['install', `node-${os}-${process.arch}@${major}`, '--prefix', folder, '--no-save', '--no-audit', '--no-fund', '--prefer-offline'], folder);
  }
  return binary;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lektor-package-'));
  copy = join(work, 'lektor');
  cpSync(ROOT, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.slice(ROOT.length).split(/[\\/]/)[0]!) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'junction');
  run('npm', ['run', '--silent', 'check:package'], copy);
  [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], copy)) as PackReport[];

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'lektor-consumer', private: true }));
  run('npm', ['install', join(work, pack!.filename), '--no-audit', '--no-fund', '--prefer-offline'], consumer);
  writeFileSync(join(consumer, 'article.txt'), readFileSync(ARTICLE));
  writeFileSync(
    join(consumer, 'esm.mjs'),
    `import { readFileSync } from 'node:fs';
import { analyze } from 'lektor';
import schema from 'lektor/schema.json' with { type: 'json' };
const analysis = analyze(readFileSync('article.txt', 'utf8'));
console.log(JSON.stringify({ language: analysis.language.code, entities: analysis.entities.length, quotes: analysis.quotes.length, schema: typeof schema.$schema }));
`,
  );
  writeFileSync(
    join(consumer, 'cjs.cjs'),
    `const { readFileSync } = require('node:fs');
const { analyze } = require('lektor');
const schema = require('lektor/schema.json');
const analysis = analyze(readFileSync('article.txt', 'utf8'));
console.log(JSON.stringify({ language: analysis.language.code, entities: analysis.entities.length, quotes: analysis.quotes.length, schema: typeof schema.$schema }));
`,
  );
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds only what users need: the build, the models, the schema, README and licence', () => {
    const paths = pack.files.map((file) => file.path);
    const allowed = /^(dist\/.+\.(js|d\.ts)|models\/[^/]+|schema\.json|package\.json|README\.md|LICEN[CS]E(\.md|\.txt)?)$/;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
    for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/browser.js', 'dist/cli/main.js', 'dist/cli/jsonl/worker.js', 'models/ner-de.bin', 'models/ner-en.bin', 'models/langid-ngrams.bin', 'models/langid-words.bin', 'schema.json']) {
      expect(paths).toContain(needed);
    }
    // Every compiled file has its source (the bundled entry points' shared chunk aside): nothing stale from an earlier build.
    const chunks = paths.filter((path) => /^dist\/lektor-[A-Z0-9]+\.js$/.test(path));
    expect(chunks).toHaveLength(1);
    const sources = paths.filter((path) => path.startsWith('dist/') && path.endsWith('.js') && !chunks.includes(path)).map((path) => `src/${path.slice(5, -3)}.ts`);
    expect(sources.filter((source) => !existsSync(join(ROOT, source)))).toEqual([]);
    // A data set or a test folder slipping in would show here first. The rest is mostly the models:
    // NER weights and gazetteers (3.6 MB compressed), language-ID 4-grams and word lists (2 MB; the
    // word lists' Bloom filter does not compress).
    expect(pack.size).toBeLessThan(6_500_000);
    console.log(`npm pack: ${pack.files.length} files, ${(pack.size / 1e6).toFixed(1)} MB packed, ${(pack.unpackedSize / 1e6).toFixed(1)} MB unpacked`);
  });

  const analysis = analyze(readFileSync(ARTICLE, 'utf8'));
  const expected = { language: analysis.language.code, entities: analysis.entities.length, quotes: analysis.quotes.length, schema: 'string' };

  for (const major of NODE_MAJORS) {
    it(`imports from ESM and requires from CommonJS on Node ${major}`, () => {
      const node = nodeBinary(major);
      expect(execFileSync(node, ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^v${major}\\.`));
      for (const script of ['esm.mjs', 'cjs.cjs']) {
        const result = spawnSync(node, [script], { cwd: consumer, encoding: 'utf8' });
        // No warning either: require(esm) is stable on the Node versions "engines" names.
        expect(result.stderr, `${script} on Node ${major}`).toBe('');
        expect(JSON.parse(result.stdout), `${script} on Node ${major}`).toEqual(expected);
      }
      const cli = spawnSync(node, [join(consumer, 'node_modules/lektor/dist/cli/main.js'), 'analyze', '--format', 'text', 'article.txt'], { cwd: consumer, encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      expect(cli.stdout).toContain(analysis.title!.text);
    }, 120_000);
  }
});
