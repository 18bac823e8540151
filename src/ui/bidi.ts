/**
 * A name or other text of unknown direction inside a sentence that a message builds (a caption, an
 * aria-label, a title): wrapped in Unicode's first-strong isolate (U+2068 … U+2069), the string
 * equivalent of <bdi>, so a Latin name with a number or a full stop stays whole in an Arabic sentence
 * and an Arabic name does not reorder a German one. Screen readers do not read the marks.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
