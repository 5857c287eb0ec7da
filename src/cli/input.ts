/** Opening the input: a file or stdin, with one-line reasons when it cannot be read. */
import { createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  EMFILE: 'too many open files',
};

function reason(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new Error(`cannot read '${path}': ${REASONS[code] ?? (error as Error).message}`);
}

/** Opens a file for reading and refuses directories, which open() accepts on Linux. */
function openFile(path: string): number {
  try {
    const fd = openSync(path, 'r');
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return fd;
  } catch (error) {
    throw reason(path, error);
  }
}

/** The whole input as text: one article. */
export function readDocument(path: string): string {
  const source = path === '-' ? 0 : openFile(path);
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    throw reason(path === '-' ? 'stdin' : path, error);
  }
}

/** The input as a stream of text chunks, for JSONL that may be longer than memory. */
export function openStream(path: string): Readable {
  const stream = path === '-' ? process.stdin : createReadStream('', { fd: openFile(path) });
  stream.setEncoding('utf8');
  return stream;
}
