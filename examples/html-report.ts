/**
 * A saved web page in, lektor's HTML report out: the article is taken out of the page (navigation,
 * ads, related links and footer stay behind), analysed, and shown as one self-contained page with
 * entities and quotes marked. Open the report in any browser; it loads nothing from the network.
 * Run: npx tsx examples/html-report.ts [PAGE] > report.html   (PAGE defaults to examples/pages/harbour-news.html)
 *
 * On the command line, `npx lektor analyze --input html PAGE --format html > report.html` does the same.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, htmlReport } from 'lektor';

const path = process.argv[2] ?? fileURLToPath(new URL('pages/harbour-news.html', import.meta.url));
const page = readFileSync(path, 'utf8');

const analysis = analyze(page, { input: 'html' });
process.stdout.write(htmlReport(analysis, page));
