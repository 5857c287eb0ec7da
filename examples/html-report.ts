/**
 * A saved web page in, lektor's HTML report out: the article is taken out of the page (navigation,
 * ads, related links and footer stay behind), analysed, and shown as one self-contained page with
 * entities and quotes marked. Open the report in any browser; it loads nothing from the network.
 * Run: npx tsx examples/html-report.ts [PAGE] > report.html   (PAGE defaults to examples/pages/harbour-news.html)
 *
 * The report is the command line's `--format html`, so this runs the `lektor` command of the
 * installed package; in a shell, `npx lektor analyze --input html PAGE --format html > report.html`
 * does the same. In code, `analyze(page, { input: 'html' })` gives the Analysis of a page.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const page = process.argv[2] ?? fileURLToPath(new URL('pages/harbour-news.html', import.meta.url));

const require = createRequire(import.meta.url);
const manifest = require.resolve('lektor/package.json');
const lektor = join(dirname(manifest), (require(manifest) as { bin: { lektor: string } }).bin.lektor);

const report = execFileSync(process.execPath, [lektor, 'analyze', '--input', 'html', '--format', 'html', page], { encoding: 'utf8' });
process.stdout.write(report);
