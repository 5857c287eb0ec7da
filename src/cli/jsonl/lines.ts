/**
 * Splits a stream of text chunks into lines. Unlike readline it keeps no queue of its own:
 * the next chunk is pulled only when the consumer asks for the next line, so a slow consumer
 * stops the reading, and a line of any length is assembled from its pieces in one join.
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pieces: string[] = [];
  let first = true;
  const line = (): string => {
    let text = pieces.join('');
    pieces = [];
    if (first && text.startsWith('\uFEFF')) text = text.slice(1);
    first = false;
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', from)) {
      pieces.push(chunk.slice(from, newline));
      yield line();
      from = newline + 1;
    }
    if (from < chunk.length) pieces.push(chunk.slice(from));
  }
  // A last line without a final newline is still a line.
  if (pieces.length > 0) yield line();
}
