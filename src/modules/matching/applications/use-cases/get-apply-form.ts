import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { AppServices } from '../../../../core/http/types.js';
import { readOwnPersonalPart } from '../identity-store.js';
import { LANGUAGE_CODES, LANGUAGE_LEVELS, LANGUAGE_ROWS } from '../languages.js';
import { applicationsPolicy } from '../policy.js';
import { findOpenPosition, type OpenPosition } from './apply-to-position.js';

export interface ApplyFormData {
  position: OpenPosition;
  hasProfile: boolean;
  /** The application already running for this position, if any. */
  existingApplicationId: string | null;
  /** Form values prefilled from the profile and the stored personal part. */
  values: Record<string, string>;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** What the application form starts with: the person types nothing twice that the profile already knows. */
export async function getApplyForm(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  now?: Date;
}): Promise<ApplyFormData> {
  const { services, actor } = options;
  authorize(actor, applicationsPolicy, 'apply', undefined, {
    messageKey: 'matching_applications.errors.staff_cannot_apply',
  });
  const position = await findOpenPosition(services.db, options.positionId, options.now ?? new Date());
  const profile = await services.db
    .selectFrom('applicant_profiles')
    .select(['id', 'certificate', 'languages', 'potentials'])
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!profile) return { position, hasProfile: false, existingApplicationId: null, values: {} };
  const existing = await services.db
    .selectFrom('applications')
    .select('id')
    .where('position_id', '=', position.id)
    .where('profile_id', '=', profile.id)
    .where('status', 'not in', ['withdrawn', 'declined'])
    .executeTakeFirst();
  const personal = await readOwnPersonalPart(services.db, profile.id);
  const values: Record<string, string> = {
    school_certificate: profile.certificate,
    full_name: personal?.full_name ?? '',
    contact_email: personal?.contact_email || actor.email,
    phone: personal?.phone ?? '',
    address: personal?.address ?? '',
  };
  const potentials = (profile.potentials ?? {}) as Record<string, unknown>;
  values.volunteering = textOf(potentials.volunteering);
  values.experience = textOf(potentials.experience_abroad);
  const languages = Array.isArray(profile.languages)
    ? (profile.languages as { code?: unknown; level?: unknown }[])
    : [];
  let row = 1;
  for (const language of languages) {
    if (row > LANGUAGE_ROWS) break;
    const code = String(language.code);
    const level = String(language.level);
    if (
      !(LANGUAGE_CODES as readonly string[]).includes(code) ||
      !(LANGUAGE_LEVELS as readonly string[]).includes(level)
    )
      continue;
    values[`language_${row}`] = code;
    values[`level_${row}`] = level;
    row += 1;
  }
  return { position, hasProfile: true, existingApplicationId: existing?.id ?? null, values };
}
