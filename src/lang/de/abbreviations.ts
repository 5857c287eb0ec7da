/** German abbreviations and sentence openers for the sentence splitter (curated; Duden usage and news style). */
import type { SentenceLexiconData } from '../../sentences/lexicon.js';

export const sentenceLexicon: SentenceLexiconData = {
  continuing: [
    'z.B', 'z.T', 'z.Zt', 'd.h', 'v.a', 'i.d.R', 'i.A', 'i.V', 'u.U', 'o.g', 's.o', 's.u', 'bzw', 'ca', 'vgl', 'sog', 'ggf', 'evtl',
    'gegr', 'zit', 'inkl', 'exkl', 'zzgl', 'bspw', 'insb', 'bzgl', 'betr', 'gem', 'lt', 'entspr', 'ehem', 'urspr', 'allg', 'Hr', 'Hrn', 'Fr', 'Frl',
    'Dr', 'Prof', 'Dipl', 'Ing', 'Mag', 'Univ', 'Hl', 'Präs', 'Gen', 'Abg', 'Bf', 'Pfr', 'Sr', 'Kath', 'ev', 'kath', 'röm',
    'med', 'phil', 'jur', 'rer', 'nat', 'oec', 'habil', 'Az', 'Gz', 'ggü', 'dt', 'österr', 'schweiz', 'amerik', 'frz', 'engl', 'ital', 'russ', 'span',
  ],
  closable: [
    // "St." is Sankt before a name and Straße at the end of an address
    'St', 'u.a', 'Mio', 'Mrd', 'Tsd', 'Jh', 'Jhd', 'Jhs', 'Jahrh', 'Chr', 'n.Chr',
    'v.Chr', 'a.D', 'e.V', 'Str', 'Pl', 'Hbf', 'Bhf', 'Jhdt', 'Aufl', 'Bde', 'Hg', 'Hrsg', 'geb', 'gest', 'verh', 'Abt', 'min', 'Min', 'Std', 'Sek',
    'Jan', 'Febr', 'Feb', 'Apr', 'Aug', 'Sept', 'Sep', 'Okt', 'Nov', 'Dez',
  ],
  oftenFinal: ['usw', 'etc', 'u.ä', 'o.ä', 'u.v.m', 'u.Ä', 'o.Ä'],
  continuations: ['Uhr', 'MEZ', 'MESZ'],
  // street names: "Hauptstr. 5", "in der Goethestr."
  compoundEndings: ['str'],
  beforeNumber: ['Nr', 'Nrn', 'S', 'Art', 'Abs', 'Bd', 'Kap', 'Tab', 'Abb', 'Ziff', 'Jg', 'Bl', 'Anm', 'Rn', 'Tel', 'Fax', 'Pkt'],
  starters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines', 'Kein', 'Keine', 'Er', 'Sie', 'Es',
    'Wir', 'Ich', 'Ihr', 'Man', 'Du', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesem', 'Diesen', 'Sein', 'Seine', 'Seiner', 'Seinem',
    'Seinen', 'Ihre', 'Ihrem', 'Ihren', 'Ihrer', 'Unser', 'Unsere', 'Mein', 'Meine', 'Alle', 'Viele', 'Einige', 'Manche', 'Beide',
    'Jeder', 'Jede', 'Jedes', 'Dort', 'Da', 'Dann', 'Danach', 'Damit', 'Dabei', 'Dafür', 'Dagegen', 'Daher', 'Darauf', 'Deshalb',
    'Deswegen', 'Doch', 'Aber', 'Und', 'Oder', 'Denn', 'Auch', 'Als', 'Am', 'Im', 'Ins', 'In', 'An', 'Auf', 'Aus', 'Bei', 'Beim',
    'Mit', 'Nach', 'Von', 'Vom', 'Vor', 'Zu', 'Zum', 'Zur', 'Für', 'Über', 'Unter', 'Um', 'Seit', 'Während', 'Wegen', 'Trotz', 'Ohne',
    'Gegen', 'Bis', 'Durch', 'Wenn', 'Weil', 'Ob', 'Obwohl', 'Dass', 'Wie', 'Was', 'Wer', 'Wo', 'Wann', 'Warum', 'Wieso', 'Welche',
    'Welcher', 'Nun', 'Noch', 'Nicht', 'Nur', 'So', 'Schon', 'Jetzt', 'Heute', 'Gestern', 'Zudem', 'Außerdem', 'Allerdings',
    'Trotzdem', 'Dennoch', 'Jedoch', 'Bereits', 'Zunächst', 'Später', 'Inzwischen', 'Hier', 'Immer', 'Ebenfalls', 'Sogar',
    'Vielleicht', 'Insgesamt', 'Laut', 'Zwar', 'Erst', 'Ja', 'Nein', 'Bitte',
  ],
  ordinalDot: true,
  lowercaseContinues: true,
};
