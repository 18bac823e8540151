import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm, readButtonForm } from '../../../core/http/forms.js';
import { parseInput } from '../../../core/validation.js';
import { EmptyFormSchema, EndMentorshipSchema, IdParamsSchema, ProblemSchema, SessionSchema } from './schemas.js';
import { endMentorship } from './use-cases/end-mentorship.js';
import { getMentorship } from './use-cases/get-mentorship.js';
import { logSession } from './use-cases/log-session.js';
import { reportProblem } from './use-cases/report-problem.js';
import { resolveProblem } from './use-cases/resolve-problem.js';
import { MentorshipPage, type MentorshipFormState } from './views/mentorship-page.js';

/** One mentorship and its follow-up: session log, problem reports, the end. */
export function mentorshipRoutes(app: FastifyInstance): void {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;

  async function renderMentorship(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state?: MentorshipFormState & { status: number },
  ) {
    const data = await getMentorship({ services, actor: requireUser(request.actor), mentorshipId: id });
    return reply.renderPage(<MentorshipPage data={data} state={state} />, {
      title: request.i18n.t('matching_mentoring.mentorship.title', {
        focus: request.i18n.t(`matching_mentoring.focus.${data.mentorship.focus}`),
      }),
      ...(state ? { status: state.status } : {}),
    });
  }
  const showMentorshipAgain =
    (request: FastifyRequest, reply: FastifyReply, id: string, form: MentorshipFormState['form']) =>
    (values: MentorshipFormState['values'], errors: MentorshipFormState['errors'], status: number) =>
      renderMentorship(request, reply, id, { form, values, errors, status });

  app.get('/mentoring/patenschaften/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return renderMentorship(request, reply, id);
  });

  app.post('/mentoring/patenschaften/:id/sitzungen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: SessionSchema,
      showAgain: showMentorshipAgain(request, reply, id, 'session'),
      onValid: async (input) => {
        await logSession({ services, actor, mentorshipId: id, input });
        return reply
          .setFlash('success', 'matching_mentoring.flash.session_saved')
          .redirect(`/${lang(request)}/mentoring/patenschaften/${id}`, 303);
      },
    });
  });

  app.post('/mentoring/patenschaften/:id/probleme', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: ProblemSchema,
      showAgain: showMentorshipAgain(request, reply, id, 'problem'),
      onValid: async (input) => {
        await reportProblem({ services, actor, mentorshipId: id, description: input.description });
        return reply
          .setFlash('success', 'matching_mentoring.flash.problem_reported')
          .redirect(`/${lang(request)}/mentoring/patenschaften/${id}`, 303);
      },
    });
  });

  app.post('/mentoring/patenschaften/:id/beenden', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: EndMentorshipSchema,
      showAgain: showMentorshipAgain(request, reply, id, 'end'),
      onValid: async (input) => {
        await endMentorship({ services, actor, mentorshipId: id, endNote: input.end_note, ip: request.ip });
        return reply
          .setFlash('success', 'matching_mentoring.flash.mentorship_ended')
          .redirect(`/${lang(request)}/mentoring/koordination`, 303);
      },
    });
  });

  app.post('/mentoring/probleme/:id/erledigt', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    const mentorshipId = await resolveProblem({ services, actor, problemId: id });
    return reply
      .setFlash('success', 'matching_mentoring.flash.problem_resolved')
      .redirect(`/${lang(request)}/mentoring/patenschaften/${mentorshipId}`, 303);
  });
}
