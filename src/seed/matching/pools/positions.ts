import type { PositionKind } from '../../../modules/matching/tables.js';
import type { SiteKind } from '../../data/trades.js';

/**
 * Text pools for generated positions. Slots: {occupation} (the official occupation name),
 * {company}, {city}, {district} (a place in the city). Everything is fictional demo text.
 */

export const TITLE_PATTERNS: Readonly<Record<PositionKind, readonly string[]>> = {
  apprenticeship: ['Ausbildung {occupation}', 'Ausbildungsplatz {occupation}', 'Wir bilden aus: {occupation}'],
  internship: [
    'Praktikum {occupation}',
    'Orientierungspraktikum {occupation}',
    'Praktikum vor der Ausbildung: {occupation}',
  ],
  school_internship: ['Schülerpraktikum {occupation}', 'Schülerbetriebspraktikum {occupation}'],
  dual_study: ['Duales Studium mit Ausbildung {occupation}', 'Ausbildung {occupation} mit dualem Studium'],
};

export const OPENINGS: Readonly<Record<PositionKind, readonly string[]>> = {
  apprenticeship: [
    '{company} bildet seit vielen Jahren in {city} aus und sucht Verstärkung für das nächste Ausbildungsjahr.',
    'Bei {company} lernst du den Beruf {occupation} von Grund auf – in einem kleinen Team, das sich Zeit für dich nimmt.',
    'Unser Betrieb in {district} wächst. Deshalb suchen wir junge Menschen, die bei uns {occupation} werden wollen.',
    'Du willst anpacken und einen Beruf mit Zukunft lernen? Bei {company} in {city} bist du richtig.',
  ],
  internship: [
    'Im Praktikum bei {company} lernst du den Alltag im Beruf {occupation} kennen und kannst prüfen, ob er zu dir passt.',
    'Vier bis sechs Wochen mitarbeiten, Fragen stellen, ausprobieren: Unser Praktikum in {city} ist ein guter Start.',
    'Du überlegst, ob {occupation} etwas für dich ist? Bei uns in {district} kannst du es herausfinden.',
  ],
  school_internship: [
    'Schülerinnen und Schüler der Klassen 8 bis 10 können bei {company} zwei oder drei Wochen in den Beruf {occupation} hineinschnuppern.',
    'Dein Schulpraktikum bei {company} in {city}: Du begleitest unser Team und darfst selbst mit anfassen.',
  ],
  dual_study: [
    '{company} bietet ein duales Studium an: Theorie an der Hochschule, Praxis bei uns in {city} und die Ausbildung {occupation} dazu.',
    'Studium und Ausbildung in einem: Im dualen Modell bei {company} verdienst du ab dem ersten Tag.',
  ],
};

export const TASKS: readonly string[] = [
  'Du arbeitest von Anfang an in echten Aufträgen mit und übernimmst Schritt für Schritt eigene Aufgaben.',
  'Feste Ansprechpersonen begleiten dich durch die ganze Zeit bei uns.',
  'Die Berufsschule besuchst du in {city} oder in einer Nachbarstadt; wir planen die Wege mit dir.',
  'Bei uns arbeiten Menschen aus vielen Ländern zusammen. Wenn du mehrere Sprachen sprichst, ist das für uns ein Gewinn.',
  'Unsere Kundschaft ist so vielfältig wie das Ruhrgebiet – Sprachkenntnisse helfen dir im Alltag.',
  'Wir achten auf gute Einarbeitung, regelmäßige Feedbackgespräche und Zeit zum Lernen vor Prüfungen.',
  'Nach erfolgreichem Abschluss möchten wir dich gern übernehmen.',
  'Du bekommst Einblick in alle Abteilungen und lernst, wie ein Betrieb im Ganzen funktioniert.',
];

export const CLOSINGS: readonly string[] = [
  'Wir laden nach dem anonymisierten Verfahren ein: Uns interessiert, was du kannst, nicht wie du heißt.',
  'Schulnoten sind nicht alles. Erzähl uns, was dich antreibt.',
  'Du hast Fragen? Schreib uns über die Plattform – wir antworten in der Regel innerhalb von zwei Tagen.',
  'Auch wenn dein Schulabschluss im Ausland erworben wurde und die Anerkennung noch läuft: Bewirb dich!',
];

/** Place labels for a position's address by the kind of the trade's sites, without a street (the demo invents no street addresses). */
export const SITE_LABELS: Readonly<Record<SiteKind, readonly string[]>> = {
  workshop: ['Betrieb', 'Werkstatt', 'Hauptsitz'],
  shop: ['Geschäft', 'Filiale', 'Hauptgeschäft'],
  office: ['Büro', 'Hauptsitz', 'Niederlassung'],
  plant: ['Werk', 'Ausbildungszentrum', 'Hauptsitz'],
  practice: ['Praxis'],
  care: ['Pflegebüro', 'Hauptsitz'],
  hospitality: ['Haus', 'Betrieb'],
  site: ['Hauptsitz', 'Niederlassung', 'Betriebshof'],
};
