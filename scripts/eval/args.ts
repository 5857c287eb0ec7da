/** Command-line arguments shared by every evaluation task. */
export interface EvalArgs {
  task: string;
  data: string;
  lang: string | undefined;
  /** Every other `--name value` pair, for task-specific settings. */
  extra: Record<string, string>;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const [task, ...rest] = argv;
  const named: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    named[key] = inline ?? (rest[i + 1]?.startsWith('--') || rest[i + 1] === undefined ? 'true' : rest[++i]!);
  }
  const { data, lang, ...extra } = named;
  if (!task) throw new Error('usage: npm run --silent eval -- TASK --data PATH [--lang xx]');
  if (!data) throw new Error(`eval ${task}: --data PATH is required`);
  return { task, data, lang, extra };
}
