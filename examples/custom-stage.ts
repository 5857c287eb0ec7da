/**
 * A pipeline stage of your own: after lektor's stages, flag every sentence that states a figure
 * (a number, a year, a percentage), the sentences a fact-checker reads first, and count the
 * quotes of each speaker.
 * Run: npx tsx examples/custom-stage.ts [FILE]   (FILE defaults to the bundled German article)
 */
import { readFileSync } from 'node:fs';
import { createPipeline, defaultStages, type Doc, type Stage } from 'lektor';

interface Findings {
  sentencesWithFigures: { sentence: string; figures: string[] }[];
  quotesPerSpeaker: Map<string, number>;
}

// A stage fills the document in place; what it adds beyond lektor's fields is kept beside it.
const findings = new WeakMap<Doc, Findings>();

const editorsNotes: Stage = {
  name: 'editors-notes',
  run(doc) {
    const sentencesWithFigures = doc.sentences.flatMap((sentence) => {
      const figures = doc.tokens.slice(sentence.firstToken, sentence.endToken).filter((token) => token.kind === 'number');
      return figures.length > 0 ? [{ sentence: doc.slice(sentence), figures: figures.map((token) => doc.slice(token)) }] : [];
    });
    const quotesPerSpeaker = new Map<string, number>();
    for (const quote of doc.quotes) {
      if (quote.speaker) quotesPerSpeaker.set(quote.speaker.name, (quotesPerSpeaker.get(quote.speaker.name) ?? 0) + 1);
    }
    findings.set(doc, { sentencesWithFigures, quotesPerSpeaker });
  },
};

const pipeline = createPipeline([...defaultStages, editorsNotes]);

const path = process.argv[2] ?? new URL('../corpus/de/putin-kim.txt', import.meta.url);
// process() returns the filled document model (tokens and all); analyze() would return the plain Analysis.
const doc = pipeline.process(readFileSync(path, 'utf8'));
const { sentencesWithFigures, quotesPerSpeaker } = findings.get(doc)!;

console.log(`Sentences with figures: ${sentencesWithFigures.length} of ${doc.sentences.length}`);
for (const { sentence, figures } of sentencesWithFigures) {
  console.log(`  [${figures.join(', ')}] ${sentence.replace(/\s+/g, ' ')}`);
}

console.log('\nQuotes per speaker:');
for (const [speaker, count] of [...quotesPerSpeaker].sort((a, b) => b[1] - a[1])) console.log(`  ${count}  ${speaker}`);
