import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { authorize } from '../../core/auth/policy.js';
import { AppError } from '../../core/errors.js';
import type { FormValues } from '../../core/http/forms.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import type { FieldErrors } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { participationPolicy } from './policy.js';
import {
  AwardRoundSchema,
  EligibilitySchema,
  EmptyFormSchema,
  IdParamsSchema,
  JurorSchema,
  NominationSchema,
  ScoreSchema,
} from './schemas.js';
import { addJuror } from './use-cases/add-juror.js';
import { declareConflict } from './use-cases/declare-conflict.js';
import { getAwardCall } from './use-cases/get-award-call.js';
import { getJuryEntry } from './use-cases/get-jury-entry.js';
import { listJuryEntries } from './use-cases/list-jury-entries.js';
import { currentAwardRound } from './use-cases/load-award.js';
import { manageAward } from './use-cases/manage-award.js';
import { openAwardRound } from './use-cases/open-award-round.js';
import { publishWinner } from './use-cases/publish-winner.js';
import { advanceAwardRound } from './use-cases/set-award-status.js';
import { setEligibility } from './use-cases/set-eligibility.js';
import { submitNomination } from './use-cases/submit-nomination.js';
import { submitScores } from './use-cases/submit-scores.js';
import {
  AWARD_PATH,
  AwardManagePage,
  AwardPage,
  JuryEntryPage,
  JuryPage,
  NominationDonePage,
  NominationPage,
} from './views/award-pages.js';

/** Nominations are public: one address may send a few per hour (the rate-limit store is PostgreSQL, decision 005). */
export const NOMINATION_RATE_LIMIT = { max: 5, timeWindow: '1 hour' };

/** The award "Wirtschaftspreis Vielfalt": the public call, nominations, the office's management, the jury. */
export async function awardRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const to = (request: FastifyRequest, path: string) => `/${request.i18n.locale.code}${path}`;
  const manageBase = `${AWARD_PATH}/verwaltung`;

  app.get(AWARD_PATH, async (request, reply) => {
    const call = await getAwardCall({ services, actor: request.actor });
    return reply.renderPage(<AwardPage call={call} />, {
      title: request.i18n.t('participation_award.title'),
      description: request.i18n.t('participation_award.intro'),
    });
  });

  const openRound = async () => {
    const round = await currentAwardRound(services.db);
    if (!round || round.status !== 'call') throw new AppError('not_found');
    return round;
  };
  app.get(`${AWARD_PATH}/vorschlagen`, async (request, reply) => {
    const round = await openRound();
    return reply.renderPage(<NominationPage round={round} />, {
      title: request.i18n.t('participation_award.nominate.title', { year: String(round.year) }),
    });
  });
  app.post(`${AWARD_PATH}/vorschlagen`, { config: { rateLimit: NOMINATION_RATE_LIMIT } }, async (request, reply) => {
    const round = await openRound();
    const title = request.i18n.t('participation_award.nominate.title', { year: String(round.year) });
    return handleForm(request, reply, {
      schema: NominationSchema,
      title,
      render: (values, errors) => <NominationPage round={round} values={values} errors={errors} />,
      onValid: async (input) => {
        await submitNomination({ services, input, actor: request.actor });
        return reply.renderPage(<NominationDonePage />, {
          title: request.i18n.t('participation_award.nominate.done_title'),
        });
      },
    });
  });

  const showManage =
    (request: FastifyRequest, reply: FastifyReply, form: 'round' | 'juror') =>
    async (values: FormValues, errors: FieldErrors, status: number) => {
      const data = await manageAward({ services, actor: requireUser(request.actor) });
      return reply.renderPage(<AwardManagePage data={data} {...{ [form]: { values, errors } }} />, {
        title: request.i18n.t('participation_award.manage.title'),
        status,
      });
    };
  app.get(manageBase, async (request, reply) => {
    const data = await manageAward({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<AwardManagePage data={data} />, {
      title: request.i18n.t('participation_award.manage.title'),
    });
  });
  app.post(`${manageBase}/runde`, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, participationPolicy, 'manage_award', undefined);
    return handleForm(request, reply, {
      schema: AwardRoundSchema,
      showAgain: showManage(request, reply, 'round'),
      onValid: async (input) => {
        await openAwardRound({ services, actor, input, ip: request.ip });
        return reply
          .setFlash('success', 'participation_award.manage.call_opened')
          .redirect(to(request, manageBase), 303);
      },
    });
  });
  app.post(`${manageBase}/weiter`, async (request, reply) => {
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
    await advanceAwardRound({ services, actor, ip: request.ip });
    return reply.setFlash('success', 'participation_award.manage.advanced').redirect(to(request, manageBase), 303);
  });
  app.post(`${manageBase}/jury`, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, participationPolicy, 'manage_award', undefined);
    return handleForm(request, reply, {
      schema: JurorSchema,
      showAgain: showManage(request, reply, 'juror'),
      onValid: async (input) => {
        await addJuror({ services, actor, email: input.email, ip: request.ip });
        return reply
          .setFlash('success', 'participation_award.manage.juror_added')
          .redirect(to(request, manageBase), 303);
      },
    });
  });
  app.post(`${manageBase}/eintraege/:id/pruefung`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = readButtonForm(request, EligibilitySchema);
    await setEligibility({
      services,
      actor,
      entryId: id,
      decision: input.decision,
      reason: input.reason,
      ip: request.ip,
    });
    return reply
      .setFlash('success', 'participation_award.manage.decision_saved')
      .redirect(to(request, manageBase), 303);
  });
  app.post(`${manageBase}/eintraege/:id/preistraeger`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    const t = request.i18n.t;
    const storyId = await publishWinner({
      services,
      actor,
      entryId: id,
      texts: {
        title: (business, year) => t('participation_award.story.title', { business, year: String(year) }),
        summary: (jobs, places) => t('participation_award.story.summary', { jobs, places }),
        headings: {
          founder_path: t('participation_award.criteria.founder_path'),
          staff: t('participation_award.criteria.staff'),
          development: t('participation_award.criteria.development'),
          civic: t('participation_award.criteria.civic'),
        },
      },
      ip: request.ip,
    });
    return reply
      .setFlash('success', 'participation_award.manage.published')
      .redirect(to(request, `/beteiligung/geschichten/${storyId}`), 303);
  });

  app.get(`${AWARD_PATH}/jury`, async (request, reply) => {
    const { round, entries } = await listJuryEntries({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<JuryPage round={round} entries={entries} />, {
      title: request.i18n.t('participation_award.jury.title'),
    });
  });
  app.get(`${AWARD_PATH}/jury/:id`, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const view = await getJuryEntry({ services, actor: requireUser(request.actor), entryId: id });
    return reply.renderPage(<JuryEntryPage view={view} />, { title: view.entry.business_name });
  });
  app.post(`${AWARD_PATH}/jury/:id/bewertung`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: ScoreSchema,
      showAgain: async (values, errors, status) => {
        const view = await getJuryEntry({ services, actor, entryId: id });
        return reply.renderPage(<JuryEntryPage view={view} values={values} errors={errors} />, {
          title: view.entry.business_name,
          status,
        });
      },
      onValid: async (input) => {
        await submitScores({ services, actor, entryId: id, input });
        return reply
          .setFlash('success', 'participation_award.jury.submitted')
          .redirect(to(request, `${AWARD_PATH}/jury/${id}`), 303);
      },
    });
  });
  app.post(`${AWARD_PATH}/jury/:id/befangen`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await declareConflict({ services, actor, entryId: id, ip: request.ip });
    return reply
      .setFlash('success', 'participation_award.jury.conflict_saved')
      .redirect(to(request, `${AWARD_PATH}/jury`), 303);
  });
}
