import { run } from './scripts/eval/quotes.js';
try { await run({ task: 'quotes', data: 'test/fixtures/quotes-en.jsonl', lang: undefined, extra: {} }); } catch (e) { console.error((e as Error).stack); }
