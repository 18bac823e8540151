import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { handleForm, readButtonForm, type FormValues } from '../../core/http/forms.js';
import type { FieldErrors } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { ActionSchema, ActionStatusSchema, IdParamsSchema, ReassessSchema } from './schemas.js';
import { addAction } from './use-cases/add-action.js';
import { getResults } from './use-cases/get-results.js';
import { setActionStatus } from './use-cases/set-action-status.js';
import { setReassessment } from './use-cases/set-reassessment.js';
import { ResultsPage, type ResultsForm } from './views/results-page.js';

/** The results of a completed assessment: levels, recommendations, benchmark, action plan, re-assessment date. */
export async function registerResultRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const resultsPath = (request: FastifyRequest, id: string) => `/${lang(request)}/qualitaet/selbstcheck/${id}/ergebnis`;

  const showResults = async (
    request: FastifyRequest,
    id: string,
    extra: { form?: ResultsForm; values?: FormValues; errors?: FieldErrors; status?: number } = {},
  ) => {
    const actor = requireUser(request.actor);
    const view = await getResults({ services, actor, assessmentId: id, locale: lang(request) });
    return { view, extra };
  };

  app.get('/qualitaet/selbstcheck/:id/ergebnis', { config: { isPrivate: true } }, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { view } = await showResults(request, id);
    return reply.renderPage(<ResultsPage view={view} />, {
      title: request.i18n.t('checklists_result.title', {
        audience: request.i18n.t(`checklists.audiences.${view.assessment.audience}`),
      }),
    });
  });

  const formRoute = (path: string, form: ResultsForm) =>
    app.post(`/qualitaet/selbstcheck/:id/${path}`, { config: { isPrivate: true } }, async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const showAgain = async (values: FormValues, errors: FieldErrors, status: number) => {
        const { view } = await showResults(request, id);
        return reply.renderPage(<ResultsPage view={view} form={form} values={values} errors={errors} />, {
          title: request.i18n.t('checklists_result.title', {
            audience: request.i18n.t(`checklists.audiences.${view.assessment.audience}`),
          }),
          status,
        });
      };
      if (form === 'action')
        return handleForm(request, reply, {
          schema: ActionSchema,
          showAgain,
          onValid: async (input) => {
            await addAction({ services, actor, assessmentId: id, input });
            return reply.setFlash('success', 'checklists_result.actions.added').redirect(resultsPath(request, id), 303);
          },
        });
      return handleForm(request, reply, {
        schema: ReassessSchema,
        showAgain,
        onValid: async (input) => {
          await setReassessment({ services, actor, assessmentId: id, day: input.reassess_on });
          return reply.setFlash('success', 'checklists_result.reassess.saved').redirect(resultsPath(request, id), 303);
        },
      });
    });
  formRoute('massnahmen', 'action');
  formRoute('wiedervorlage', 'reassess');

  app.post('/qualitaet/massnahmen/:id/status', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const { status } = readButtonForm(request, ActionStatusSchema);
    const { assessmentId } = await setActionStatus({ services, actor, actionId: id, status });
    return reply
      .setFlash('success', 'checklists_result.actions.updated')
      .redirect(resultsPath(request, assessmentId), 303);
  });
}
