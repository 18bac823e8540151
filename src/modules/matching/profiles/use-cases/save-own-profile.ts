import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import type { AppServices } from '../../../../core/http/types.js';
import { profilesPolicy } from '../policy.js';
import { identityColumns, insertProfile, profileColumns } from '../records.js';
import type { ProfileInput } from '../schemas.js';

/** Creates or updates the applicant's own profile and, apart from it, the personal part — in one transaction. */
export async function saveOwnProfile(options: {
  services: AppServices;
  actor: UserActor;
  input: ProfileInput;
  ip: string;
}): Promise<{ created: boolean }> {
  const { services, actor, input } = options;
  authorize(actor, profilesPolicy, 'keep_own_profile', undefined);
  return services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('applicant_profiles')
      .select('id')
      .where('user_id', '=', actor.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) {
      const row = await insertProfile(trx, actor.userId, input.profile, input.identity);
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'matching.profile_created',
        subjectType: 'applicant_profile',
        subjectId: row.id,
        ip: options.ip,
      });
      return { created: true };
    }
    const now = new Date();
    await trx
      .updateTable('applicant_profiles')
      .set({ ...profileColumns(input.profile), updated_at: now, last_confirmed_at: now })
      .where('id', '=', existing.id)
      .execute();
    await trx
      .updateTable('applicant_identities')
      .set({ ...identityColumns(input.identity), updated_at: now })
      .where('profile_id', '=', existing.id)
      .execute();
    return { created: false };
  });
}
