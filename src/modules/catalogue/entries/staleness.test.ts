import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { STALE_GRACE_DAYS } from '../taxonomy.js';
import { berlinDay } from '../../../core/time/calendar-day.js';
import { checkStaleEntries } from './use-cases/check-stale-entries.js';
import { memberOf, office, publishedOffer } from './test-helpers.js';
import { days } from '../../../core/time/durations.js';

const test = useTestPlatform();
const DAY = days(1);

describe('catalogue entries: staleness', () => {
  it('flags expired and untouched entries once by mail, hides them after the grace period, and shows them again when confirmed', async () => {
    const provider = await memberOf(test, 'admin@stadtteilverein.example', { name: 'Stadtteilverein Hochfeld' });
    const reviewer = await office(test);
    const now = new Date();
    const yesterday = berlinDay(new Date(now.getTime() - DAY));
    const expiredId = await publishedOffer(test, provider.client, reviewer.client, {
      title: 'Sprachcafé für Eltern',
      valid_until: yesterday,
    });
    const untouchedId = await publishedOffer(test, provider.client, reviewer.client, {
      title: 'Bewerbungsmappen-Check',
    });
    const freshId = await publishedOffer(test, provider.client, reviewer.client, { title: 'Azubi-Speed-Dating' });
    const thirteenMonthsAgo = new Date(now.getTime() - 396 * DAY);
    await test.db
      .updateTable('catalogue_entries')
      .set({ updated_at: thirteenMonthsAgo, last_confirmed_at: thirteenMonthsAgo })
      .where('id', '=', untouchedId)
      .execute();
    const services = test.app.services;

    expect(await checkStaleEntries({ services, now })).toEqual({ flagged: 2, hidden: 0 });
    // The provider already had the mails of submitting and publishing; these are the staleness notices.
    const mail = await waitForMail(test, 'admin@stadtteilverein.example', { count: 2, containing: 'Sonst blenden' });
    expect(mail.subject).toContain('Ist Ihr Eintrag noch aktuell?');
    const mails = await test.db
      .selectFrom('dev_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', 'admin@stadtteilverein.example')
      .where('subject', 'like', 'Ist Ihr Eintrag noch aktuell?%')
      .execute();
    expect(mails.find((m) => m.subject.includes('Sprachcafé'))?.text_body).toContain('Gültigkeitszeitraum');
    expect(mails.find((m) => m.subject.includes('Bewerbungsmappen'))?.text_body).toContain(
      'seit 12 Monaten nicht geändert',
    );
    // Only once: a second run the same day mails nobody.
    expect(await checkStaleEntries({ services, now })).toEqual({ flagged: 0, hidden: 0 });
    // Still public during the grace period.
    const visitor = new TestClient(test.app);
    expect((await visitor.get(`/de/eintraege/${untouchedId}`)).statusCode).toBe(200);
    expect((await provider.client.get(`/de/eintraege/${untouchedId}/bearbeiten`)).body).toContain(
      'Ist dieser Eintrag noch aktuell?',
    );

    const afterGrace = new Date(now.getTime() + (STALE_GRACE_DAYS + 1) * DAY);
    expect(await checkStaleEntries({ services, now: afterGrace })).toEqual({ flagged: 0, hidden: 2 });
    expect((await visitor.get(`/de/eintraege/${expiredId}`)).statusCode).toBe(404);
    expect((await visitor.get(`/de/eintraege/${untouchedId}`)).statusCode).toBe(404);
    expect((await visitor.get(`/de/eintraege/${freshId}`)).statusCode).toBe(200);
    expect((await provider.client.get('/de/organisation/eintraege')).body).toContain('(ausgeblendet)');

    // "Still current" brings the untouched entry back; the expired one needs a new period instead.
    const stranger = await memberOf(test, 'fremd@anderer-verein.example');
    expect((await stranger.client.postForm(`/de/eintraege/${untouchedId}/bestaetigen`, {})).statusCode).toBe(404);
    expect((await provider.client.postForm(`/de/eintraege/${untouchedId}/bestaetigen`, {})).statusCode).toBe(303);
    expect((await visitor.get(`/de/eintraege/${untouchedId}`)).statusCode).toBe(200);
    const confirmed = await test.db
      .selectFrom('catalogue_entries')
      .select(['stale_notified_at', 'hidden_at'])
      .where('id', '=', untouchedId)
      .executeTakeFirstOrThrow();
    expect(confirmed).toEqual({ stale_notified_at: null, hidden_at: null });
    const refused = await provider.client.postForm(`/de/eintraege/${expiredId}/bestaetigen`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Bitte tragen Sie ein neues Enddatum ein');

    const actions = await test.db
      .selectFrom('catalogue_revisions')
      .select('action')
      .where('entry_id', '=', untouchedId)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'created',
      'submitted',
      'published',
      'stale_flagged',
      'hidden',
      'confirmed',
    ]);
    // The confirmed entry is not flagged again the next day.
    expect(await checkStaleEntries({ services, now: new Date(now.getTime() + DAY) })).toEqual({
      flagged: 0,
      hidden: 0,
    });
  });
});
