/**
 * Phrase pools for the potentials part of generated applicant profiles, in the words young
 * people use about themselves. They speak of strengths, never of deficits, and name no country,
 * religion or origin: a company sees these texts before any reveal. Slots: {language} is a
 * language the applicant speaks (German name), {occupation} one of their interests.
 */
export const EXPERIENCE_ABROAD: readonly string[] = [
  'Ich habe drei Jahre in einem anderen Land gelebt und dort die Schule besucht. Dabei habe ich gelernt, mich schnell in neuen Situationen zurechtzufinden.',
  'Zwei Sommer habe ich im Betrieb meines Onkels im Ausland mitgearbeitet – Kundschaft bedienen, Ware annehmen, Kasse machen.',
  'Ein Schüleraustausch von sechs Monaten: neue Schule, neue Sprache, neue Freunde. Seitdem traue ich mir viel mehr zu.',
  'Ich bin in zwei Ländern aufgewachsen und kenne beide Schulsysteme. Umstellen fällt mir leicht.',
  'Nach der Schule war ich ein halbes Jahr im Ausland und habe in einem Hostel an der Rezeption gearbeitet, meistens auf Englisch.',
  'Ich habe meine Schulzeit zum Teil im Ausland verbracht und dort ein Praktikum in einer Autowerkstatt gemacht.',
  'Mit meiner Familie bin ich mehrmals umgezogen, auch über Ländergrenzen. Ich weiß, wie man neu anfängt.',
  'Ich habe im Ausland bei der Ernte und im Lager gearbeitet und gelernt, im Team früh morgens zuverlässig da zu sein.',
];

export const INTERCULTURAL: readonly string[] = [
  'Ich übersetze oft für Nachbarn und Verwandte bei Ärzten und Ämtern auf {language} und Deutsch.',
  'In meiner Klasse wurden zwölf Sprachen gesprochen. Ich vermittle gern, wenn es Missverständnisse gibt.',
  'Ich kann zwischen {language} und Deutsch wechseln und erkläre Dinge so, dass beide Seiten sie verstehen.',
  'Ich kenne verschiedene Arten, wie Familien über Ausbildung und Beruf denken, und kann gut darauf eingehen.',
  'Bei Elternabenden an meiner alten Schule habe ich für andere Familien auf {language} gedolmetscht.',
  'Im Sportverein trainiere ich eine gemischte Jugendgruppe – da zählt, dass alle sich verstehen und respektiert fühlen.',
  'Ich höre genau zu und frage nach, wenn ich etwas nicht verstehe. Das hilft mir im Umgang mit sehr unterschiedlichen Menschen.',
  'Kundinnen und Kunden, die wenig Deutsch sprechen, kann ich auf {language} weiterhelfen.',
  'Ich bin zweisprachig aufgewachsen und merke schnell, wenn jemand etwas anders meint, als es klingt.',
];

export const VOLUNTEERING: readonly string[] = [
  'Seit zwei Jahren helfe ich bei der Hausaufgabenhilfe im Jugendzentrum.',
  'Im Fußballverein leite ich jeden Dienstag das Training der U11.',
  'Bei der Tafel sortiere ich samstags Lebensmittel und gebe sie aus.',
  'Im Nachbarschaftsverein organisiere ich mit anderen Jugendlichen Ausflüge für Kinder.',
  'Ich bin im Schulsanitätsdienst und habe einen Erste-Hilfe-Kurs gemacht.',
  'Im Stadtteilladen helfe ich beim Repair-Café: Fahrräder und kleine Elektrogeräte reparieren.',
  'Ich war zwei Jahre in der Schülervertretung und habe das Sommerfest mitorganisiert.',
  'Bei der Freiwilligen Feuerwehr bin ich in der Jugendfeuerwehr aktiv.',
  'Ich begleite neu angekommene Kinder in ihrer ersten Schulzeit und helfe ihnen beim Deutschlernen.',
  'Im Seniorenheim in meinem Viertel lese ich einmal in der Woche vor und spiele Karten.',
];

export const STRENGTHS: readonly string[] = [
  'Ich bin pünktlich, arbeite gern mit den Händen und gebe nicht auf, bis etwas funktioniert.',
  'Ich kann gut mit Menschen umgehen und bleibe freundlich, auch wenn es stressig wird.',
  'Zahlen und Ordnung liegen mir. Ich behalte den Überblick, auch wenn viel zu tun ist.',
  'Ich lerne schnell, besonders wenn mir jemand etwas zeigt und ich es dann selbst ausprobieren kann.',
  'Technik interessiert mich seit Jahren; zu Hause repariere ich alles, was kaputtgeht.',
  'Ich übernehme gern Verantwortung und kümmere mich zu Hause um meine jüngeren Geschwister.',
  'Ich bin geduldig und erkläre Dinge gern – das sagen auch die Kinder, denen ich Nachhilfe gebe.',
  'Ich arbeite sorgfältig und frage nach, bevor ich einen Fehler mache.',
  'Ich bin kreativ, zeichne viel und habe ein gutes Auge für Details.',
  'Ich bin körperlich fit, arbeite gern draußen und packe mit an.',
  'Mich interessiert der Beruf {occupation}, weil ich dort mit Menschen und mit Technik zu tun habe.',
  'Für den Beruf {occupation} habe ich mich schon im Schulpraktikum begeistert.',
  'Ich spreche {language} und Deutsch und möchte das in meinem Beruf einsetzen.',
];
