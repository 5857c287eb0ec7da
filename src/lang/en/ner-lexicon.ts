/** English cue words for the named-entity recogniser (see src/ner/lexicon.ts). */
import type { NerLexicon } from '../../ner/lexicon.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const nerLexicon: NerLexicon = {
  personCues: words(`
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr. st.
    president vice-president chancellor minister secretary senator sen. rep. representative congressman congresswoman
    governor gov. mayor councillor councilman councilwoman commissioner ambassador premier prime
    king queen prince princess emperor pope bishop cardinal archbishop rabbi imam
    general gen. colonel col. lt. lieutenant major maj. captain capt. sergeant sgt. admiral commander cmdr. officer
    coach manager striker goalkeeper midfielder defender
    spokesman spokeswoman spokesperson chairman chairwoman chair chief director ceo cfo founder executive
    judge justice attorney prosecutor lawyer sheriff inspector detective
    author writer actor actress singer director producer journalist reporter correspondent analyst economist professor
    son daughter father mother brother sister wife husband widow
  `),
  personCueEndings: ['minister', 'secretary', 'spokesman', 'spokeswoman'],
  organisationForms: words(`
    inc inc. ltd ltd. llc plc corp corp. co co. company group holdings gmbh ag sa s.a. nv n.v. bank university institute
  `),
  organisationEndings: [
    'party', 'association', 'ministry', 'bank', 'group', 'institute', 'university', 'college', 'foundation', 'agency', 'council',
    'committee', 'corporation', 'company', 'department', 'club', 'union', 'commission', 'court', 'times', 'news', 'post',
  ],
  compoundNouns: false,
  functionWords: words(`
    the a an this that these those some any no every each all both either neither
    i you he she it we they me him her us them my your his its our their
    and or but nor so yet for if when while because although though since unless until after before as
    what who whom whose which where why how there here then now today yesterday tomorrow
    in on at by with from to of into onto over under about between through during without within against among
    is are was were be been being has have had do does did will would shall should can could may might must
    not also just only still already even never always often however meanwhile moreover instead perhaps
    one two three four five six seven eight nine ten first second third last
    monday tuesday wednesday thursday friday saturday sunday
  `),
};
