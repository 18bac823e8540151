import type { AppServices } from '../../core/http/types.js';
import { PLATFORM_TIME_ZONE } from '../../core/time/calendar-day.js';
import { remindExpiringCertificates } from './use-cases/remind-expiring-certificates.js';

export const CERTIFICATE_REMINDER_QUEUE = 'checklists-certificate-reminders';

/** Every morning at 05:00 (Berlin time): reminders for certificates that expire within three months. */
export async function scheduleCertificateReminders(services: AppServices): Promise<void> {
  const { queue } = services;
  await queue.createQueue(CERTIFICATE_REMINDER_QUEUE);
  await queue.schedule(CERTIFICATE_REMINDER_QUEUE, '0 5 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await queue.work(CERTIFICATE_REMINDER_QUEUE, async () => {
    await remindExpiringCertificates({ services });
  });
}
