/** English abbreviations and sentence openers for the sentence splitter (curated; AP style and common web usage). */
import type { SentenceLexiconData } from '../../sentences/lexicon.js';

export const sentenceLexicon: SentenceLexiconData = {
  continuing: [
    // titles and ranks
    'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Rev', 'Hon', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Gen', 'Lt', 'Col',
    'Maj', 'Capt', 'Cmdr', 'Cmdt', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Spc', 'Supt', 'Insp', 'Det', 'Atty', 'Pres', 'Amb', 'Brig',
    'Fr', 'Msgr', 'Mt', 'Ft', 'Pt',
    // Latin and reference words that always have a continuation
    'e.g', 'i.e', 'eg', 'cf', 'vs', 'viz', 'approx', 'ca', 'a.k.a', 'incl', 'esp', 'resp', 'Ref', 'et', 'P.S', 'Attn',
  ],
  closable: [
    'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Jr', 'Sr', 'Esq', 'Assn', 'Dept', 'Univ', 'Intl', 'Natl', 'Govt', 'Mfg',
    'Ave', 'Blvd', 'Rd', 'St', 'Sq', 'Hwy', 'al', 'est', 'min', 'hrs', 'sec', 'oz', 'lb', 'lbs', 'ft', 'yr', 'yrs',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    // weekdays, but not "Sat" and "Sun", which are words as well
    'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Conf',
    // AP state abbreviations
    'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich',
    'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
    'U.S', 'U.K', 'U.N', 'E.U', 'U.S.A', 'D.C', 'Ph.D', 'B.A', 'M.A', 'B.S', 'M.D', 'Ph',
  ],
  oftenFinal: ['etc', 'a.m', 'p.m', 'A.M', 'P.M'],
  continuations: [
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri',
    'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST',
    'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Hawaii', 'Alaska',
  ],
  compoundEndings: [],
  beforeNumber: ['No', 'Nos', 'no', 'Vol', 'vol', 'Fig', 'Figs', 'fig', 'p', 'pp', 'Ch', 'ch', 'Sec', 'Art', 'Para', 'Ex', 'Exh', 'Tel', 'tel', 'Ext', 'ext'],
  starters: [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Then', 'Thus', 'Here', 'He', 'She', 'It', 'They', 'We', 'I', 'You',
    'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'From', 'With', 'By',
    'After', 'Before', 'When', 'While', 'If', 'As', 'Although', 'Though', 'Because', 'Since', 'Meanwhile', 'However', 'Still', 'Also',
    'Now', 'Today', 'Yesterday', 'Many', 'Most', 'Some', 'Several', 'Both', 'All', 'Each', 'Every', 'No', 'Not', 'What', 'Who', 'Which',
    'Where', 'Why', 'How', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Will', 'Would', 'Can', 'Could',
    'Should', 'May', 'Might', 'Such', 'Another', 'Only', 'Even', 'During', 'Despite', 'Instead', 'Later', 'Earlier', 'Please', 'Thanks',
  ],
  ordinalDot: false,
  lowercaseContinues: false,
};
