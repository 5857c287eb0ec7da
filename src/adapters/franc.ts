/**
 * The only file that loads franc. franc speaks ISO 639-3; lektor answers in 639-1 where one exists.
 * franc is loaded on first use: its trigram data costs about 100 ms CPU at import, and the
 * default languages never need it (the 4-gram model knows them all, see langid/identify.ts).
 */
import { loadPackage } from '../platform.js';

type Franc = typeof import('franc');

/** franc is ESM without top-level await, which require() loads synchronously (Node >= 20.19). */
const loadFranc = (): Franc => loadPackage<Franc>('franc');

const TO_ISO1: Record<string, string> = {
  deu: 'de', eng: 'en', fra: 'fr', nld: 'nl', spa: 'es', ita: 'it', pol: 'pl', rus: 'ru', ukr: 'uk', por: 'pt', swe: 'sv', dan: 'da',
  nob: 'nb', nno: 'nn', fin: 'fi', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ron: 'ro', hun: 'hu',
  ell: 'el', tur: 'tr', ara: 'ar', heb: 'he', fas: 'fa', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi',
  tha: 'th', ind: 'id', zlm: 'ms', cat: 'ca', eus: 'eu', glg: 'gl', est: 'et', lav: 'lv', lit: 'lt', isl: 'is', gle: 'ga', cym: 'cy',
  bel: 'be', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', swh: 'sw', afr: 'af', sqi: 'sq', mkd: 'mk', lat: 'la', epo: 'eo',
  tgl: 'tl', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne', sin: 'si', khm: 'km', mya: 'my',
  amh: 'am', yor: 'yo', hau: 'ha', ibo: 'ig', zul: 'zu', xho: 'xh', som: 'so', ltz: 'lb', fry: 'fy', bre: 'br',
};
const TO_ISO3: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TO_ISO1).map(([three, one]) => [one, three])),
  // Norwegian as a whole: franc knows its written standards, Bokmål the more common one.
  no: 'nob',
};

export const toIso1 = (code: string): string => TO_ISO1[code] ?? code;
export const toIso3 = (code: string): string => TO_ISO3[code] ?? code;

/**
 * franc's scores (1 = best, relative) for `text` among `languages` (ISO 639-1 or 639-3), best
 * first, each under the code it was asked for.
 */
export function francScores(text: string, languages: readonly string[], minLength = 10): { code: string; score: number }[] {
  const asked = new Map(languages.map((code) => [toIso3(code), code]));
  const results = loadFranc().francAll(text, { only: [...asked.keys()], minLength });
  return results.filter(([code]) => code !== 'und').map(([code, score]) => ({ code: asked.get(code) ?? toIso1(code), score }));
}
