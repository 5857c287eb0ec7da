/**
 * Every regular expression lektor's source uses, for the ReDoS audit (test/redos.test.ts).
 * Literals are read from the syntax tree of each file under src/. A `new RegExp(...)` whose
 * arguments are not plain literals is built at run time, so those are caught as they are
 * built: `RegExp` is wrapped while the modules load and analyse sample texts, and every
 * construction called from a file under src/ is recorded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  /** 'src/file.ts:line' of the literal or of the code that built it. */
  where: string;
}

export const SRC_DIR = new URL('../../src/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

export function sourceFiles(dir = SRC_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The value of a string literal, a template without substitutions, or String.raw`...` without them. */
function staticString(node: ts.Expression | undefined): string | undefined {
  if (!node) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText ?? node.template.text;
  }
  return undefined;
}

/** Literals, and `RegExp(...)` calls with literal arguments, of the TypeScript files under src/. */
export function staticRegexes(files = sourceFiles()): { found: FoundRegex[]; dynamicSites: string[] } {
  const found: FoundRegex[] = [];
  const dynamicSites: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const sourceText = staticString(pattern);
        const flagText = staticString(flags);
        if (sourceText !== undefined && flagText !== undefined) found.push({ source: sourceText, flags: flagText, where: where(node) });
        else dynamicSites.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, dynamicSites };
}

/** The first stack frame below this module, as 'src/file.ts:line' when it lies under src/. */
function callerInSrc(stack: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    if (line.includes('collect-regexes')) continue;
    const match = /(?:file:\/\/)?(\/[^():]+\.ts):(\d+)/.exec(line);
    if (!match) return undefined;
    return match[1]!.startsWith(SRC_DIR) ? `${relative(ROOT, match[1]!)}:${match[2]}` : undefined;
  }
  return undefined;
}

/**
 * Runs `load` (which should import the modules and exercise them) with `RegExp` wrapped, and
 * returns every regex that code under src/ constructed meanwhile.
 */
export async function regexesBuiltDuring(load: () => Promise<void>): Promise<FoundRegex[]> {
  const original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  const record = (made: RegExp) => {
    const where = callerInSrc(new Error().stack ?? '');
    if (where) found.push({ source: made.source, flags: made.flags, where });
    return made;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args)),
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}
