import type { StructureCues } from '../structure-cues.js';

export const structureCues: StructureCues = {
  relatedLinks: ['Siehe auch', 'Lesen Sie auch', 'Lesen Sie mehr', 'Lesen Sie hier', 'Mehr zum Thema', 'Mehr dazu', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren', 'Weitere Artikel', 'Weiterführende Links', 'Zum Thema', 'Passend dazu', 'Empfehlungen der Redaktion', 'Verwandte Artikel', 'Meistgelesen', 'Top-Artikel'],
  credits: ['Bild', 'Bilder', 'Foto', 'Fotos', 'Quelle', 'Grafik', 'Bildquelle', 'Bildrechte', 'Titelbild', 'Symbolbild', 'Archivbild', 'Fotograf', 'Fotografin', 'Video', 'Copyright'],
  buttons: ['Ähnliche Artikel', 'Zurück zum Anfang', 'Zurück nach oben', 'Nach oben', 'Schaltfläche', 'Teilen', 'Artikel teilen', 'Drucken', 'Link kopieren', 'Kommentare', 'Kommentieren', 'Newsletter', 'Abonnieren', 'Jetzt abonnieren', 'Anzeige', 'Werbung', 'Weiterlesen', 'Mehr anzeigen', 'Mehr laden', 'Startseite', 'Menü', 'Suche', 'Impressum', 'Datenschutz', 'Alle Rechte vorbehalten', 'Cookie-Einstellungen', 'Zum Artikel', 'Zur Startseite', 'Merken', 'Vorlesen', 'Audio anhören', 'Lesezeit'],
  bylineLeads: ['Von', 'Autor:', 'Autorin:', 'Text:', 'Ein Kommentar von', 'Eine Analyse von', 'Ein Gastbeitrag von'],
  authorNouns: ['Journalist', 'Journalistin', 'Redakteur', 'Redakteurin', 'Autor', 'Autorin', 'Korrespondent', 'Korrespondentin', 'Reporter', 'Reporterin', 'Volontär', 'Volontärin', 'Chefredakteur', 'Chefredakteurin', 'Kolumnist', 'Kolumnistin', 'schreibt', 'arbeitet'],
  navigationWords: ['Nachrichten', 'News', 'Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Panorama', 'Ausland', 'Inland', 'Meinung', 'Wissen', 'Digital', 'Regional', 'Welt', 'Home', 'Ressort', 'Themen', 'Video', 'Live'],
};
