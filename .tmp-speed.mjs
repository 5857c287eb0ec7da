import { readFileSync } from 'node:fs';
import { francAll } from 'franc';
const L = ['de','en','fr','nl','es','it','pl','ru','uk','pt','sv','da'];
const L3 = ['deu','eng','fra','nld','spa','ita','pol','rus','ukr','por','swe','dan'];
const D = '/work/shared/data/langid';
const lines = L.flatMap(l => readFileSync(`${D}/sentences/${l}.txt`,'utf8').split('\n').filter(Boolean));
const { eld } = await import(`eld/small`);
const { eld: eldl } = await import(`eld/large`);
eld.setLanguageSubset(L);
function time(name, f) { for (let r=0;r<3;r++){ const t0=performance.now(); for (const s of lines) f(s); console.log(name, Math.round(lines.length/((performance.now()-t0)/1000)));} }
time('eld-small', s=>eld.detect(s));
time('eld-small-scores', s=>eld.detect(s).getScores());
time('eld-large', s=>eldl.detect(s));
time('franc12', s=>francAll(s,{only:L3}));
time('francall', s=>francAll(s));
