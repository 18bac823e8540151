import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { AlertFrequency } from '../../tables.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { alertsPolicy, can } from '../policy.js';
import { ALERT_LIMITS, type PositionAlertInput } from '../schemas.js';

export interface PositionAlertView {
  id: string;
  frequency: AlertFrequency;
  occupations: string[];
  cities: string[];
  kinds: string[];
  createdAt: Date;
}

export interface ProfileDigestView {
  frequency: AlertFrequency;
  createdAt: Date;
}

/** An applicant subscribes to new positions; the first mail covers positions published from now on. */
export async function createPositionAlert(options: {
  services: AppServices;
  actor: UserActor;
  input: PositionAlertInput;
  locale: string;
}): Promise<void> {
  const { services, actor, input } = options;
  authorize(actor, alertsPolicy, 'subscribe_positions', undefined, {
    messageKey: 'matching_alerts.errors.subscribe_positions',
  });
  await services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('position_alerts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (Number(existing.n) >= ALERT_LIMITS.alertsPerUser) {
      throw new AppError('conflict', {
        fields: {
          frequency: { key: 'matching_alerts.validation.too_many_alerts', values: { max: ALERT_LIMITS.alertsPerUser } },
        },
      });
    }
    await trx
      .insertInto('position_alerts')
      .values({
        user_id: actor.userId,
        frequency: input.frequency,
        occupations: input.occupations,
        cities: input.cities,
        kinds: input.kinds,
        locale: options.locale,
        last_sent_at: new Date(),
      })
      .execute();
  });
}

export async function listPositionAlerts(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<PositionAlertView[]> {
  const rows = await options.services.db
    .selectFrom('position_alerts')
    .select(['id', 'frequency', 'occupations', 'cities', 'kinds', 'created_at'])
    .where('user_id', '=', options.actor.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    frequency: row.frequency,
    occupations: row.occupations,
    cities: row.cities,
    kinds: row.kinds,
    createdAt: row.created_at,
  }));
}

/** Deletes one of the user's own alerts; anyone else's is "not found", never deleted. */
export async function deletePositionAlert(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
}): Promise<void> {
  const alert = await options.services.db
    .selectFrom('position_alerts')
    .select('user_id')
    .where('id', '=', options.id)
    .executeTakeFirst();
  if (!alert || !can(options.actor, 'delete_subscription', { ownerUserId: alert.user_id }))
    throw new AppError('not_found');
  await options.services.db.deleteFrom('position_alerts').where('id', '=', options.id).execute();
}

/** A company member subscribes to the digest of new matching profiles for their organisation's open positions. */
export async function subscribeProfileDigest(options: {
  services: AppServices;
  actor: UserActor;
  frequency: AlertFrequency;
  locale: string;
}): Promise<void> {
  const { services, actor } = options;
  const organisationId = actor.organisation?.id;
  if (!can(actor, 'subscribe_profile_digest') || !organisationId)
    throw new AppError('forbidden', { messageKey: 'matching_alerts.errors.subscribe_profile_digest' });
  await services.db
    .insertInto('profile_digest_subscriptions')
    .values({
      user_id: actor.userId,
      organisation_id: organisationId,
      frequency: options.frequency,
      locale: options.locale,
      last_sent_at: new Date(),
    })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ organisation_id: organisationId, frequency: options.frequency, locale: options.locale }),
    )
    .execute();
}

export async function getProfileDigest(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<ProfileDigestView | null> {
  const row = await options.services.db
    .selectFrom('profile_digest_subscriptions')
    .select(['frequency', 'created_at'])
    .where('user_id', '=', options.actor.userId)
    .executeTakeFirst();
  return row ? { frequency: row.frequency, createdAt: row.created_at } : null;
}

export async function unsubscribeProfileDigest(options: { services: AppServices; actor: UserActor }): Promise<void> {
  const result = await options.services.db
    .deleteFrom('profile_digest_subscriptions')
    .where('user_id', '=', options.actor.userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found');
}
