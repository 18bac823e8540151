import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../seed/factories.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { buildCalendar, escapeText, foldLine, formatUtc } from './ical.js';
import { insertEvent } from './test-entries.js';
import { days } from '../../../core/time/durations.js';

const test = useTestPlatform();
const DAY = days(1);

/**
 * A strict reader of our own for RFC 5545 content: every line ends in CRLF, no physical line
 * is longer than 75 octets, continuation lines start with one space, folding never splits a
 * UTF-8 character, and TEXT values unescape back to the original.
 */
function strictParse(body: string): { name: string; params: string; value: string }[] {
  expect(body.endsWith('\r\n')).toBe(true);
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = body.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(line).not.toContain('\uFFFD');
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((line) => {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    return { name: match[1] ?? '', params: match[2] ?? '', value: match[3] ?? '' };
  });
}

function unescapeText(value: string): string {
  expect(value).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function components(lines: { name: string; value: string }[]) {
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') current = {};
    else if (line.name === 'END' && line.value === 'VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) current[line.name] = line.value;
  }
  return events;
}

describe('iCalendar writer', () => {
  it('escapes TEXT, folds at 75 octets without splitting characters and writes UTC', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(escapeText('a\u0007b\tc\u0000')).toBe('ab\tc');
    expect(formatUtc(new Date('2026-05-04T08:30:00.000Z'))).toBe('20260504T083000Z');
    const long = `SUMMARY:${'Ü'.repeat(100)}🙂${'ß'.repeat(40)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((line, i) => (i === 0 ? line : line.slice(1)))
        .join(''),
    ).toBe(long);
  });

  it('round-trips awkward text through our strict reader and through ical.js', () => {
    const summary = 'Workshop: „Vielfalt, Recht; Praxis“ \\ Teil 1';
    const description = `Zeile eins\nZeile zwei, mit Komma; und Semikolon\r\nعربي ${'Mülheim an der Ruhr '.repeat(12)}😀`;
    const body = buildCalendar({
      name: 'Test',
      now: new Date('2026-01-01T00:00:00Z'),
      events: [
        {
          uid: 'abc@vielfalt-ruhr.example',
          summary,
          description,
          startsAt: new Date('2026-03-02T09:00:00Z'),
          endsAt: new Date('2026-03-02T12:00:00Z'),
          location: 'Zeche Zollverein, Gelsenkirchener Str. 181, 45309 Essen',
          url: 'https://vielfalt-ruhr.example/de/eintraege/abc',
          organizer: { name: 'Träger "Emscher": Bildung, Beratung', email: 'info@traeger.example' },
          lastModified: new Date('2025-12-01T10:00:00Z'),
          sequence: 2,
        },
      ],
    });
    const [event] = components(strictParse(body));
    expect(unescapeText(event?.SUMMARY ?? '')).toBe(summary);
    expect(unescapeText(event?.DESCRIPTION ?? '')).toBe(description.replace(/\r\n/g, '\n'));
    expect(unescapeText(event?.LOCATION ?? '')).toBe('Zeche Zollverein, Gelsenkirchener Str. 181, 45309 Essen');

    const parsed = new ICAL.Component(ICAL.parse(body) as unknown[]);
    const vevent = new ICAL.Event(parsed.getFirstSubcomponent('vevent') ?? undefined);
    expect(vevent.summary).toBe(summary);
    expect(vevent.description).toBe(description.replace(/\r\n/g, '\n'));
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(vevent.organizer).toBe('mailto:info@traeger.example');
  });
});

describe('iCalendar routes', () => {
  it('serves one published event with the required properties', async () => {
    const organisation = await createOrganisation(test.db, {
      name: 'Kommunales Integrationszentrum Essen',
      type: 'municipality',
      city: 'essen',
      verified_at: new Date(),
    });
    const event = await insertEvent(test.db, {
      organisation_id: organisation.id,
      title: 'Azubi-Speed-Dating, Essen; mit Betrieben',
      summary: 'Unternehmen treffen Bewerberinnen und Bewerber.\nMit Dolmetschung.',
      contact_email: 'ki@stadt-essen.example',
      starts_at: new Date('2031-05-06T08:00:00Z'),
      ends_at: new Date('2031-05-06T12:00:00Z'),
      details: {
        place_address: 'Rathaus Essen, Porscheplatz 1, 45127 Essen',
        online_url: 'https://meet.example/speed',
        capacity: 40,
      },
    });
    const response = await test.app.inject({ url: `/api/v1/catalogue/events/${event.id}/ics` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = strictParse(response.body);
    const names = lines.map((l) => l.name);
    for (const required of ['VERSION', 'PRODID']) expect(names).toContain(required);
    const [vevent] = components(lines);
    expect(Object.keys(vevent ?? {})).toEqual(
      expect.arrayContaining([
        'UID',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        'SUMMARY',
        'DESCRIPTION',
        'LOCATION',
        'URL',
        'ORGANIZER',
      ]),
    );
    expect(vevent?.UID).toBe(`${event.id}@localhost:3000`);
    expect(vevent?.DTSTART).toBe('20310506T080000Z');
    expect(vevent?.DTEND).toBe('20310506T120000Z');
    expect(vevent?.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(unescapeText(vevent?.SUMMARY ?? '')).toBe('Azubi-Speed-Dating, Essen; mit Betrieben');
    expect(unescapeText(vevent?.LOCATION ?? '')).toBe(
      'Rathaus Essen, Porscheplatz 1, 45127 Essen – https://meet.example/speed',
    );
    expect(vevent?.URL).toBe(`http://localhost:3000/de/eintraege/${event.id}`);
    expect(lines.find((l) => l.name === 'ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: ';CN=Kommunales Integrationszentrum Essen',
      value: 'mailto:ki@stadt-essen.example',
    });
    expect(
      new ICAL.Event(
        new ICAL.Component(ICAL.parse(response.body) as unknown[]).getFirstSubcomponent('vevent') ?? undefined,
      ).summary,
    ).toBe('Azubi-Speed-Dating, Essen; mit Betrieben');
  });

  it('answers drafts, hidden events, other kinds and bad ids with 4xx', async () => {
    const draft = await insertEvent(test.db, { status: 'draft', published_at: null });
    const hidden = await insertEvent(test.db, { hidden_at: new Date() });
    const offer = await insertEvent(test.db, { kind: 'offer' });
    for (const id of [draft.id, hidden.id, offer.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await test.app.inject({ url: `/api/v1/catalogue/events/${id}/ics` })).statusCode, id).toBe(404);
    }
    expect((await test.app.inject({ url: '/api/v1/catalogue/events/not-a-uuid/ics' })).statusCode).toBe(400);
    expect(
      (await test.app.inject({ url: `/api/v1/catalogue/events/${draft.id}/ics?x=${'y'.repeat(100_000)}` })).statusCode,
    ).toBe(400);
    expect((await test.app.inject({ url: '/api/v1/catalogue/events.ics?unknown=1' })).statusCode).toBe(400);
  });

  it('feeds upcoming published events only, soonest first', async () => {
    await insertEvent(test.db, {
      title: 'Später',
      starts_at: new Date(Date.now() + 20 * DAY),
      ends_at: new Date(Date.now() + 20 * DAY + 3600_000),
    });
    await insertEvent(test.db, { title: 'Bald', starts_at: new Date(Date.now() + 2 * DAY), ends_at: null });
    await insertEvent(test.db, {
      title: 'Vorbei',
      starts_at: new Date(Date.now() - 20 * DAY),
      ends_at: new Date(Date.now() - 20 * DAY + 3600_000),
    });
    await insertEvent(test.db, { title: 'Entwurf', status: 'in_review', published_at: null });
    const response = await test.app.inject({ url: '/api/v1/catalogue/events.ics' });
    expect(response.statusCode).toBe(200);
    const summaries = components(strictParse(response.body)).map((e) => e.SUMMARY);
    expect(summaries).toEqual(['Bald', 'Später']);
    const calendar = new ICAL.Component(ICAL.parse(response.body) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Vielfalt Ruhr – Veranstaltungen');
    // A feed is meant to be subscribed to: where it comes from and how often to load it again (RFC 7986).
    const head = lines(response.body);
    expect(head).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(head).toContain('X-PUBLISHED-TTL:PT6H');
    expect(head).toContain('SOURCE;VALUE=URI:http://localhost:3000/api/v1/catalogue/events.ics');
    expect(calendar.getFirstProperty('refresh-interval')?.getFirstValue()?.toString()).toBe('PT6H');
  });

  it('feeds one city and one field of action, with the same filter as the calendar page', async () => {
    const soon = { starts_at: new Date(Date.now() + 3 * DAY), ends_at: null };
    await insertEvent(test.db, { ...soon, title: 'Essen Bildung', cities: ['essen'], fields_of_action: ['education'] });
    await insertEvent(test.db, {
      ...soon,
      title: 'Essen Vernetzung',
      cities: ['essen'],
      fields_of_action: ['networking'],
    });
    await insertEvent(test.db, {
      ...soon,
      title: 'Bochum Bildung',
      cities: ['bochum'],
      fields_of_action: ['education'],
    });
    const titles = async (query: string) =>
      components(strictParse((await test.app.inject({ url: `/api/v1/catalogue/events.ics${query}` })).body))
        .map((event) => event.SUMMARY)
        .sort();
    expect(await titles('?field=education')).toEqual(['Bochum Bildung', 'Essen Bildung']);
    expect(await titles('?city=essen&field=education')).toEqual(['Essen Bildung']);
    const response = await test.app.inject({ url: '/api/v1/catalogue/events.ics?city=essen&field=education' });
    expect(response.headers['content-disposition']).toBe('inline; filename="veranstaltungen-essen-education.ics"');
    const name = new ICAL.Component(ICAL.parse(response.body) as unknown[]).getFirstPropertyValue('x-wr-calname');
    expect(name).toBe('Vielfalt Ruhr – Veranstaltungen in Essen: Bildung und Übergang Schule–Beruf');
    expect((await test.app.inject({ url: '/api/v1/catalogue/events.ics?field=nope' })).statusCode).toBe(400);
    // The calendar page offers the same feed, as a subscription (webcal://) and as a file.
    const page = await test.app.inject({ url: '/de/veranstaltungen?city=essen&field=education' });
    expect(page.body).toContain(
      'href="webcal://localhost:3000/api/v1/catalogue/events.ics?city=essen&amp;field=education"',
    );
    expect(page.body).toContain(
      'href="http://localhost:3000/api/v1/catalogue/events.ics?city=essen&amp;field=education"',
    );
    expect(page.body).toContain('Essen Bildung');
    expect(page.body).not.toContain('Essen Vernetzung');
  });

  it('describes an event in plain text and counts its publications as SEQUENCE', async () => {
    const event = await insertEvent(test.db, {
      summary: 'Kurz gesagt.',
      body: '## Ablauf\n\n- **Begrüßung** im [Rathaus](https://essen.example/rathaus)\n- Austausch\n\n_Eintritt frei._',
    });
    const read = async () => {
      const body = (await test.app.inject({ url: `/api/v1/catalogue/events/${event.id}/ics` })).body;
      return new ICAL.Event(
        new ICAL.Component(ICAL.parse(body) as unknown[]).getFirstSubcomponent('vevent') ?? undefined,
      );
    };
    const first = await read();
    expect(first.description).toBe(
      `Kurz gesagt.\n\nAblauf\n\n– Begrüßung im Rathaus (https://essen.example/rathaus)\n– Austausch\n\nEintritt frei.\n\nhttp://localhost:3000/de/eintraege/${event.id}`,
    );
    expect(first.sequence).toBe(0);
    // Published, changed and published again twice: each publication after the first is a new version.
    const revision = (action: string) => ({
      entry_id: event.id,
      action,
      status: 'published' as const,
      snapshot: JSON.stringify({}),
    });
    await test.db
      .insertInto('catalogue_revisions')
      .values([revision('published'), revision('updated'), revision('published')])
      .execute();
    expect((await read()).sequence).toBe(1);
    await test.db
      .insertInto('catalogue_revisions')
      .values([revision('updated'), revision('published')])
      .execute();
    expect((await read()).sequence).toBe(2);
  });
});

/** The logical lines of a calendar (folded lines joined). */
function lines(body: string): string[] {
  return body.replace(/\r\n /g, '').split('\r\n');
}
