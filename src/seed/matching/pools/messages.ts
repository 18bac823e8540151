import type { PositionKind } from '../../../modules/matching/tables.js';

/**
 * Conversations between a company and an applicant in an application's thread. Turns alternate,
 * the company writing first, and every turn answers the one before it; a thread shows a prefix of
 * one conversation, as far as the procedure has come. Before a reveal they contain no names,
 * addresses or contact data; the company addresses the applicant by pseudonym.
 * Slots: {position} (title), {pseudonym}, {weekday}, {time}.
 */
export interface Conversation {
  /** The kinds of position the conversation fits (it may speak of vocational school or a school internship). */
  kinds: readonly PositionKind[];
  turns: readonly string[];
}

const TRAINING: readonly PositionKind[] = ['apprenticeship', 'dual_study'];
const PLACEMENT: readonly PositionKind[] = ['internship', 'school_internship'];
const EVERY_KIND: readonly PositionKind[] = [...TRAINING, ...PLACEMENT];

export const CONVERSATIONS: readonly Conversation[] = [
  {
    kinds: TRAINING,
    turns: [
      'Vielen Dank für Ihre Bewerbung auf „{position}“. Eine Frage vorab: Ab wann könnten Sie anfangen?',
      'Guten Tag, danke für die Nachricht! Meine Schule endet im Juni, ich könnte also zum Ausbildungsbeginn im August anfangen.',
      'Das passt gut. Wir würden Sie gern kennenlernen – passt Ihnen {weekday} um {time} Uhr?',
      '{weekday} um {time} Uhr passt mir. Soll ich etwas mitbringen?',
      'Bringen Sie gern Ihr letztes Zeugnis mit, mehr brauchen wir nicht. Wir freuen uns auf Sie!',
      'Mache ich. Vielen Dank und bis {weekday}!',
    ],
  },
  {
    kinds: EVERY_KIND,
    turns: [
      'Hallo {pseudonym}, danke für Ihr Interesse! Haben Sie schon einmal ein Praktikum in einem ähnlichen Bereich gemacht?',
      'Ja, in der 9. Klasse war ich drei Wochen in einem ähnlichen Betrieb. Am liebsten habe ich dort selbst mit angepackt.',
      'Das klingt gut. Möchten Sie vorher einen Tag zur Probe bei uns mitarbeiten?',
      'Sehr gern! Ich hätte in den nächsten Ferien Zeit, ginge das?',
      'Ja, das geht. Wir schlagen Ihnen {weekday} ab {time} Uhr vor; Arbeitskleidung stellen wir.',
      'Super, danke! Dann bin ich {weekday} um {time} Uhr da.',
    ],
  },
  {
    kinds: EVERY_KIND,
    turns: [
      'Guten Tag, Ihre Bewerbung ist bei uns angekommen. Sie schreiben, dass Sie mehrere Sprachen sprechen – wobei nutzen Sie sie im Alltag?',
      'Zu Hause spreche ich die Sprache meiner Familie, in der Schule Deutsch und Englisch. Ich übersetze oft für meine Eltern, zum Beispiel beim Arzt oder auf dem Amt.',
      'Das ist für uns ein echter Gewinn, viele unserer Kundinnen und Kunden freuen sich darüber. Wie würden Sie morgens zu uns kommen?',
      'Mit Bus und Bahn, das dauert etwa 30 Minuten. Ich bin es gewohnt, früh aufzustehen.',
      'Prima. Wir melden uns bis Ende der Woche mit einem Terminvorschlag für ein Gespräch.',
      'Vielen Dank, ich warte auf Ihre Nachricht.',
    ],
  },
  {
    kinds: TRAINING,
    turns: [
      'Danke für Ihre Bewerbung! Wir sehen sie uns in den nächsten Tagen genau an. Haben Sie Fragen zur Ausbildung bei uns?',
      'Ja, eine Frage: Wie sind die Arbeitszeiten in den Wochen mit Berufsschule?',
      'Die Berufsschule ist zweimal pro Woche, an den anderen Tagen arbeiten Sie von 7:30 bis 16:00 Uhr bei uns.',
      'Danke, das passt gut. Kann ich den Betrieb vorher einmal kennenlernen?',
      'Sehr gern! Nach dem Vorstellungsgespräch zeigen wir Ihnen alles. Passt Ihnen {weekday} um {time} Uhr?',
      'Ja, {weekday} um {time} Uhr passt. Bis dann!',
    ],
  },
  {
    kinds: EVERY_KIND,
    turns: [
      'Vielen Dank für Ihre Bewerbung. Was hat Sie an diesem Beruf neugierig gemacht?',
      'Ich arbeite gern mit den Händen und mit dem Kopf und möchte am Ende des Tages sehen, was ich geschafft habe. Bei einem Praktikumstag habe ich gemerkt, dass mir das liegt.',
      'Das hören wir gern. Wir laden Sie zu einem Kennenlerngespräch ein – ginge {weekday} um {time} Uhr?',
      'An dem Tag schreibe ich leider eine Mathearbeit in der Schule. Wäre auch ein Termin in der Woche danach möglich?',
      'Natürlich, dann verschieben wir auf die Woche darauf, gleicher Tag, gleiche Uhrzeit. Die Einladung kommt über die Plattform.',
      'Vielen Dank für Ihr Verständnis, bis dann!',
    ],
  },
  {
    kinds: TRAINING,
    turns: [
      'Guten Tag, danke für Ihr Interesse an „{position}“. Wir melden uns in den nächsten Tagen mit den nächsten Schritten.',
      'Danke! Darf ich fragen, wie hoch die Ausbildungsvergütung im ersten Jahr ist?',
      'Gern: Wir zahlen nach dem Tarif unserer Branche; die Beträge für jedes Ausbildungsjahr stehen in der Stellenanzeige. Dazu kommt ein Zuschuss zum Deutschlandticket.',
      'Das ist gut zu wissen, vielen Dank. Ich freue mich auf Ihre Nachricht.',
      'Wir möchten Sie gern kennenlernen: Hätten Sie {weekday} um {time} Uhr Zeit?',
      'Ja, das klappt. Bis {weekday}!',
    ],
  },
  {
    kinds: PLACEMENT,
    turns: [
      'Hallo {pseudonym}, vielen Dank für die Bewerbung. Wissen Sie schon, in welchem Zeitraum Sie das Praktikum machen möchten?',
      'Ja, in den drei Wochen nach den Osterferien. Meine Schule braucht dafür eine Bestätigung vom Betrieb.',
      'Das passt bei uns. Die Bestätigung füllen wir gern aus, sobald wir uns einmal kurz gesprochen haben.',
      'Super, danke! Wann wäre ein Gespräch möglich?',
      'Wie wäre es mit {weekday} um {time} Uhr? Das Gespräch dauert etwa eine halbe Stunde.',
      'Das passt, vielen Dank!',
    ],
  },
  {
    kinds: PLACEMENT,
    turns: [
      'Danke für Ihre Bewerbung auf „{position}“! Zu welchen Zeiten könnten Sie bei uns sein?',
      'Montags bis freitags jeweils bis 15 Uhr, nachmittags besuche ich einen Sprachkurs.',
      'Das lässt sich gut einrichten. Sollen wir uns einmal kennenlernen? Wir schlagen {weekday} um {time} Uhr vor.',
      'Gern, {weekday} um {time} Uhr passt mir gut.',
      'Prima, wir freuen uns. Melden Sie sich am Empfang, dort holt Sie jemand aus dem Team ab.',
      'Mache ich, danke!',
    ],
  },
];

export const WEEKDAYS: readonly string[] = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
export const TIMES: readonly string[] = ['9:00', '10:30', '13:00', '14:30', '15:00'];

/**
 * Contact data an applicant adds to an answer before the reveal; the platform holds the whole
 * message back, so the thread ends there until the applicant agrees to be named.
 */
export const HELD_BACK_ADDITIONS: readonly string[] = [
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
