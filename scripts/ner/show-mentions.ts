/** `npx tsx scripts/ner/show-mentions.ts FILE [LANG]`: the recogniser's raw mentions of an article, one per line. */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/pipeline.js';
import { language, normalize, sentences, structure } from '../../src/stages/index.js';
import { recognizeMentions } from '../../src/ner/recognize.js';

const [file, lang] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/ner/show-mentions.ts FILE [LANG]');
const text = readFileSync(file, 'utf8');
const doc = createPipeline([normalize, structure, language, sentences]).process(text, lang ? { language: lang } : undefined);
for (const mention of recognizeMentions(doc)) {
  process.stdout.write(`${mention.type}\t${mention.score?.toFixed(2)}\t${text.slice(mention.start, mention.end)}\n`);
}
