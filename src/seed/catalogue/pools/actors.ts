import type { OrganisationType } from '../../../core/db/database.js';
import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

/**
 * Profiles of the organisations behind the entries. Slots: {name}, {city}, {founded}, {staff}.
 */
export interface ActorProfile {
  summaries: readonly string[];
  paragraphs: readonly string[];
  areas: readonly string[];
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
}

export const ACTOR_PROFILES: Readonly<Record<Exclude<OrganisationType, 'company'>, ActorProfile>> = {
  municipality: {
    summaries: [
      'Das Kommunale Integrationszentrum der Stadt {city} koordiniert Angebote zu Integration, Übergang Schule–Beruf und interkultureller Öffnung der Verwaltung.',
      'Ansprechpartner der Stadt {city} für Integration, Mehrsprachigkeit und interkulturelle Öffnung – für Bürgerinnen und Bürger, Schulen, Träger und Betriebe.',
    ],
    paragraphs: [
      'Das Kommunale Integrationszentrum ist die zentrale Stelle der Stadt {city} für Fragen der Integration. Es berät Schulen und Träger, bringt Akteure im Stadtgebiet zusammen und begleitet die Verwaltung bei ihrer interkulturellen Öffnung.',
      'Als Mitglied der Kooperation Integration.Interkommunal arbeitet die Stadt {city} eng mit sechs Nachbarstädten zusammen. Erfolgreiche Projekte werden so über Stadtgrenzen hinweg übertragen.',
      'Das Team spricht zusammen viele Sprachen und vermittelt bei Bedarf Dolmetschende für Gespräche mit Familien und Betrieben.',
    ],
    areas: [
      'Koordinierung der Integrationsarbeit im Stadtgebiet',
      'Interkulturelle Öffnung der Stadtverwaltung',
      'Übergang Schule–Beruf',
      'Elternarbeit und Mehrsprachigkeit',
      'Förderung von Migrantenorganisationen',
      'Monitoring und Integrationsberichte',
    ],
    fields: ['advice_municipalities', 'networking', 'monitoring', 'education'],
    targets: ['municipalities', 'schools', 'parents'],
  },
  cooperation_office: {
    summaries: [
      'Die Koordinierungsstelle der Städtekooperation Integration.Interkommunal betreibt diese Plattform, prüft Einträge und bringt die sieben Städte zusammen.',
    ],
    paragraphs: [
      'Sieben Städte des Ruhrgebiets – Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr und Oberhausen – arbeiten in der Kooperation Integration.Interkommunal zusammen. Die Koordinierungsstelle organisiert Foren, das gemeinsame Arbeitsprogramm und das Monitoring.',
      'Die Koordinierungsstelle prüft neue Einträge im Katalog, bevor sie veröffentlicht werden, und macht ähnliche Projekte in verschiedenen Städten sichtbar, damit gute Ideen vom Piloten in die Fläche kommen.',
    ],
    areas: [
      'Koordinierung der sieben Städte',
      'Redaktion und Prüfung des Katalogs',
      'Foren und Arbeitsprogramm',
      'Monitoring der gemeinsamen Ziele',
      'Kampagnen, die Potenziale zeigen',
    ],
    fields: ['networking', 'monitoring', 'communication'],
    targets: ['municipalities', 'smes', 'trainers'],
  },
  provider: {
    summaries: [
      '{name} berät und qualifiziert junge Menschen und Betriebe in {city} und der Region – mehrsprachig und mit Blick auf Stärken.',
      '{name} ist ein gemeinnütziger Bildungsträger aus {city} mit Angeboten rund um Ausbildung, Bewerbung und interkulturelle Kompetenz.',
      'Seit {founded} verbindet {name} Jugendliche, Familien und Betriebe in {city} und den Nachbarstädten.',
      '{name} unterstützt kleine und mittlere Unternehmen dabei, vielfältige Talente zu gewinnen und auszubilden.',
    ],
    paragraphs: [
      '{name} wurde {founded} gegründet und beschäftigt heute rund {staff} Mitarbeitende, die zusammen viele Sprachen sprechen. Die Angebote richten sich an Jugendliche, Eltern, Schulen und Betriebe.',
      'Im Mittelpunkt steht die Überzeugung, dass Mehrsprachigkeit und Erfahrungen aus anderen Ländern Stärken sind. Die Beratung beginnt deshalb immer mit der Frage, was jemand schon kann.',
      'Der Träger arbeitet eng mit Schulen, Betrieben und den Kommunalen Integrationszentren zusammen und beteiligt sich am Anbieterkreis der Kooperation.',
      'Viele Angebote sind kostenfrei, weil sie aus Fördermitteln und Spenden finanziert werden. Betriebe können Beratungen und Seminare auch individuell buchen.',
    ],
    areas: [
      'Bewerbungstraining und Berufsorientierung',
      'Ausbildungsbegleitung und Mentoring',
      'Qualifizierung von Ausbildenden',
      'Beratung für kleine und mittlere Unternehmen',
      'Berufsbezogene Sprachförderung',
      'Elternarbeit',
      'Anerkennungsberatung',
      'Kampagnen und Öffentlichkeitsarbeit',
    ],
    fields: ['apprenticeship_support', 'qualification', 'advice_companies', 'education', 'networking'],
    targets: ['young_people', 'smes', 'trainers', 'parents'],
  },
  school: {
    summaries: [
      '{name} in {city} bereitet Schülerinnen und Schüler aus vielen Ländern auf Ausbildung und Studium vor – mit festen Partnerbetrieben.',
      '{name} ist eine Schule in {city} mit Schwerpunkt Berufsorientierung und Mehrsprachigkeit.',
    ],
    paragraphs: [
      'An {name} lernen Jugendliche, die zusammen mehr als zwanzig Sprachen sprechen. Die Schule versteht diese Vielfalt als Stärke und macht sie in Unterricht und Berufsorientierung sichtbar.',
      'Partnerbetriebe aus dem Stadtteil bieten Erkundungen, Praktika und Bewerbungstrainings an. Eltern werden mehrsprachig in die Berufswahl einbezogen.',
      'Die Schule arbeitet mit der Vielfalts-Checkliste der Kooperation und entwickelt ihr Profil Jahr für Jahr weiter.',
    ],
    areas: [
      'Berufsorientierung',
      'Praktika und Partnerbetriebe',
      'Mehrsprachige Elternarbeit',
      'Herkunftssprachlicher Unterricht',
      'Schulentwicklung Vielfalt',
    ],
    fields: ['education', 'networking'],
    targets: ['young_people', 'parents', 'schools'],
  },
};

/**
 * Additional fictional actor organisations (associations, networks, training providers) so the
 * demo has as many actors as a real region would. Slot: {city} (short city name) and {stem}.
 */
export const EXTRA_ACTOR_PATTERNS: readonly string[] = [
  'Verein für Ausbildungspatenschaften {city} e. V.',
  'Elternnetzwerk Berufswahl {city} e. V.',
  'Interkulturelles Zentrum {stem} e. V.',
  'Unternehmerinnen- und Unternehmerverein {stem} e. V.',
  'Jugendwerkstatt {stem} gGmbH',
  'Lernhaus {stem} e. V.',
  'Bildungsinitiative {stem} e. V.',
  'Anerkennungsberatung {city} gGmbH',
  'Mentoring-Netzwerk {stem} e. V.',
  'Sprachbrücke {stem} e. V.',
  'Gründungswerkstatt {stem} gGmbH',
  'Kulturforum {stem} e. V.',
  'Zentrum für Übergänge {stem}',
  'Ausbildungsverbund {stem} gGmbH',
  'Medienwerkstatt Vielfalt {city} e. V.',
];
