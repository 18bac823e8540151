import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

export type EventFormatKind = 'in_person' | 'online' | 'hybrid';

/**
 * One event as it is announced: a title with the summary, introduction and programme written
 * for that title (never drawn apart), and the formats it can take. An event that only works in
 * one room (a speed dating, a parents' café) is in person; a short input for busy owners may be
 * online. Texts of variants that can be online never say "vor Ort" or name a room.
 * Slots: {city}, {place} (district or city; in-person variants only).
 */
export interface EventVariant {
  title: string;
  summary: string;
  intro: string;
  programme: readonly string[];
  formats: readonly EventFormatKind[];
}

/** Event formats: what a kind of event is for, and its variants. */
export interface EventFormat {
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
  variants: readonly EventVariant[];
  /** Typical capacity range; some events are kept deliberately small. */
  capacity: readonly [number, number];
  hours: readonly [number, number];
}

const IN_PERSON: readonly EventFormatKind[] = ['in_person'];
const IN_PERSON_OR_HYBRID: readonly EventFormatKind[] = ['in_person', 'in_person', 'hybrid'];
const ONLINE: readonly EventFormatKind[] = ['online'];
const ANY: readonly EventFormatKind[] = ['in_person', 'online', 'hybrid'];

export const EVENT_FORMATS: readonly EventFormat[] = [
  {
    fields: ['networking', 'apprenticeship_places'],
    targets: ['young_people', 'smes'],
    variants: [
      {
        title: 'Azubi-Speed-Dating',
        summary:
          'Jugendliche und Betriebe lernen sich in kurzen Gesprächen kennen – Stärken und Sprachen zählen mehr als Noten.',
        intro:
          'Zehn Minuten pro Gespräch, dann klingelt die Glocke: Jugendliche wechseln von Tisch zu Tisch und stellen sich Betrieben vor, die noch Auszubildende suchen. Bewerbungsunterlagen sind nicht nötig, nur Neugier.',
        programme: [
          'Ankommen und Steckbrief ausfüllen',
          'Kurzgespräche mit Betrieben',
          'Beratung zu Bewerbungsunterlagen',
          'Vereinbarung von Praktika und Probearbeit',
        ],
        formats: IN_PERSON,
      },
      {
        title: 'Ausbildungsbörse {city}: Betriebe treffen Talente',
        summary:
          'Betriebe aus {city} und den Nachbarstädten stellen freie Ausbildungsplätze vor. Gespräche sind direkt vor Ort möglich.',
        intro:
          'An den Ständen zeigen Auszubildende selbst, was sie in ihrem Beruf tun. Wer mag, bringt einen Lebenslauf mit und verabredet sich gleich zum Praktikum.',
        programme: [
          'Stände der Betriebe und Berufsschulen',
          'Mitmachstationen aus Handwerk, Pflege und Industrie',
          'Bewerbungsfotos kostenlos',
          'Kurzgespräche mit Ausbildungsleitungen',
        ],
        formats: IN_PERSON,
      },
      {
        title: 'Last-Minute-Börse für Ausbildungsplätze',
        summary:
          'Kurz vor dem Ausbildungsstart sind noch Plätze frei: Betriebe und Jugendliche ohne Zusage finden hier zusammen.',
        intro:
          'Im Spätsommer haben viele Betriebe noch unbesetzte Plätze, und viele Jugendliche warten noch auf eine Zusage. Die Börse bringt beide an einem Nachmittag zusammen; die Berufsberatung ist mit dabei.',
        programme: [
          'Übersicht der freien Plätze nach Berufen',
          'Kurzgespräche mit Betrieben',
          'Beratung durch die Berufsberatung',
          'Verabredung von Probearbeitstagen',
        ],
        formats: IN_PERSON,
      },
    ],
    capacity: [40, 120],
    hours: [3, 4],
  },
  {
    fields: ['qualification'],
    targets: ['trainers', 'smes'],
    variants: [
      {
        title: 'Fachtag Ausbilden in vielfältigen Teams',
        summary:
          'Ausbildende aus Handwerk, Industrie und Pflege tauschen Erfahrungen aus und nehmen Werkzeuge für den Alltag mit.',
        intro:
          'Der Fachtag beginnt mit einem Vortrag über Ausbildung in Teams mit vielen Sprachen und Lebenswegen. Am Nachmittag arbeiten die Teilnehmenden in kleinen Gruppen an Fällen aus ihren eigenen Betrieben.',
        programme: [
          'Impulsvortrag',
          'Fallbeispiele aus den Betrieben der Teilnehmenden',
          'Arbeitsgruppen',
          'Vernetzung beim Imbiss',
        ],
        formats: IN_PERSON_OR_HYBRID,
      },
      {
        title: 'Werkstattgespräch: Feedback in der Ausbildung',
        summary:
          'Wie sage ich klar, was nicht gut lief, ohne zu entmutigen? Ausbildende üben Feedbackgespräche an Beispielen aus dem Betrieb.',
        intro:
          'Rückmeldung gehört zum Ausbildungsalltag, und doch fällt sie vielen schwer – besonders, wenn Auszubildende andere Erwartungen an Kritik mitbringen. Im Werkstattgespräch üben kleine Gruppen mit kurzen Rollenspielen.',
        programme: [
          'Kurze Einführung: was gutes Feedback ausmacht',
          'Rollenspiele in Dreiergruppen',
          'Austausch über schwierige Gespräche',
          'Gesprächsleitfaden zum Mitnehmen',
        ],
        formats: ANY,
      },
      {
        title: 'Online-Impuls: Interkulturelle Kompetenz für Ausbildende',
        summary:
          'Ein kurzer Impuls und viel Zeit für Fragen: wie Ausbildung in vielfältigen Teams gelingt – bequem vom Arbeitsplatz aus.',
        intro:
          'Neunzig Minuten, eine Referentin aus der Praxis, viele Fragen aus dem Chat: Der Online-Impuls ist für Ausbildende gedacht, die wenig Zeit haben und trotzdem Neues mitnehmen möchten.',
        programme: ['Impuls mit Beispielen aus Betrieben', 'Fragen aus dem Chat', 'Hinweise auf Beratung und Seminare'],
        formats: ONLINE,
      },
    ],
    capacity: [15, 60],
    hours: [2, 6],
  },
  {
    fields: ['education'],
    targets: ['parents'],
    variants: [
      {
        title: 'Elterncafé: Wege in die Ausbildung',
        summary:
          'Eltern erfahren in ihrer Sprache, wie Ausbildung in Deutschland funktioniert, und sprechen mit Auszubildenden aus der Nachbarschaft.',
        intro:
          'Bei Tee und Gebäck erzählen Auszubildende, wie sie ihren Ausbildungsplatz gefunden haben. Sprachmittlerinnen und Sprachmittler übersetzen, damit alle Fragen gestellt werden können.',
        programme: [
          'Begrüßung in mehreren Sprachen',
          'Kurzvorstellung der dualen Ausbildung',
          'Gespräch mit Auszubildenden',
          'Fragen an Lehrkräfte und Betriebe',
        ],
        formats: IN_PERSON,
      },
      {
        title: 'Mehrsprachiger Informationsabend für Familien in {place}',
        summary:
          'Ein entspannter Abend mit Tee, Gebäck und Antworten auf die Fragen der Familien rund um die Berufswahl.',
        intro:
          'Welche Schulabschlüsse gibt es, was verdient man in der Ausbildung, und wie geht es danach weiter? Fachleute aus Schule und Berufsberatung antworten, Sprachmittlerinnen und Sprachmittler übersetzen.',
        programme: [
          'Begrüßung in mehreren Sprachen',
          'Schulabschlüsse und Wege in den Beruf',
          'Ausbildungsvergütung und Unterstützung',
          'Fragen der Familien',
        ],
        formats: IN_PERSON,
      },
      {
        title: 'Elternabend Berufswahl – online',
        summary:
          'Eltern stellen von zu Hause aus ihre Fragen zur Berufswahl ihrer Kinder; Antworten gibt es auf Deutsch, Türkisch und Arabisch.',
        intro:
          'Nicht alle Eltern können abends das Haus verlassen. Deshalb gibt es den Elternabend auch als Videokonferenz: Man kann zuhören, Fragen in den Chat schreiben oder sich zu Wort melden.',
        programme: [
          'Kurze Einführung in die duale Ausbildung',
          'Fragen aus dem Chat, beantwortet in drei Sprachen',
          'Hinweise auf Beratung in der Nähe',
        ],
        formats: ONLINE,
      },
    ],
    capacity: [8, 40],
    hours: [2, 2],
  },
  {
    fields: ['networking'],
    targets: ['municipalities', 'trainers'],
    variants: [
      {
        title: 'Anbieterkreis Vielfalt im Betrieb',
        summary: 'Anbieter aus der Region stimmen ihre Angebote ab, damit sich Projekte ergänzen statt doppeln.',
        intro:
          'Im Anbieterkreis berichten die Träger, was in ihren Projekten gerade läuft und wo es hakt. Wer Ähnliches plant, verabredet sich, statt ein zweites Projekt nebenher aufzubauen.',
        programme: [
          'Neuigkeiten aus den Städten',
          'Vorstellung neuer Angebote und Projekte',
          'Abgleich ähnlicher Projekte',
          'Verabredungen für gemeinsame Vorhaben',
        ],
        formats: ANY,
      },
      {
        title: 'Qualitätszirkel der Beratungsanbieter',
        summary:
          'Beraterinnen und Berater besprechen anonymisierte Fälle aus ihrer Arbeit und entwickeln gemeinsame Standards für die Beratung.',
        intro:
          'Der Qualitätszirkel trifft sich viermal im Jahr. Jedes Mal bringt eine Einrichtung einen Fall mit, ohne Namen und Einzelheiten, an dem die Runde gemeinsam arbeitet.',
        programme: ['Fallbesprechung', 'Arbeit an gemeinsamen Beratungsstandards', 'Termine und Absprachen'],
        formats: ANY,
      },
      {
        title: 'Netzwerktreffen Übergang Schule–Beruf {city}',
        summary:
          'Das Netzwerktreffen bringt Träger, Schulen und Verwaltung aus {city} zusammen und stellt neue Angebote im Katalog vor.',
        intro:
          'Schulen, Träger und das Kommunale Integrationszentrum sprechen darüber, wie Jugendliche nach der Schule ohne Lücke in Ausbildung kommen, und stellen einander ihre neuen Angebote vor.',
        programme: [
          'Neuigkeiten aus der Stadt',
          'Vorstellung neuer Angebote im Katalog',
          'Arbeitsgruppen zu Übergängen nach Klasse 10',
          'Verabredungen bis zum nächsten Treffen',
        ],
        formats: IN_PERSON_OR_HYBRID,
      },
    ],
    capacity: [12, 35],
    hours: [2, 3],
  },
  {
    fields: ['communication'],
    targets: ['smes', 'young_people', 'municipalities'],
    variants: [
      {
        title: 'Preisverleihung „Vielfalt gewinnt“',
        summary: 'Betriebe, Schulen und Auszubildende zeigen, was gelingt – ein Abend für Geschichten, die Mut machen.',
        intro:
          'Eine Jury aus Betrieben, Schulen und Auszubildenden hat die Preisträgerinnen und Preisträger ausgewählt. Kurze Filme stellen jedes Projekt vor, danach wird gefeiert.',
        programme: ['Begrüßung', 'Kurzfilme über die nominierten Projekte', 'Preisverleihung', 'Empfang'],
        formats: IN_PERSON_OR_HYBRID,
      },
      {
        title: 'Talente im Revier: Abend der guten Beispiele',
        summary:
          'Auszubildende und ihre Betriebe erzählen, wie Ausbildung mit vielen Sprachen und Lebenswegen gelingt.',
        intro:
          'Sechs Tandems aus Auszubildenden und Ausbildenden erzählen je zehn Minuten von ihrem Weg: vom ersten Gespräch bis zur bestandenen Prüfung, mit allen Umwegen.',
        programme: ['Begrüßung', 'Sechs Geschichten in je zehn Minuten', 'Gespräch mit dem Publikum', 'Empfang'],
        formats: IN_PERSON_OR_HYBRID,
      },
      {
        title: 'Kampagnenstart „Potenziale zeigen“ in {city}',
        summary: 'Wir stellen die neuen Porträts der Kampagne vor und feiern die Menschen, die darin zu sehen sind.',
        intro:
          'Die Kampagne zeigt auf Plakaten und im Netz junge Menschen aus {city}, die zwei oder mehr Sprachen sprechen und eine Ausbildung machen. Zum Start sind sie selbst dabei.',
        programme: ['Begrüßung', 'Vorstellung der Porträts', 'Gespräch mit den Porträtierten', 'Empfang'],
        formats: IN_PERSON,
      },
    ],
    capacity: [60, 200],
    hours: [2, 3],
  },
  {
    fields: ['advice_companies', 'apprenticeship_places'],
    targets: ['smes'],
    variants: [
      {
        title: 'Sprechstunde: Zum ersten Mal ausbilden',
        summary:
          'In kleiner Runde klären Inhaberinnen und Inhaber ihre Fragen zu Ausbildereignung, Vertrag und Fördermitteln.',
        intro:
          'Wer zum ersten Mal ausbilden möchte, hat viele Fragen: Wer darf ausbilden, welcher Vertrag gilt, welche Förderung gibt es? In der Sprechstunde gehen wir sie der Reihe nach durch.',
        programme: ['Kurzinformation zum Weg in die Ausbildung', 'Fragen der Teilnehmenden', 'Einzelgespräche'],
        formats: ANY,
      },
      {
        title: 'Infoabend für Unternehmerinnen und Unternehmer: Ausbildung im eigenen Betrieb',
        summary:
          'Inhaberinnen und Inhaber kleiner Betriebe erfahren, welche Schritte zur eigenen Ausbildung führen und wer dabei hilft.',
        intro:
          'Ein Betrieb, der seit Kurzem ausbildet, erzählt von den ersten Schritten. Danach beantworten Fachleute der Ausbildungsberatung die Fragen der Teilnehmenden.',
        programme: [
          'Kurzinformation zum Weg in die Ausbildung',
          'Erfahrungsbericht eines Betriebs',
          'Fragen an die Ausbildungsberatung',
        ],
        formats: ANY,
      },
      {
        title: 'Frühstück für Gründerinnen und Gründer: Ausbilden lohnt sich',
        summary: 'Ein Frühstück mit kurzen Beiträgen von Betrieben, die vor Kurzem erstmals ausgebildet haben.',
        intro:
          'Bei Kaffee und Brötchen berichten zwei junge Betriebe, wie sie ihren ersten Auszubildenden gefunden haben und was sie anders machen würden.',
        programme: ['Frühstück', 'Zwei Erfahrungsberichte', 'Austausch an den Tischen'],
        formats: IN_PERSON,
      },
    ],
    capacity: [3, 12],
    hours: [1, 2],
  },
  {
    fields: ['apprenticeship_support'],
    targets: ['young_people'],
    variants: [
      {
        title: 'Workshop Bewerbungsfotos und Lebenslauf',
        summary:
          'Jugendliche bringen ihre Unterlagen mit, lassen ein Bewerbungsfoto machen und bekommen direkt Rückmeldung zum Lebenslauf.',
        intro:
          'Eine Fotografin macht Bewerbungsfotos, während Ausbildende die Lebensläufe durchsehen. Am Ende hat jede und jeder ein Foto und einen überarbeiteten Lebenslauf.',
        programme: ['Bewerbungsfotos', 'Lebenslauf überarbeiten', 'Rückmeldung in Einzelgesprächen'],
        formats: IN_PERSON,
      },
      {
        title: 'Prüfungsfit: Lerntag für Auszubildende',
        summary: 'Ein Lerntag vor den Abschlussprüfungen mit Übungsaufgaben und Tipps gegen Prüfungsangst.',
        intro:
          'Wenige Wochen vor der Prüfung lösen Auszubildende alte Prüfungsaufgaben in kleinen Gruppen. Eine Lerncoachin zeigt, wie man sich die Zeit einteilt und mit Prüfungsangst umgeht.',
        programme: ['Übungsaufgaben in Gruppen', 'Fachbegriffe in einfacher Sprache', 'Tipps gegen Prüfungsangst'],
        formats: ANY,
      },
      {
        title: 'Bewerbungsmappen-Check',
        summary:
          'Jugendliche schicken ihre Bewerbung vorab und gehen sie im Gespräch mit Ausbildenden Seite für Seite durch.',
        intro:
          'Anschreiben, Lebenslauf, Zeugnisse: Ausbildende aus verschiedenen Branchen sehen die Unterlagen durch und sagen offen, was sie beim Lesen überzeugt und was fehlt.',
        programme: ['Kurze Einführung', 'Arbeit an den eigenen Unterlagen', 'Rückmeldung in Einzelgesprächen'],
        formats: ANY,
      },
    ],
    capacity: [4, 20],
    hours: [3, 5],
  },
];
