/** Writing to stdout with backpressure. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Resolves once the stream can take more, so that a slow reader keeps our memory flat. */
export async function write(stream: Writable, data: string): Promise<void> {
  if (!stream.write(data)) await once(stream, 'drain');
}
