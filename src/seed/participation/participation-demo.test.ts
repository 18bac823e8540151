import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { TestClient } from '../../../tests/setup/test-platform.js';
import { generateDemoData } from '../demo.js';

const test = useTestPlatform();

describe('participation demo data', () => {
  it('has two past forums with results, three campaigns, twenty stories and an award round with jury scores', async () => {
    const summary = await generateDemoData(test.db, {
      scale: 1,
      seed: 'participation-demo',
      storage: test.app.services.storage,
    });
    expect(summary.participation).toMatchObject({
      forums: 2,
      ballots: 64,
      campaigns: 3,
      stories: 20,
      images: 20,
      translations: 54,
      nominations: 6,
    });
    expect(summary.participation.scores).toBeGreaterThan(0);
    const rounds = await test.db.selectFrom('participation_rounds').select(['id', 'forum_id', 'status']).execute();
    expect(rounds.map((round) => round.status)).toEqual(['closed', 'closed']);
    const forums = await test.db.selectFrom('participation_forums').select(['id', 'ends_at']).execute();
    for (const forum of forums) expect(forum.ends_at.getTime()).toBeLessThan(Date.now());
    // The forum of Abbildung 6 ranks the three fields of work it chose first.
    const anonymous = new TestClient(test.app);
    const first = rounds.find((round) => forums.some((forum) => forum.id === round.forum_id));
    const results = await anonymous.get(`/de/beteiligung/foren/${first?.forum_id}/runden/${first?.id}/ergebnis`);
    expect(results.statusCode).toBe(200);
    const ranking = await test.db
      .selectFrom('participation_votes as v')
      .innerJoin('participation_options as o', 'o.id', 'v.option_id')
      .innerJoin('participation_rounds as r', 'r.id', 'v.round_id')
      .innerJoin('participation_forums as f', 'f.id', 'r.forum_id')
      .select(['o.label', (eb) => eb.fn.sum<number>('v.points').as('points')])
      .where('f.title', 'like', 'Interkommunales Forum%')
      .groupBy('o.label')
      .orderBy('points', 'desc')
      .execute();
    expect(
      ranking
        .slice(0, 3)
        .map((row) => row.label)
        .sort(),
    ).toEqual([
      'Potenziale in der Region halten',
      'Transparenz über Angebote, Wissen, Akteure und Projekte herstellen',
      'Öffentlichkeitskampagnen: Potenziale statt Defizite zeigen',
    ]);
    const hub = await anonymous.get('/de/beteiligung');
    expect(hub.body).toContain('Interkommunales Forum Integration');
    expect((await anonymous.get('/de/beteiligung/geschichten')).body).toContain('Vom Praktikum zur Meisterin');
    // Every story has a picture, stored as a real PNG file and described by its alternative text.
    const stories = await test.db
      .selectFrom('participation_stories')
      .select(['id', 'title', 'image_alt'])
      .orderBy('published_at', 'desc')
      .execute();
    const alts = new Set(stories.map((story) => story.image_alt));
    expect(alts.size).toBe(20);
    for (const story of stories) expect(story.image_alt).toContain(`„${story.title}“`);
    const picture = await anonymous.get(`/de/beteiligung/geschichten/${stories[0]?.id}/bild`);
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(picture.rawPayload.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    // Six stories and the three campaigns read in every language, each in its own words.
    const translated = await test.db
      .selectFrom('participation_translations')
      .select(['story_id', (eb) => eb.fn.countAll<number>().as('languages')])
      .where('story_id', 'is not', null)
      .groupBy('story_id')
      .execute();
    expect(translated.map((row) => Number(row.languages))).toEqual([6, 6, 6, 6, 6, 6]);
    const titles = await test.db
      .selectFrom('participation_translations')
      .select('title')
      .where('story_id', '=', translated[0]?.story_id ?? '')
      .execute();
    expect(new Set(titles.map((row) => row.title)).size).toBe(6);
    const campaignLanguages = await test.db
      .selectFrom('participation_translations')
      .select(['campaign_id', (eb) => eb.fn.countAll<number>().as('languages')])
      .where('campaign_id', 'is not', null)
      .groupBy('campaign_id')
      .execute();
    expect(campaignLanguages.map((row) => Number(row.languages))).toEqual([6, 6, 6]);
    const arabic = await anonymous.get('/ar/beteiligung/geschichten');
    expect(arabic.body).toContain('خدمة تموين تبني الجسور');
    expect(arabic.body).toContain('الرور يعني التنوع');
    // Every stored vote keeps its round's limits.
    const spent = await test.db
      .selectFrom('participation_votes as v')
      .innerJoin('participation_rounds as r', 'r.id', 'v.round_id')
      .select([
        'v.round_id',
        'v.participant_id',
        'r.points_per_participant',
        (eb) => eb.fn.sum<number>('v.points').as('points'),
      ])
      .groupBy(['v.round_id', 'v.participant_id', 'r.points_per_participant'])
      .execute();
    for (const row of spent) expect(Number(row.points)).toBe(row.points_per_participant);
  });
});
