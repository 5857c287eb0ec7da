/** German cue words for the named-entity recogniser (see src/ner/lexicon.ts). */
import type { NerLexicon } from '../../ner/lexicon.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const nerLexicon: NerLexicon = {
  personCues: words(`
    herr herrn frau fräulein dr dr. prof prof. professor professorin doktor
    präsident präsidentin präsidenten vizepräsident vizepräsidentin ministerpräsident ministerpräsidentin
    kanzler kanzlerin bundeskanzler bundeskanzlerin altkanzler vizekanzler bundespräsident bundespräsidentin
    minister ministerin ministers bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
    landrat landrätin senator senatorin abgeordnete abgeordneter abgeordneten staatssekretär staatssekretärin
    könig königin kaiser kaiserin prinz prinzessin papst bischof bischöfin kardinal pfarrer pastor rabbiner imam
    general generalin oberst major leutnant kommandeur admiral
    trainer trainerin kapitän spieler spielerin stürmer torwart
    sprecher sprecherin chef chefin direktor direktorin leiter leiterin vorsitzende vorsitzender vorsitzenden
    geschäftsführer geschäftsführerin vorstand intendant intendantin autor autorin regisseur regisseurin
    sänger sängerin schauspieler schauspielerin journalist journalistin reporter reporterin korrespondent korrespondentin
    anwalt anwältin richter richterin staatsanwalt staatsanwältin experte expertin analyst analystin
    diktator machthaber premier premierminister premierministerin außenminister außenministerin
    verteidigungsminister verteidigungsministerin innenminister innenministerin finanzminister finanzministerin
    us-präsident ex-präsident ex-kanzler parteichef parteichefin kremlchef regierungschef regierungschefin
    staatschef staatschefin oppositionsführer oppositionsführerin sohn tochter vater mutter bruder schwester ehefrau ehemann witwe
  `),
  personCueEndings: ['chef', 'chefin', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'trainer', 'trainerin'],
  organisationForms: words(`
    gmbh ag kg ohg gbr ug se mbh e.v. ev e.g. eg kgaa co. co inc. inc ltd ltd. llc plc corp. corp s.a. sa n.v. nv holding konzern gruppe verlag bank
  `),
  organisationEndings: [
    'partei', 'verband', 'verein', 'gesellschaft', 'ministerium', 'bank', 'werke', 'gruppe', 'institut', 'universität', 'hochschule',
    'akademie', 'stiftung', 'behörde', 'gericht', 'gerichts', 'rat', 'rates', 'rats', 'kommission', 'agentur', 'konzern', 'zeitung', 'bund', 'union', 'fraktion',
  ],
  compoundNouns: true,
  functionWords: words(`
    der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen keines
    ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen mir dir
    mein meine dein deine sein seine ihre unser unsere euer eure
    dieser diese dieses diesem diesen jener jene jenes solche solcher solches welche welcher welches
    alle alles allen aller beide beiden beider einige einiger manche mancher viele vieler wenige weniger mehrere jeder jede jedes jedem jeden
    andere anderen anderer anders man niemand jemand nichts etwas
    und oder aber doch denn sondern sowie sowohl weder noch
    als wie wenn weil dass ob obwohl während nachdem bevor seit seitdem damit sodass falls sofern indem
    auch auch nur noch schon bereits immer nie nicht nun jetzt dann danach dabei dadurch dafür dagegen daher darum deshalb deswegen
    so sehr zudem zwar trotzdem jedoch allerdings außerdem ebenfalls ebenso inzwischen mittlerweile zunächst schließlich endlich
    hier dort da heute gestern morgen bald oft oftmals manchmal vielleicht wohl etwa fast kaum genau gerade eben ja nein
    was wer wen wem wessen wo wohin woher wann warum wieso weshalb wozu womit
    in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter neben zwischen hinter durch für gegen ohne um bis seit laut trotz wegen
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien wäre wären kann können konnte muss müssen soll sollen will wollen
    eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend erste ersten zweite dritte letzte letzten
    viel mehr meist meisten ganz gar selbst sogar lediglich rund insgesamt tatsächlich offenbar angeblich natürlich
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember
  `),
};
