/**
 * The page's inline style and script. Text colours are checked against their backgrounds for
 * WCAG AA (4.5:1) in test/report-browser.test.ts; entity types differ by underline style too, so
 * that colour is never the only cue.
 */
export const STYLE = `
:root { --ink: #1c1c1c; --muted: #4f4f4f; --paper: #fbfaf6; --line: #d9d6cc; --focus: #1a4fd6; }
* { box-sizing: border-box; }
body { font: 17px/1.6 Georgia, 'DejaVu Serif', serif; margin: 0; color: var(--ink); background: var(--paper); }
header, main { max-width: 76rem; margin: 0 auto; padding: 1.5rem 2rem; }
header { font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: 15px; border-bottom: 1px solid var(--line); }
header h2, aside h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; margin: 1rem 0 .3rem; color: var(--muted); }
.meta { margin: 0; color: var(--muted); }
.summary { font: 17px/1.55 Georgia, 'DejaVu Serif', serif; margin: 0; max-width: 50rem; }
.keyphrases { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; margin: 0; }
.keyphrases li { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; background: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; list-style: none; padding: 0; margin: .8rem 0 0; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2.5rem; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } }
article h1 { font-size: 1.8rem; line-height: 1.25; }
aside { font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: 14px; }
aside ul, aside ol { padding-left: 1.2rem; } aside li { margin-bottom: .35rem; }
.none, .empty { color: var(--muted); font-style: italic; }
.ent { color: var(--ink); border-radius: 2px; padding: 0 1px; border-bottom: 2px solid; }
.PER { background: #ffe0ad; border-bottom-color: #8a4b00; }
.LOC { background: #c8ecd3; border-bottom-color: #1d6b36; border-bottom-style: dashed; }
.ORG { background: #d3e2ff; border-bottom-color: #1f4aa8; border-bottom-style: double; border-bottom-width: 3px; }
.MISC { background: #efd9f6; border-bottom-color: #7a2a94; border-bottom-style: dotted; }
.quote { font-style: italic; text-decoration: underline 1px #a0241b; text-underline-offset: .45em; }
.quote.scare { text-decoration-style: dotted; }
.quote.indirect { text-decoration-style: dashed; }
.quote.selected { background: #fff1a6; outline: 2px solid #7a5a00; outline-offset: 1px; text-decoration-color: #7a5a00; }
.speaker.selected { outline: 2px dashed #7a5a00; }
.foreign { outline: 1px dotted var(--muted); }
.byline, .boilerplate { color: var(--muted); font-family: system-ui, 'DejaVu Sans', sans-serif; font-size: 14px; }
.boilerplate { background: #eeece6; border-left: 4px solid #b3afa3; padding: .3rem .6rem; }
.byline::before, .boilerplate::before, .other-language::before {
  display: inline-block; margin-right: .5rem; padding: 0 .35rem; border: 1px solid currentColor; border-radius: 3px;
  font: 11px/1.6 system-ui, 'DejaVu Sans', sans-serif; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
}
.byline::before { content: "byline"; } .boilerplate::before { content: "boilerplate"; }
.other-language::before { content: "language: " attr(lang); }
.entities .type, .count { color: var(--muted); font-size: 13px; }
.speaker-button { font: inherit; font-weight: 600; color: var(--ink); background: #fff; border: 1px solid #8c877a; border-radius: 4px; padding: .15rem .5rem; cursor: pointer; }
.speaker-button[aria-pressed="true"] { background: #fff1a6; border-color: #7a5a00; }
a { color: #1746b8; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;

/**
 * Clicking a speaker marks that speaker's quotes in the article (and the place where the speaker
 * is named); clicking it again, or another speaker, changes the selection.
 */
export const SCRIPT = `
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('button[data-speaker]');
  if (!button) return;
  var key = button.getAttribute('aria-pressed') === 'true' ? null : button.dataset.speaker;
  document.querySelectorAll('button[data-speaker]').forEach(function (other) {
    other.setAttribute('aria-pressed', String(other.dataset.speaker === key));
  });
  var first = null;
  document.querySelectorAll('article [data-speaker]').forEach(function (element) {
    var selected = element.dataset.speaker === key;
    element.classList.toggle('selected', selected);
    if (selected && !first && element.classList.contains('quote')) first = element;
  });
  if (first) first.scrollIntoView({ block: 'nearest' });
});
`;
