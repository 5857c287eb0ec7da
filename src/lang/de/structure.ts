import type { StructureCues } from '../structure-cues.js';
import { calendarAbbreviations, months, weekdays } from './calendar.js';

export const structureCues: StructureCues = {
  relatedLinks: ['Siehe auch', 'Lesen Sie auch', 'Lesen Sie mehr', 'Lesen Sie hier', 'Mehr zum Thema', 'Mehr dazu', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren', 'Weitere Artikel', 'Weiterführende Links', 'Zum Thema', 'Passend dazu', 'Empfehlungen der Redaktion', 'Verwandte Artikel', 'Meistgelesen', 'Top-Artikel'],
  credits: ['Bildunterschrift', 'Bild', 'Bilder', 'Foto', 'Fotos', 'Quelle', 'Grafik', 'Bildquelle', 'Bildrechte', 'Titelbild', 'Symbolbild', 'Archivbild', 'Fotograf', 'Fotografin', 'Video', 'Copyright'],
  buttons: ['Ähnliche Artikel', 'Zurück zum Anfang', 'Zurück nach oben', 'Nach oben', 'Schaltfläche', 'Teilen', 'Artikel teilen', 'Drucken', 'Link kopieren', 'Kommentare', 'Kommentieren', 'Newsletter', 'Abonnieren', 'Jetzt abonnieren', 'Anzeige', 'Werbung', 'Weiterlesen', 'Mehr anzeigen', 'Mehr laden', 'Startseite', 'Menü', 'Suche', 'Impressum', 'Datenschutz', 'Alle Rechte vorbehalten', 'Cookie-Einstellungen', 'Zum Artikel', 'Zur Startseite', 'Merken', 'Vorlesen', 'Audio anhören', 'Lesezeit', 'Bild vergrößern', 'Feedback', 'Zum Inhalt springen', 'Direkt zum Inhalt', 'Zum Hauptinhalt springen'],
  bylineLeads: ['Von', 'Autor:', 'Autorin:', 'Text:', 'Ein Kommentar von', 'Eine Analyse von', 'Ein Gastbeitrag von'],
  authorNouns: ['Journalist', 'Journalistin', 'Redakteur', 'Redakteurin', 'Autor', 'Autorin', 'Korrespondent', 'Korrespondentin', 'Reporter', 'Reporterin', 'Volontär', 'Volontärin', 'Chefredakteur', 'Chefredakteurin', 'Kolumnist', 'Kolumnistin', 'schreibt', 'arbeitet'],
  navigationWords: ['Nachrichten', 'News', 'Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Panorama', 'Ausland', 'Inland', 'Meinung', 'Wissen', 'Digital', 'Regional', 'Welt', 'Home', 'Ressort', 'Themen', 'Video', 'Live'],
  contributorLeads: ['Mitarbeit', 'Mit Material von', 'Mit Material der', 'Redaktion:', 'Recherche:', 'Bearbeitet von'],
  captionTails: ['Archivbild', 'Archivfoto', 'Symbolbild', 'Symbolfoto', 'Bild vergrößern', 'Foto vergrößern'],
  datelineWords: [...months, ...weekdays, ...calendarAbbreviations, 'Uhr', 'Stand', 'aktualisiert', 'Aktualisiert', 'veröffentlicht', 'Veröffentlicht', 'zuletzt', 'Zuletzt', 'am', 'um', 'vor', 'Minuten', 'Stunden', 'MEZ', 'MESZ'],
};
