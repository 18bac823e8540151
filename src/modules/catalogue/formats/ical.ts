/**
 * iCalendar (RFC 5545) written by hand: the format is small, and writing it ourselves keeps
 * the rules that matter visible — CRLF line ends, lines folded at 75 octets without splitting
 * a UTF-8 character, TEXT values escaped, all times in UTC.
 */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  url: string | null;
  organizer: { name: string; email: string } | null;
  lastModified: Date;
  /** The revision (RFC 5545, 3.8.7.4): 0 as first published, one more with every change, so clients take the update. */
  sequence: number;
}

export interface CalendarOptions {
  name: string;
  now: Date;
  events: readonly CalendarEvent[];
  /**
   * For a feed meant to be subscribed to: where it is loaded from and how often a client should load it again
   * (RFC 7986 SOURCE and REFRESH-INTERVAL, with X-PUBLISHED-TTL for clients that know only that).
   */
  subscription?: { source: string; refreshInterval: string };
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
export const PRODUCT_ID = '-//Vielfalt Ruhr//Katalog Veranstaltungen//DE';

/** TEXT values (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((char) => !isControl(char) || char === '\t')
    .join('');
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** Parameter values may not contain quotes or control characters; they are quoted when they hold ";:,". */
export function parameterValue(value: string): string {
  const clean = value
    .split('')
    .filter((char) => char !== '"' && !isControl(char))
    .join('');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds one content line into chunks of at most 75 octets; continuation lines begin with a space. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = chunks.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

/** 2026-05-04T08:30:00.000Z → 20260504T083000Z */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
  ];
  if (event.endsAt && event.endsAt.getTime() > event.startsAt.getTime()) lines.push(`DTEND:${formatUtc(event.endsAt)}`);
  lines.push(
    `LAST-MODIFIED:${formatUtc(event.lastModified)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  );
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.organizer)
    lines.push(`ORGANIZER;CN=${parameterValue(event.organizer.name)}:mailto:${event.organizer.email}`);
  lines.push('STATUS:CONFIRMED', 'END:VEVENT');
  return lines;
}

export function buildCalendar(options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.subscription
      ? [
          `SOURCE;VALUE=URI:${options.subscription.source}`,
          `REFRESH-INTERVAL;VALUE=DURATION:${options.subscription.refreshInterval}`,
          `X-PUBLISHED-TTL:${options.subscription.refreshInterval}`,
        ]
      : []),
    ...options.events.flatMap((event) => eventLines(event, options.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
