/** The help text, shown by `--help` and after a usage error. */
export const USAGE = `usage: lektor analyze [FILE|-] [options]

Reads a news article (German or English) from FILE, or from stdin when FILE is
'-' or absent, and prints its analysis: language, structure, sentences, named
entities, quotes with speakers and an extractive summary.

options:
  --format json|text|html   json (default): the Analysis object; text: a readable
                            report; html: a self-contained page with highlights
  --compact                 json on one line instead of indented
  --jsonl                   batch mode: one {"id": ..., "text": ...} per input line,
                            one result line per input line, in order
  --jobs N                  with --jsonl: analyse on N worker threads (default 1)
  --summary-sentences N     summary length in sentences
  --summary-words N         summary length in words
  --languages de,en         languages the detector may choose from
  --language de             skip detection, treat the text as this language
  --input text|html         text (default), or html: a web page whose article is
                            extracted first (offsets index the extracted text,
                            returned as "source"); with --jsonl, lines may give
                            {"id": ..., "html": ...} instead of "text"
  -h, --help                show this help
  -v, --version             show the version
`;
