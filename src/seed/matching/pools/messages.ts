/**
 * Messages between a company and an applicant in an application's thread. Before a reveal they
 * contain no names, addresses or contact data; the thread addresses the applicant by pseudonym.
 * Slots: {position} (title), {pseudonym}, {weekday}, {time}.
 */
export const COMPANY_FIRST: readonly string[] = [
  'Vielen Dank für Ihre Bewerbung auf „{position}“. Wir sehen sie uns in den nächsten Tagen genau an.',
  'Hallo {pseudonym}, danke für Ihr Interesse! Eine Frage vorab: Ab wann könnten Sie anfangen?',
  'Guten Tag, Ihre Bewerbung ist bei uns angekommen. Ihre Sprachkenntnisse sind für unser Team sehr interessant.',
  'Danke für die Bewerbung! Haben Sie schon einmal in einem ähnlichen Bereich ein Praktikum gemacht?',
];

export const APPLICANT_REPLIES: readonly string[] = [
  'Vielen Dank für die schnelle Antwort! Ich könnte zum gewünschten Termin anfangen.',
  'Ja, ich habe in der 9. Klasse drei Wochen Praktikum in diesem Bereich gemacht und es hat mir sehr gefallen.',
  'Danke! Ich freue mich, von Ihnen zu hören. Gibt es die Möglichkeit, den Betrieb vorher kennenzulernen?',
  'Ich kann mit Bus und Bahn gut zu Ihnen kommen, das dauert etwa 30 Minuten.',
  'Ich habe noch eine Frage: Wie sind die Arbeitszeiten während der Berufsschulwochen?',
];

export const COMPANY_FOLLOW_UPS: readonly string[] = [
  'Die Berufsschule ist zweimal pro Woche, an den anderen Tagen arbeiten Sie von 7:30 bis 16:00 Uhr bei uns.',
  'Sehr gern! Nach dem Vorstellungsgespräch zeigen wir Ihnen den Betrieb.',
  'Wir würden Sie gern kennenlernen – passt Ihnen {weekday} um {time} Uhr?',
  'Danke für die Antwort. Wir melden uns bis Ende der Woche.',
];

export const APPLICANT_CLOSINGS: readonly string[] = [
  '{weekday} um {time} Uhr passt mir gut. Bis dann!',
  'Vielen Dank, ich warte auf Ihre Nachricht.',
  'Super, danke für die Infos!',
];

export const WEEKDAYS: readonly string[] = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
export const TIMES: readonly string[] = ['9:00', '10:30', '13:00', '14:30', '15:00'];

/** A message with contact data typed in before the reveal, which the platform holds back. */
export const HELD_BACK_MESSAGES: readonly string[] = [
  'Sie können mich auch direkt erreichen: {email}',
  'Schreiben Sie mir gern per E-Mail an {email}, das geht schneller.',
];

export const MOTIVATIONS: readonly string[] = [
  'Ich möchte einen Beruf lernen, in dem ich jeden Tag sehe, was ich geschafft habe.',
  'Im Praktikum habe ich gemerkt, dass mir dieser Beruf liegt. Ich möchte ihn richtig lernen.',
  'Ich spreche mehrere Sprachen und möchte sie in einem Beruf mit vielen Menschen einsetzen.',
  'Ihr Betrieb ist gut mit Bus und Bahn erreichbar und bildet seit Jahren aus – das gefällt mir.',
  'Ich möchte in der Region bleiben und hier eine Ausbildung mit Zukunft machen.',
  'Technik begeistert mich, und ich möchte verstehen, wie die Dinge funktionieren.',
];
