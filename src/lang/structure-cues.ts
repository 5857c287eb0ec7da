/** The shape of the page-clutter cues each language contributes to the structure stage. */
export interface StructureCues {
  /** Leads of related-link lines: "Siehe auch", "Read more". */
  relatedLinks: readonly string[];
  /** Leads of image and source credits, followed by ':' or '©': "Bild", "Photo". */
  credits: readonly string[];
  /** Labels of buttons, widgets and footer links: "Ähnliche Artikel", "Share this article". */
  buttons: readonly string[];
  /** Words that open a byline: "Von", "By". */
  bylineLeads: readonly string[];
  /** Nouns that make a paragraph an author bio when it is about the byline's person. */
  authorNouns: readonly string[];
  /** Words a name line never contains, though capitalised (German nouns and sentence starts). */
  navigationWords: readonly string[];
  /** Leads of contributor credits under a story: "Mitarbeit:", "Reporting by ...; Editing by ...". */
  contributorLeads: readonly string[];
  /** Words that close an image caption: "… am Hauptbahnhof. Archivbild", "… in 2019. File photo". */
  captionTails: readonly string[];
  /** The words of a dateline besides numbers: months, weekdays, "Uhr", "Stand", "Updated", "ago". */
  datelineWords: readonly string[];
}
