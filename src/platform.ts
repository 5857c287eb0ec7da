/**
 * What the core needs from its host, and the one module that knows the host: the packages it
 * loads on first use (franc, compromise, wink-nlp, stemmers, stop words, linkedom) and its model
 * files. In Node both are found when first asked for, through `process.getBuiltinModule`, so that
 * no module of the core imports a Node built-in and the same code bundles for a browser, where
 * `lektor/browser` provides packages and models up front (see browser.ts).
 */

type NodeBuiltins = (id: string) => unknown;

interface NodeHost {
  require(name: string): unknown;
  readModel(file: string): Uint8Array | undefined;
}

const packages = new Map<string, () => unknown>();
const loaded = new Map<string, unknown>();
const models = new Map<string, Uint8Array>();

/** Node's own functions, when lektor runs in Node (20.16 or later); undefined elsewhere. */
function nodeHost(): NodeHost | undefined {
  const builtins = (globalThis as { process?: { getBuiltinModule?: NodeBuiltins } }).process?.getBuiltinModule;
  if (!builtins) return undefined;
  const { createRequire } = builtins('node:module') as typeof import('node:module');
  const { existsSync, readFileSync } = builtins('node:fs') as typeof import('node:fs');
  const require = createRequire(import.meta.url);
  // The models folder sits beside src/ and dist/, so the same path works for both.
  const modelsFolder = new URL('../models/', import.meta.url);
  return {
    require,
    readModel(file) {
      const path = new URL(file, modelsFolder);
      return existsSync(path) ? readFileSync(path) : undefined;
    },
  };
}

let host: NodeHost | undefined | null = null;
const node = (): NodeHost | undefined => (host === null ? (host = nodeHost()) : host);

/** Makes packages and model files available where lektor cannot find them itself (a browser). */
export function provide({ packages: given = {}, models: files = {} }: { packages?: Record<string, () => unknown>; models?: Record<string, Uint8Array> }): void {
  for (const [name, load] of Object.entries(given)) packages.set(name, load);
  for (const [file, bytes] of Object.entries(files)) models.set(file, bytes);
}

/** A package by its npm name, loaded once, on first use. */
export function loadPackage<T>(name: string): T {
  if (!loaded.has(name)) {
    const provided = packages.get(name);
    const nodeHere = provided ? undefined : node();
    if (!provided && !nodeHere) throw new Error(`lektor: the package '${name}' is not available here; in a browser, import lektor/browser`);
    loaded.set(name, provided ? provided() : nodeHere!.require(name));
  }
  return loaded.get(name) as T;
}

/** The bytes of a model file (`models/<file>`); undefined when there is none. */
export function readModel(file: string): Uint8Array | undefined {
  return models.get(file) ?? node()?.readModel(file);
}

/** Like readModel, for a model lektor cannot work without: a clear error instead of undefined. */
export function requireModel(file: string): Uint8Array {
  const bytes = readModel(file);
  if (!bytes) throw new Error(`lektor: the model file '${file}' is missing; in a browser, await loadModels() from lektor/browser first`);
  return bytes;
}
