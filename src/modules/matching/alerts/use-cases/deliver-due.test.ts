import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useTestPlatform, waitForMail } from '../../../../../tests/setup/test-platform.js';
import { createUser } from '../../../../seed/factories.js';
import { mailsTo } from '../../mentoring/test-helpers.js';
import { daysFrom } from '../test-data.js';
import { deliverDue } from './deliver-due.js';

const test = useTestPlatform();

describe('deliverDue', () => {
  it('goes on past a failing subscription, leaves it due, logs its key only and fails the run naming the count', async () => {
    const start = new Date();
    const people = [
      { email: 'erste@mail.example', display_name: 'Erika Erste' },
      { email: 'kaputt@mail.example', display_name: 'Karla Kaputt' },
      { email: 'dritte@mail.example', display_name: 'Dora Dritte' },
    ];
    // Listed in this order, the middle one failing: one subscription is handled before it and one after.
    const subscriptions: { id: string; locale: string; email: string; display_name: string }[] = [];
    for (const person of people) {
      const user = await createUser(test.db, person);
      const alert = await test.db
        .insertInto('position_alerts')
        .values({ user_id: user.id, frequency: 'daily', locale: 'de', last_sent_at: start })
        .returning('id')
        .executeTakeFirstOrThrow();
      subscriptions.push({ id: alert.id, locale: 'de', ...person });
    }
    const [before, broken, after] = subscriptions;
    if (!before || !broken || !after) throw new Error('three subscriptions expected');
    // What the services' logger would write, as pino writes it (with its error serializer).
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });

    const tomorrow = daysFrom(start, 1);
    const run = deliverDue({
      services: { ...test.app.services, logger },
      now: tomorrow,
      table: 'position_alerts',
      findDue: (_db, frequency) => Promise.resolve(frequency === 'daily' ? subscriptions : []),
      collect: (_trx, { subscription }) => {
        // Like a database error, whose `detail` may quote the row's values.
        if (subscription.id === broken.id)
          return Promise.reject(
            Object.assign(new Error(`collecting failed for ${subscription.id}`), {
              detail: `Key (email)=(${subscription.email})`,
            }),
          );
        return Promise.resolve({ count: 1 });
      },
      compose: ({ count }, { values }) => ({ subject: `${count} neu für ${values.name}`, text: values.manage }),
    });
    await expect(run).rejects.toThrow('position_alerts: 1 due subscription could not be mailed (2 mailed)');

    for (const mailed of [before, after])
      expect((await waitForMail(test, mailed.email)).subject).toBe(`1 neu für ${mailed.display_name}`);
    expect(await mailsTo(test.db, broken.email)).toEqual([]);
    const marks = await test.db.selectFrom('position_alerts').select(['id', 'last_sent_at']).execute();
    const markOf = (id: string) => marks.find((mark) => mark.id === id)?.last_sent_at.getTime();
    expect([markOf(before.id), markOf(broken.id), markOf(after.id)]).toEqual([
      tomorrow.getTime(),
      start.getTime(),
      tomorrow.getTime(),
    ]);

    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(JSON.parse(line)).toMatchObject({
      level: 50,
      table: 'position_alerts',
      key: { id: broken.id },
      err: { message: `collecting failed for ${broken.id}` },
      msg: `alerts: position_alerts id=${broken.id} could not be mailed and stays due`,
    });
    for (const secret of [broken.email, broken.display_name]) expect(line).not.toContain(secret);
  });
});
