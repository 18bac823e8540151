import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../core/auth/guards.js';
import { authorize } from '../../core/auth/policy.js';
import { AppError } from '../../core/errors.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import { parseInput } from '../../core/validation.js';
import { participationPolicy } from './policy.js';
import {
  ballotSchema,
  CodesSchema,
  EmptyFormSchema,
  ForumSchema,
  IdParamsSchema,
  JoinSchema,
  MinutesSchema,
  RegisterSchema,
  RoundParamsSchema,
  RoundSchema,
} from './schemas.js';
import { addRound } from './use-cases/add-round.js';
import { castBallot, hasVoted } from './use-cases/cast-ballot.js';
import { createForum } from './use-cases/create-forum.js';
import { findParticipant } from './use-cases/find-participant.js';
import { getForum } from './use-cases/get-forum.js';
import { getRoundResults, resultsCsv } from './use-cases/get-round-results.js';
import { issueCodes } from './use-cases/issue-codes.js';
import { joinForum } from './use-cases/join-forum.js';
import { loadForum } from './use-cases/load-forum.js';
import { proposeFromRound, type ProposeToWorkProgramme } from './use-cases/propose-from-round.js';
import { registerParticipant } from './use-cases/register-participant.js';
import { saveMinutes } from './use-cases/save-minutes.js';
import { setRoundStatus } from './use-cases/set-round-status.js';
import {
  CodesPage,
  ForumFormPage,
  ForumPage,
  JoinPage,
  LivePage,
  RegisterPage,
  ResultsPage,
  VotePage,
  forumPath,
  roundPath,
} from './views/forum-pages.js';

/** The cookie of a forum session: a participant without an account, for one forum, until the forum ends. */
export const FORUM_SESSION_COOKIE = 'vr_forum';
/** Seconds between reloads of the live view and the waiting phone (HTTP Refresh: works without JavaScript). */
export const LIVE_REFRESH_SECONDS = 5;
/** Joining and registering are rate-limited per address, so codes cannot be tried in bulk. */
const JOIN_RATE_LIMIT = { max: 20, timeWindow: '10 minutes' };
const REGISTER_RATE_LIMIT = { max: 10, timeWindow: '1 hour' };

const VoteRoundSchema = z.object({ round: z.string().uuid() }).passthrough();
const ProposeSchema = z
  .object({
    option: z.preprocess(
      (value) => (value === undefined ? [] : typeof value === 'string' ? [value] : value),
      z.array(z.string().uuid()).max(30),
    ),
  })
  .strict();

export interface ForumRouteOptions {
  /** Monitoring's `proposeInitiatives`, wired where the module is assembled; without it the results page offers no button. */
  proposeToWorkProgramme?: ProposeToWorkProgramme | undefined;
}

export function forumRoutes(options: ForumRouteOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    const { services } = app;
    const lang = (request: FastifyRequest) => request.i18n.locale.code;
    const to = (request: FastifyRequest, path: string) => `/${lang(request)}${path}`;
    const participantOf = (request: FastifyRequest, forumId: string) =>
      findParticipant({ services, sessionToken: request.cookies[FORUM_SESSION_COOKIE], forumId });

    app.get('/beteiligung/foren/neu', async (request, reply) => {
      authorize(requireUser(request.actor), participationPolicy, 'create_forum', undefined);
      return reply.renderPage(<ForumFormPage />, { title: request.i18n.t('participation.forum.new_title') });
    });
    app.post('/beteiligung/foren/neu', async (request, reply) => {
      const actor = requireUser(request.actor);
      authorize(actor, participationPolicy, 'create_forum', undefined);
      return handleForm(request, reply, {
        schema: ForumSchema,
        title: request.i18n.t('participation.forum.new_title'),
        render: (values, errors) => <ForumFormPage values={values} errors={errors} />,
        onValid: async (input) => {
          const id = await createForum({ services, actor, input, ip: request.ip });
          return reply.setFlash('success', 'participation.forum.created').redirect(to(request, forumPath(id)), 303);
        },
      });
    });

    app.get('/beteiligung/foren/:id', async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      const view = await getForum({ services, actor: request.actor, forumId: id });
      return reply.renderPage(<ForumPage view={view} />, { title: view.forum.title });
    });

    const showForumAgain =
      (request: FastifyRequest, reply: FastifyReply, forumId: string, form: 'round' | 'minutes') =>
      async (values: Record<string, unknown>, errors: Record<string, never> | object, status: number) => {
        const view = await getForum({ services, actor: request.actor, forumId });
        const state = { values: values as never, errors: errors as never };
        return reply.renderPage(<ForumPage view={view} {...{ [form]: state }} />, { title: view.forum.title, status });
      };

    app.post('/beteiligung/foren/:id/runden', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      return handleForm(request, reply, {
        schema: RoundSchema,
        showAgain: showForumAgain(request, reply, id, 'round'),
        onValid: async (input) => {
          await addRound({ services, actor, forumId: id, input, ip: request.ip });
          return reply.setFlash('success', 'participation.round.added').redirect(to(request, forumPath(id)), 303);
        },
      });
    });

    for (const [segment, status] of [
      ['oeffnen', 'open'],
      ['schliessen', 'closed'],
    ] as const)
      app.post(`/beteiligung/foren/:id/runden/:roundId/${segment}`, async (request, reply) => {
        const actor = requireUser(request.actor);
        const { id, roundId } = parseInput(RoundParamsSchema, request.params);
        readButtonForm(request, EmptyFormSchema);
        await setRoundStatus({ services, actor, forumId: id, roundId, to: status, ip: request.ip });
        const next = status === 'closed' ? `${roundPath(id, roundId)}/ergebnis` : forumPath(id);
        return reply.setFlash('success', `participation.round.${status}_done`).redirect(to(request, next), 303);
      });

    app.post('/beteiligung/foren/:id/codes', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const { count } = readButtonForm(request, CodesSchema);
      const codes = await issueCodes({
        services,
        actor,
        forumId: id,
        count,
        labelPrefix: request.i18n.t('participation.codes.label_prefix'),
        ip: request.ip,
      });
      const { forum } = await loadForum(services.db, id);
      reply.header('cache-control', 'no-store');
      return reply.renderPage(<CodesPage forum={forum} codes={codes} />, {
        title: request.i18n.t('participation.codes.title', { forum: forum.title }),
      });
    });

    app.post('/beteiligung/foren/:id/protokoll', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      return handleForm(request, reply, {
        schema: MinutesSchema,
        showAgain: showForumAgain(request, reply, id, 'minutes'),
        onValid: async (input) => {
          await saveMinutes({ services, actor, forumId: id, minutes: input.minutes, ip: request.ip });
          return reply.setFlash('success', 'participation.minutes.saved').redirect(to(request, forumPath(id)), 303);
        },
      });
    });

    app.get('/beteiligung/foren/:id/anmelden', async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      const { forum } = await loadForum(services.db, id);
      if (forum.registration !== 'open') throw new AppError('not_found');
      return reply.renderPage(<RegisterPage forum={forum} />, {
        title: request.i18n.t('participation.register.title', { forum: forum.title }),
      });
    });
    app.post(
      '/beteiligung/foren/:id/anmelden',
      { config: { rateLimit: REGISTER_RATE_LIMIT } },
      async (request, reply) => {
        const { id } = parseInput(IdParamsSchema, request.params);
        const { forum } = await loadForum(services.db, id);
        const title = request.i18n.t('participation.register.title', { forum: forum.title });
        return handleForm(request, reply, {
          schema: RegisterSchema,
          title,
          render: (values, errors) => <RegisterPage forum={forum} values={values} errors={errors} />,
          onValid: async (input) => {
            const { code } = await registerParticipant({ services, forumId: id, name: input.name });
            return reply.renderPage(<RegisterPage forum={forum} code={code} />, { title });
          },
        });
      },
    );

    app.get('/beteiligung/mitmachen', async (request, reply) =>
      reply.renderPage(<JoinPage />, { title: request.i18n.t('participation.join.title') }),
    );
    app.post('/beteiligung/mitmachen', { config: { rateLimit: JOIN_RATE_LIMIT } }, async (request, reply) =>
      handleForm(request, reply, {
        schema: JoinSchema,
        title: request.i18n.t('participation.join.title'),
        render: (values, errors) => <JoinPage values={values} errors={errors} />,
        onValid: async (input) => {
          const joined = await joinForum({ services, code: input.code });
          reply.setCookie(FORUM_SESSION_COOKIE, joined.sessionToken, {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure: services.config.isProduction,
            expires: joined.expiresAt,
          });
          return reply.redirect(to(request, `${forumPath(joined.forumId)}/abstimmen`), 303);
        },
      }),
    );

    const renderVote = async (
      request: FastifyRequest,
      reply: FastifyReply,
      forumId: string,
      form: {
        values?: Record<string, string | string[] | undefined>;
        errors?: Record<string, { key: string }>;
        status?: number;
      } = {},
    ) => {
      const participant = await participantOf(request, forumId);
      if (!participant) return reply.redirect(to(request, '/beteiligung/mitmachen'), 303);
      const { forum, rounds } = await loadForum(services.db, forumId);
      const round = rounds.find((candidate) => candidate.status === 'open') ?? null;
      const voted = round ? await hasVoted({ services, participantId: participant.id, roundId: round.id }) : false;
      if (!round) reply.header('refresh', String(LIVE_REFRESH_SECONDS));
      return reply.renderPage(
        <VotePage
          forum={forum}
          label={participant.label}
          round={round}
          voted={voted}
          values={form.values}
          errors={form.errors}
        />,
        { title: forum.title, status: form.status ?? 200 },
      );
    };

    app.get('/beteiligung/foren/:id/abstimmen', async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      return renderVote(request, reply, id);
    });
    app.post('/beteiligung/foren/:id/abstimmen', async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      const participant = await participantOf(request, id);
      if (!participant) throw new AppError('forbidden', { messageKey: 'participation.vote.not_participant' });
      const { round: roundId, ...fields } = readButtonForm(request, VoteRoundSchema);
      const { rounds } = await loadForum(services.db, id);
      const round = rounds.find((candidate) => candidate.id === roundId);
      if (!round) throw new AppError('not_found');
      const schema = ballotSchema(
        round.mode,
        round.options.map((option) => option.id),
      );
      request.body = fields;
      return handleForm(request, reply, {
        schema,
        showAgain: (values, errors, status) => renderVote(request, reply, id, { values, errors, status }),
        onValid: async (votes) => {
          await castBallot({ services, participant, roundId: round.id, votes });
          // The page it leads to says "thank you" in a status region: no flash on top of it.
          return reply.redirect(to(request, `${forumPath(id)}/abstimmen`), 303);
        },
      });
    });

    app.get('/beteiligung/foren/:id/runden/:roundId/live', async (request, reply) => {
      const { id, roundId } = parseInput(RoundParamsSchema, request.params);
      const participant = await participantOf(request, id);
      const results = await getRoundResults({
        services,
        actor: request.actor,
        forumId: id,
        roundId,
        isParticipant: participant !== null,
      });
      if (results.round.status === 'open') reply.header('refresh', String(LIVE_REFRESH_SECONDS));
      return reply.renderPage(<LivePage results={results} />, { title: results.round.question });
    });

    app.get('/beteiligung/foren/:id/runden/:roundId/ergebnis', async (request, reply) => {
      const { id, roundId } = parseInput(RoundParamsSchema, request.params);
      const results = await getRoundResults({ services, actor: request.actor, forumId: id, roundId });
      return reply.renderPage(
        <ResultsPage results={results} canPropose={options.proposeToWorkProgramme !== undefined} />,
        {
          title: results.round.question,
        },
      );
    });

    app.get('/beteiligung/foren/:id/runden/:roundId/ergebnis.csv', async (request, reply) => {
      const { id, roundId } = parseInput(RoundParamsSchema, request.params);
      const results = await getRoundResults({ services, actor: request.actor, forumId: id, roundId });
      const t = request.i18n.t;
      const csv = resultsCsv(results, [
        t('participation.results.rank_header'),
        t('participation.results.option'),
        t('participation.results.points_header'),
        t('participation.results.share'),
        t('participation.results.supporters'),
        t('participation.results.distribution', { max: results.round.max_per_option }),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ergebnis-${roundId}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    });

    app.post('/beteiligung/foren/:id/runden/:roundId/protokoll', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id, roundId } = parseInput(RoundParamsSchema, request.params);
      readButtonForm(request, EmptyFormSchema);
      const results = await getRoundResults({ services, actor, forumId: id, roundId });
      if (results.round.status !== 'closed') throw new AppError('conflict');
      const t = request.i18n.t;
      const table = [
        `### ${results.round.question}`,
        '',
        t('participation.live.status', { ballots: results.ballots, points: results.totalPoints }),
        '',
        ...results.results.map(
          (row) =>
            `- ${t('participation.minutes.result_line', { rank: row.rank, option: row.label.replace(/[\\`*_[\]<>#]/g, ''), points: row.points })}`,
        ),
      ].join('\n');
      await saveMinutes({ services, actor, forumId: id, append: table, ip: request.ip });
      return reply.setFlash('success', 'participation.minutes.appended').redirect(to(request, forumPath(id)), 303);
    });

    const propose = options.proposeToWorkProgramme;
    if (propose)
      app.post('/beteiligung/foren/:id/runden/:roundId/arbeitsprogramm', async (request, reply) => {
        const actor = requireUser(request.actor);
        const { id, roundId } = parseInput(RoundParamsSchema, request.params);
        const { option } = readButtonForm(request, ProposeSchema);
        const t = request.i18n.t;
        await proposeFromRound({
          services,
          actor,
          forumId: id,
          roundId,
          optionIds: option,
          texts: {
            sourceLabel: (forum, date) =>
              t('participation.results.source_label', { forum, date: request.i18n.formatDate(date) }),
            description: (rank, points) => t('participation.results.source_description', { rank, points }),
          },
          propose,
          ip: request.ip,
        });
        return reply
          .setFlash('success', 'participation.results.proposed')
          .redirect(to(request, `${roundPath(id, roundId)}/ergebnis`), 303);
      });
  };
}
