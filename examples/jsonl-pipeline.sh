#!/usr/bin/env bash
# Batch analysis with lektor's JSONL mode: one {"id": ..., "text": ...} per input line, one result
# line per input line, in input order, so lektor fits into any line-oriented batch system.
# Run from the repository root after `npm run build`: bash examples/jsonl-pipeline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
lektor() { node dist/cli/main.js "$@"; }   # or `npx lektor` / the installed `lektor` binary

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Make a JSONL file: each corpus article becomes one record (plus one bad line, to show error records).
node -e '
  const fs = require("node:fs");
  for (const file of fs.readdirSync("corpus/de").filter((name) => name.endsWith(".txt"))) {
    console.log(JSON.stringify({ id: file, text: fs.readFileSync("corpus/de/" + file, "utf8") }));
  }
  console.log("this line is not JSON");
' > "$work/articles.jsonl"

# 2. One process, two worker threads; results keep the input order.
lektor analyze --jsonl --jobs 2 --summary-sentences 2 "$work/articles.jsonl" > "$work/results.jsonl"

# 3. Each result line is the Analysis with the input id first, or {"id": ..., "error": ...}.
node -e '
  const lines = require("node:fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
  for (const line of lines) {
    const r = JSON.parse(line);
    console.log(r.error ? `${r.id}: error: ${r.error}` : `${r.id}: ${r.language.code}, ${r.entities.length} entities, ${r.quotes.length} quotes, title: ${r.title?.text}`);
  }
' "$work/results.jsonl"

# 4. GNU parallel, when it is installed: blocks of 1000 lines per lektor process; -k keeps the order.
if command -v parallel > /dev/null; then
  parallel --pipe -N 1000 -k node dist/cli/main.js analyze --jsonl < "$work/articles.jsonl" | wc -l
fi
