/** Turns the command line into a checked request; every mistake becomes a UsageError. */
import { parseArgs } from 'node:util';
import { resolveOptions, type AnalyzeOptions } from '../options.js';

export type Format = 'json' | 'text' | 'html';

export interface AnalyzeRequest {
  command: 'analyze';
  /** A file path, or '-' for stdin. */
  input: string;
  /** True when no input was named, so stdin is read by default. */
  implicitStdin: boolean;
  format: Format;
  compact: boolean;
  jsonl: boolean;
  jobs: number;
  options: AnalyzeOptions;
}

export type Request = { command: 'help' } | { command: 'version' } | AnalyzeRequest;

export class UsageError extends Error {}

const FORMATS: readonly Format[] = ['json', 'text', 'html'];

function positiveInteger(value: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`${flag} takes a positive whole number, got '${value}'`);
  return Number(value);
}

function analysisOptions(values: Record<string, string | boolean | undefined>): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  const sentences = values['summary-sentences'];
  const words = values['summary-words'];
  if (typeof sentences === 'string' && typeof words === 'string') throw new UsageError('give either --summary-sentences or --summary-words, not both');
  if (typeof sentences === 'string') options.summary = { sentences: positiveInteger(sentences, '--summary-sentences') };
  if (typeof words === 'string') options.summary = { words: positiveInteger(words, '--summary-words') };
  if (typeof values.languages === 'string') options.languages = values.languages.split(',').map((code) => code.trim().toLowerCase());
  if (typeof values.language === 'string') options.language = values.language.trim().toLowerCase();
  if (typeof values.input === 'string') options.input = values.input.trim().toLowerCase() as AnalyzeOptions['input'];
  try {
    // The library's own check, so that a bad flag fails once, up front, not on every JSONL line.
    // No stage names: the command line does not select stages.
    resolveOptions(options, []);
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^lektor: /, '').replace(/\boptions\.(\w+)/g, '--$1'));
  }
  return options;
}

/** The command line's flags and positionals; Node's parse errors become one-line usage errors. */
function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        compact: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'summary-sentences': { type: 'string' },
        'summary-words': { type: 'string' },
        languages: { type: 'string' },
        language: { type: 'string' },
        input: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's own wording explains '--' escaping at length; the option's name is what matters.
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    const known = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    const first = (error as Error).message.split('\n')[0]!;
    throw new UsageError(known && option ? `unknown option '${option}'` : first.charAt(0).toLowerCase() + first.slice(1));
  }
}

export function parseCommandLine(argv: readonly string[]): Request {
  const { values, positionals } = parseFlags(argv);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, input, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}'`);
  if (extra.length > 0) throw new UsageError(`analyze takes one input, got ${positionals.length - 1}`);

  const format = values.format ?? 'json';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be json, text or html, got '${format}'`);
  const jsonl = values.jsonl ?? false;
  if (jsonl && format !== 'json') throw new UsageError('--jsonl writes JSON lines; --format does not apply');
  if (values.jobs !== undefined && !jsonl) throw new UsageError('--jobs applies to --jsonl only');
  const jobs = values.jobs === undefined ? 1 : positiveInteger(values.jobs, '--jobs');

  return {
    command: 'analyze',
    input: input ?? '-',
    implicitStdin: input === undefined,
    format: format as Format,
    compact: values.compact ?? false,
    jsonl,
    jobs,
    options: analysisOptions(values),
  };
}
