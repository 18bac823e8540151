import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { ALERTS_QUEUE, scheduleMatchingAlerts } from './jobs.js';

const test = useTestPlatform();

describe('the matching alerts queue', () => {
  it('retries a failed run after a delay that grows, also where the queue was created without one', async () => {
    const { queue } = test.app.services;
    // As an earlier version left it: pg-boss's defaults, two retries at once.
    await queue.updateQueue(ALERTS_QUEUE, { retryLimit: 2, retryDelay: 0, retryBackoff: false });
    await scheduleMatchingAlerts(test.app.services);
    expect(await queue.getQueue(ALERTS_QUEUE)).toMatchObject({ retryLimit: 4, retryDelay: 300, retryBackoff: true });
    // Every job of the queue, the scheduled morning run among them, takes the queue's retry settings.
    const id = await queue.send(ALERTS_QUEUE, {});
    expect(await queue.findJobs(ALERTS_QUEUE, { id: id ?? '' })).toMatchObject([
      { retryLimit: 4, retryDelay: 300, retryBackoff: true },
    ]);
  });
});
