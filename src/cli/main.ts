#!/usr/bin/env node
/** `lektor analyze [FILE|-]`: first version, JSON out. */
import { readFileSync } from 'node:fs';
import { analyze } from '../index.js';

const [command, file = '-'] = process.argv.slice(2);
if (command !== 'analyze') {
  process.stderr.write('usage: lektor analyze [FILE|-]\n');
  process.exit(2);
}
const text = readFileSync(file === '-' ? 0 : file, 'utf8');
process.stdout.write(`${JSON.stringify(analyze(text), null, 2)}\n`);
