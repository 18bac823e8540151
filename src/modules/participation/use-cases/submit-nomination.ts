import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay, dateColumnDay } from '../../../core/time/calendar-day.js';
import type { NominationInput } from '../schemas.js';
import { currentAwardRound } from './load-award.js';

/**
 * A public nomination or a self-application for the current call: anybody, no account, until the closing day
 * (German time). The route limits how often one address may send; the office checks eligibility afterwards.
 */
export async function submitNomination(options: {
  services: AppServices;
  input: NominationInput;
  /** The signed-in sender, whose account export and erasure then include the entry. */
  actor: Actor;
  now?: Date;
}): Promise<void> {
  const { services, input } = options;
  const round = await currentAwardRound(services.db);
  if (!round || round.status !== 'call' || berlinDay(options.now) > dateColumnDay(round.closesOn))
    throw new AppError('conflict', { messageKey: 'participation_award.nominate.closed' });
  if (input.founded_year > round.year)
    throw new AppError('invalid_input', {
      fields: {
        founded_year: { key: 'participation_award.nominate.founded_after', values: { year: String(round.year) } },
      },
    });
  await services.db
    .insertInto('participation_award_entries')
    .values({
      round_id: round.id,
      kind: input.kind,
      business_name: input.business_name,
      city: input.city,
      founded_year: input.founded_year,
      founder_path: input.founder_path,
      jobs_created: input.jobs_created,
      apprenticeships_created: input.apprenticeships_created,
      staff_commitment: input.staff_commitment,
      business_development: input.business_development,
      civic_engagement: input.civic_engagement,
      submitter_name: input.submitter_name,
      submitter_email: input.submitter_email,
      submitter_user_id: options.actor.kind === 'user' ? options.actor.userId : null,
      consented_at: options.now ?? new Date(),
    })
    .execute();
}
