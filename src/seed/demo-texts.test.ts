import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { TRANSLATION_LOCALES } from '../modules/catalogue/tables.js';
import { useTestPlatform } from '../../tests/setup/test-platform.js';
import { EVENT_FORMATS } from './catalogue/pools/events.js';
import { generateDemoData } from './demo.js';
import { isNrwPublicHoliday } from './holidays.js';
import { CONVERSATIONS } from './matching/pools/messages.js';
import { SESSIONS } from './matching/pools/mentoring.js';

const test = useTestPlatform();
/** Each test generates the whole scale-1 demo, which takes longer than the default timeout on a busy machine. */
const GENERATES_DEMO = 120_000;

/** A pool text with {slots} as a pattern that its filled-in form matches. */
function templatePattern(template: string, { prefixOnly = false } = {}): RegExp {
  const escaped = template
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+?');
  return new RegExp(`^${escaped}${prefixOnly ? '' : '$'}`, 's');
}

const matches = (template: string, text: string, prefixOnly = false): boolean =>
  templatePattern(template, { prefixOnly }).test(text);

describe('demo texts that read true', () => {
  it(
    'pairs every event title with its own text, keeps online events off "vor Ort" and all events off holidays and Sundays',
    async () => {
      await generateDemoData(test.db, { scale: 1, seed: 'texts-events' });
      const events = await test.db
        .selectFrom('catalogue_entries')
        .select(['title', 'summary', 'body', 'format', 'starts_at', 'details'])
        .where('kind', '=', 'event')
        .execute();
      expect(events.length).toBeGreaterThanOrEqual(30);
      const variants = EVENT_FORMATS.flatMap((format) => format.variants);
      const formats = new Set<string>();
      for (const event of events) {
        const variant = variants.find((candidate) => matches(candidate.title, event.title));
        expect(variant, event.title).toBeDefined();
        if (!variant) continue;
        // Summary and introduction are the ones written for this title, not another event's.
        expect(matches(variant.summary, event.summary), `${event.title}: ${event.summary}`).toBe(true);
        expect(matches(variant.intro, event.body, true), `${event.title}: body`).toBe(true);
        expect(variant.formats).toContain(event.format);
        formats.add(event.format ?? '');

        const text = `${event.title}\n${event.summary}\n${event.body}`;
        const place = typeof event.details.place_address === 'string' ? event.details.place_address : null;
        if (event.format === 'online') {
          expect(text, event.title).not.toMatch(/vor Ort/i);
          expect(place).toBeNull();
        } else {
          // An event in a room names the room: in its details and in the text.
          expect(place, event.title).toBeTruthy();
          expect(event.body).toContain(place ?? '');
        }

        const startsAt = event.starts_at ?? new Date(0);
        const day = startsAt.toISOString().slice(0, 10);
        expect(isNrwPublicHoliday(startsAt), `${event.title} on ${day}`).toBe(false);
        expect(startsAt.getUTCDay(), `${event.title} on ${day} (Sunday)`).not.toBe(0);
      }
      expect(formats).toEqual(new Set(['in_person', 'online', 'hybrid']));

      // Online offers do not speak of meeting on site either.
      const onlineOffers = await test.db
        .selectFrom('catalogue_entries')
        .select(['title', 'summary', 'body'])
        .where('kind', '=', 'offer')
        .where('format', '=', 'online')
        .execute();
      expect(onlineOffers.length).toBeGreaterThan(0);
      for (const offer of onlineOffers)
        expect(`${offer.title}\n${offer.summary}\n${offer.body}`, offer.title).not.toMatch(/vor Ort/i);
    },
    GENERATES_DEMO,
  );

  it(
    'translates at least a fifth of the catalogue, into every language, so each language filter finds entries',
    async () => {
      await generateDemoData(test.db, { scale: 1, seed: 'texts-translations' });
      const total = await test.db
        .selectFrom('catalogue_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const translated = await sql<{ locale: string; n: number }>`
      select locale, count(distinct entry_id)::int as n from catalogue_translations group by locale`.execute(test.db);
      const any = await sql<{ n: number }>`
      select count(distinct entry_id)::int as n from catalogue_translations`.execute(test.db);
      const entries = Number(total.n);
      expect((any.rows[0]?.n ?? 0) / entries).toBeGreaterThanOrEqual(0.2);
      const perLocale = Object.fromEntries(translated.rows.map((row) => [row.locale, row.n]));
      // Each of the six languages besides German carries a real share, not a token entry.
      for (const locale of TRANSLATION_LOCALES)
        expect(perLocale[locale] ?? 0, locale).toBeGreaterThanOrEqual(entries * 0.08);

      // The language filter (entries offered in a language) finds published entries in all seven languages.
      for (const language of ['de', ...TRANSLATION_LOCALES]) {
        const found = await sql<{ n: number }>`
        select count(*)::int as n from catalogue_entries
        where status = 'published' and ${language} = any(languages)`.execute(test.db);
        expect(found.rows[0]?.n ?? 0, language).toBeGreaterThan(5);
      }
      // A translated offer speaks every language it is held in.
      const offers = await sql<{ languages: string[]; locales: string[] }>`
      select e.languages, array_agg(t.locale) as locales
      from catalogue_entries e join catalogue_translations t on t.entry_id = e.id
      where e.kind = 'offer' group by e.id`.execute(test.db);
      expect(offers.rows.length).toBeGreaterThan(0);
      for (const offer of offers.rows)
        for (const language of offer.languages.filter((code) =>
          (TRANSLATION_LOCALES as readonly string[]).includes(code),
        ))
          expect(offer.locales).toContain(language);
    },
    GENERATES_DEMO,
  );

  it(
    'writes application threads as conversations: each message after the first answers the other side',
    async () => {
      await generateDemoData(test.db, { scale: 1, seed: 'texts-threads' });
      const messages = await test.db
        .selectFrom('application_messages')
        .select(['application_id', 'sender', 'body', 'held_back'])
        .orderBy('application_id')
        .orderBy('created_at')
        .execute();
      const threads = new Map<string, typeof messages>();
      for (const message of messages)
        threads.set(message.application_id, [...(threads.get(message.application_id) ?? []), message]);
      expect(threads.size).toBeGreaterThan(50);
      let replies = 0;
      for (const thread of threads.values()) {
        expect(thread[0]?.sender).toBe('company');
        // One conversation holds the whole thread, turn by turn.
        const conversation = CONVERSATIONS.find((candidate) =>
          thread.every((message, index) => {
            const turn = candidate.turns[index];
            return turn !== undefined && matches(turn, message.body, message.held_back);
          }),
        );
        expect(conversation, thread.map((message) => message.body).join(' | ')).toBeDefined();
        thread.forEach((message, index) => {
          if (index === 0) return;
          expect(message.sender, message.body).not.toBe(thread[index - 1]?.sender);
          replies += 1;
        });
        // A held-back message waits for consent, so nothing follows it.
        const heldBack = thread.findIndex((message) => message.held_back);
        if (heldBack >= 0) expect(heldBack).toBe(thread.length - 1);
      }
      expect(replies).toBeGreaterThan(100);

      // Mentoring sessions: each note was written for its topic, and the topic suits who is mentored.
      const sessions = await test.db
        .selectFrom('mentorship_sessions as s')
        .innerJoin('mentorships as m', 'm.id', 's.mentorship_id')
        .innerJoin('mentorship_offers as o', 'o.id', 'm.offer_id')
        .select(['s.topic', 's.note', 'o.audience'])
        .execute();
      expect(sessions.length).toBeGreaterThan(30);
      for (const session of sessions) {
        const log = SESSIONS[session.audience].find((candidate) => candidate.topic === session.topic);
        expect(log, `${session.audience}: ${session.topic}`).toBeDefined();
        if (session.note) expect(log?.notes, session.topic).toContain(session.note);
      }
    },
    GENERATES_DEMO,
  );
});
