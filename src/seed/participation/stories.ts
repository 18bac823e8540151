import type { FieldOfWork } from '../../modules/participation/index.js';

/**
 * Good-practice stories of the demo ("Potenziale statt Defizite"): invented people, businesses and projects in
 * the seven cities, told the way a city office or a provider would tell them. Every name is fictional.
 */
export interface DemoStory {
  title: string;
  summary: string;
  body: string;
  field: FieldOfWork;
  /** Index into DEMO_CAMPAIGNS, or null. */
  campaign: number | null;
}

export const DEMO_CAMPAIGNS = [
  {
    title: 'Ruhr kann Vielfalt',
    summary: 'Gesichter aus sieben Städten: Menschen, die hier angekommen sind und das Revier mitgestalten.',
    body: 'Die Kampagne zeigt auf Plakaten, in Bussen und hier auf der Plattform Menschen, deren Wege durch Duisburg, Essen, Bochum oder Gelsenkirchen führen – und was sie mitbringen.\n\n- Plakate in allen sieben Städten\n- Geschichten zum Weitererzählen\n- Veranstaltungen in Stadtteilzentren',
  },
  {
    title: 'Ausbildung ohne Umwege',
    summary: 'Betriebe und Jugendliche erzählen, wie eine Ausbildung gelingt – auch mit zweitem Anlauf.',
    body: 'Viele Betriebe suchen Auszubildende, viele Jugendliche einen Platz. Die Kampagne erzählt von Patenschaften, Sprachförderung im Betrieb und zweiten Chancen nach einem Abbruch.',
  },
  {
    title: 'Hiergeblieben – Talente im Revier',
    summary: 'Warum Fachkräfte nach Studium und Ausbildung im Ruhrgebiet bleiben.',
    body: 'Wer hier gelernt oder studiert hat, soll hier auch arbeiten können. Die Kampagne sammelt Beispiele von Unternehmen, die Talente halten, und von Menschen, die geblieben sind.',
  },
] as const;

const story = (
  title: string,
  summary: string,
  body: string,
  field: FieldOfWork,
  campaign: number | null,
): DemoStory => ({
  title,
  summary,
  body,
  field,
  campaign,
});

export const DEMO_STORIES: readonly DemoStory[] = [
  story(
    'Vom Praktikum zur Meisterin',
    'Aylin K. kam mit 16 nach Gelsenkirchen. Heute leitet sie die Elektroabteilung eines Handwerksbetriebs.',
    '## Der Anfang\n\nEin Schulpraktikum in einem kleinen Elektrobetrieb in Buer war der erste Schritt. Der Chef bot ihr danach einen Ausbildungsplatz an – mit Deutschkurs am Samstag.\n\n## Heute\n\nSeit letztem Jahr ist sie Meisterin und bildet selbst zwei Jugendliche aus.',
    'potentials',
    1,
  ),
  story(
    'Ein Catering, das Brücken baut',
    'Zwei Schwestern aus Izmir haben in Essen-Altendorf einen Betrieb mit vierzehn Beschäftigten aufgebaut.',
    'Was als Marktstand begann, beliefert heute Kantinen im ganzen Revier. Jedes Jahr beginnen zwei junge Menschen ihre Ausbildung zur Köchin oder zum Koch.\n\nDie Schwestern sagen: „Wir haben Glück gehabt, dass uns jemand eine Chance gegeben hat. Jetzt geben wir sie weiter.“',
    'potentials',
    0,
  ),
  story(
    'Mehrsprachige Beratung im Bürgerbüro',
    'Das Bürgerbüro Duisburg-Hochfeld berät in sieben Sprachen – und spart allen Beteiligten Zeit.',
    'Seit die Beratung auch auf Rumänisch, Bulgarisch, Türkisch und Arabisch angeboten wird, kommen Menschen früher und mit vollständigen Unterlagen. Die Wartezeiten sind deutlich kürzer geworden.',
    'transparency',
    null,
  ),
  story(
    'Die zweite Chance nach dem Abbruch',
    'Nach einem abgebrochenen Ausbildungsjahr fand Daniel M. in Bochum über eine Patenschaft zurück in den Beruf.',
    'Ein ehrenamtlicher Pate aus einem Bochumer Industriebetrieb begleitete ihn ein Jahr lang: Bewerbungen, Gespräche, Prüfungsangst. Heute ist Daniel Anlagenmechaniker im zweiten Lehrjahr.',
    'retention',
    1,
  ),
  story(
    'Pflege mit vielen Stimmen',
    'Ein ambulanter Pflegedienst in Dortmund-Nord beschäftigt Fachkräfte aus elf Ländern.',
    'Die Leiterin setzt auf Teams, die die Sprachen der Patientinnen und Patienten sprechen. Neue Kolleginnen und Kollegen werden bei der Anerkennung ihrer Abschlüsse begleitet.',
    'potentials',
    0,
  ),
  story(
    'Ein Verzeichnis, das Angebote sichtbar macht',
    'Beratungsstellen in Oberhausen tragen ihre Angebote jetzt gemeinsam ein – und finden einander.',
    'Früher kannten viele Träger die Angebote in der Nachbarschaft nicht. Seit alle ihre Kurse und Sprechstunden im gemeinsamen Verzeichnis pflegen, vermitteln sie Ratsuchende gezielter weiter.',
    'transparency',
    null,
  ),
  story(
    'Vom Studium in Bochum zur Firma in Mülheim',
    'Ein Ingenieur aus Kairo blieb nach seinem Master im Ruhrgebiet – dank eines Mentorings.',
    'Über ein Mentoring-Programm lernte er während des Studiums ein Mülheimer Unternehmen für Messtechnik kennen. Nach der Abschlussarbeit im Betrieb folgte die Festanstellung.',
    'retention',
    2,
  ),
  story(
    'Die Bäckerei, die ausbildet',
    'Eine Familienbäckerei in Duisburg-Marxloh hat in fünf Jahren neun Auszubildende zum Abschluss gebracht.',
    'Der Inhaber kam als Kind nach Duisburg. Heute sucht er gezielt Jugendliche, die anderswo keine Chance bekommen, und übt mit ihnen für die Berufsschule.',
    'potentials',
    1,
  ),
  story(
    'Elternabend in fünf Sprachen',
    'Ein Berufskolleg in Gelsenkirchen lädt Eltern mehrsprachig zur Berufsorientierung ein.',
    'Dolmetschende Schülerinnen und Schüler erklären Ausbildungswege und Praktika. Seitdem kommen dreimal so viele Eltern – und stellen Fragen, die vorher niemand gestellt hat.',
    'transparency',
    null,
  ),
  story(
    'IT-Fachkräfte halten, statt sie zu verlieren',
    'Ein Essener Softwarehaus bietet internationalen Absolventinnen und Absolventen einen Einstieg mit Sprachbegleitung.',
    'Ein halbes Jahr lang arbeiten neue Kolleginnen und Kollegen in Tandems. Die Fluktuation ist seitdem deutlich gesunken, und drei Tandems sind inzwischen selbst Teamleitungen.',
    'retention',
    2,
  ),
  story(
    'Der Friseursalon als Treffpunkt',
    'In Oberhausen-Sterkrade ist ein Salon zum Ort für Nachbarschaftsberatung geworden.',
    'Die Inhaberin hängt die Termine der Sozialberatung aus und stellt Kontakte her. Zwei ihrer früheren Auszubildenden haben inzwischen eigene Salons eröffnet.',
    'potentials',
    0,
  ),
  story(
    'Anerkennung in drei Monaten statt einem Jahr',
    'Eine Lotsin in Dortmund begleitet zugewanderte Fachkräfte durch das Anerkennungsverfahren.',
    'Sie prüft mit ihnen die Unterlagen, bevor sie eingereicht werden, und kennt die zuständigen Stellen. Das spart Wochen und viele Wege.',
    'transparency',
    null,
  ),
  story(
    'Logistik mit Perspektive',
    'Ein Logistikbetrieb im Duisburger Hafen bildet Fachkräfte für Lagerlogistik in Teilzeit aus.',
    'Die Teilzeitausbildung richtet sich an Mütter und Väter. Der Betrieb passt Schichten an Kita-Zeiten an und hat so vier Fachkräfte gewonnen, die er sonst nie gefunden hätte.',
    'potentials',
    1,
  ),
  story(
    'Gründen mit Rückenwind',
    'Ein Gründungsstammtisch in Bochum hilft Menschen mit Einwanderungsgeschichte beim Schritt in die Selbstständigkeit.',
    'Einmal im Monat treffen sich Gründerinnen, Gründer und erfahrene Unternehmerinnen. Es geht um Finanzierung, Formulare und Mut – und um Kontakte zu Banken und Kammern.',
    'retention',
    2,
  ),
  story(
    'Die Ausbildungsmesse im Stadtteil',
    'In Mülheim-Eppinghofen kommen Betriebe dorthin, wo die Jugendlichen wohnen.',
    'Statt in die Stadthalle gehen die Betriebe ins Stadtteilzentrum. Im ersten Jahr entstanden daraus 23 Praktika und sieben Ausbildungsverträge.',
    'transparency',
    null,
  ),
  story(
    'Ein Werkzeugbau, der Sprachen spricht',
    'Ein Gelsenkirchener Werkzeugbau bietet Deutschunterricht im Betrieb an – während der Arbeitszeit.',
    'Die Geschäftsführung sagt: Wer die Fachsprache sicher kann, arbeitet sicherer. Der Kurs ist inzwischen auch für Nachbarbetriebe offen.',
    'potentials',
    0,
  ),
  story(
    'Vom Integrationskurs in die Verwaltung',
    'Eine Juristin aus Syrien arbeitet heute im Ordnungsamt einer Ruhrgebietsstadt.',
    'Nach Integrationskurs und Anpassungsqualifizierung kam ein Praktikum in der Stadtverwaltung. Heute berät sie selbst – und sagt, die Verwaltung habe von ihr ebenso gelernt wie sie von ihr.',
    'retention',
    2,
  ),
  story(
    'Gemeinsam statt nebeneinander',
    'Fünf Träger in Essen stimmen ihre Sprachkurse ab, damit niemand auf einer Warteliste verloren geht.',
    'Eine gemeinsame Übersicht zeigt freie Plätze bei allen Trägern. Wer bei einem keinen Platz bekommt, wird sofort an den nächsten verwiesen.',
    'transparency',
    null,
  ),
  story(
    'Der Kfz-Betrieb und die Berufsschule',
    'Ein Kfz-Meister in Duisburg-Rheinhausen geht mit seinen Auszubildenden zum Elternsprechtag.',
    'Er kennt die Lehrkräfte seiner Auszubildenden und merkt früh, wenn es schwierig wird. Abgebrochen hat bei ihm seit sieben Jahren niemand.',
    'potentials',
    1,
  ),
  story(
    'Talente aus dem Revier für das Revier',
    'Ein Dortmunder Energieversorger vergibt Stipendien an Schülerinnen und Schüler aus Einwandererfamilien.',
    'Die Stipendiatinnen und Stipendiaten machen Praktika im Unternehmen und werden bis zum Studienabschluss begleitet. Mehr als die Hälfte ist danach geblieben.',
    'retention',
    2,
  ),
];
