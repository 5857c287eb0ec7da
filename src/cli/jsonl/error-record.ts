/** The output line for an input line that has no analysis. */
export function errorRecord(id: unknown, lineNumber: number, message: string): string {
  return JSON.stringify({ id, error: `line ${lineNumber}: ${message.replace(/\s+/g, ' ')}` });
}
