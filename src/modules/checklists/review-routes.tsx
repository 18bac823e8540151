import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../core/errors.js';
import { requireUser } from '../../core/auth/guards.js';
import { handleForm, readButtonForm, type FormValues } from '../../core/http/forms.js';
import { parseInput } from '../../core/validation.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { listQuestionnaireVersions, loadQuestionnaire, questionnaireJsonSchema } from './questionnaires/index.js';
import { authorize } from '../../core/auth/policy.js';
import { checklistsPolicy } from './policy.js';
import {
  CommentSchema,
  DecisionSchema,
  EmptyFormSchema,
  IdParamsSchema,
  ImportQuestionnaireSchema,
  RevokeSchema,
  VerifyQuerySchema,
} from './schemas.js';
import { addReviewComment } from './use-cases/add-review-comment.js';
import { decideReview } from './use-cases/decide-review.js';
import { deleteQuestionnaire } from './use-cases/delete-questionnaire.js';
import { getCertificate } from './use-cases/get-certificate.js';
import { getReview } from './use-cases/get-review.js';
import { importQuestionnaire } from './use-cases/import-questionnaire.js';
import { listReviewRequests } from './use-cases/list-review-requests.js';
import { requestReview } from './use-cases/request-review.js';
import { revokeCertificate } from './use-cases/revoke-certificate.js';
import { verifyCertificate } from './use-cases/verify-certificate.js';
import { verifyCourseCertificate } from '../courses/index.js';
import { QuestionnairesAdminPage } from './views/admin-page.js';
import { ReviewDeskPage, ReviewPage } from './views/review-pages.js';
import { VerifyPage } from './views/verify-page.js';

/** Reviews, certificates (PDF, public verification, revocation) and the questionnaire versions. */
export async function registerReviewRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const reviewPath = (request: FastifyRequest, id: string) => `/${lang(request)}/qualitaet/pruefungen/${id}`;

  app.post('/qualitaet/selbstcheck/:id/pruefung', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    const { reviewId } = await requestReview({ services, actor, assessmentId: id, ip: request.ip });
    return reply.setFlash('success', 'checklists_review.requested').redirect(reviewPath(request, reviewId), 303);
  });

  /** A review page shown again with the posted values and a message per field. */
  const showReviewAgain =
    (request: FastifyRequest, reply: FastifyReply, id: string) =>
    async (values: FormValues, errors: FieldErrors, status: number) => {
      const view = await getReview({ services, actor: requireUser(request.actor), reviewId: id });
      return reply.renderPage(<ReviewPage view={view} values={values} errors={errors} />, {
        title: request.i18n.t('checklists_review.page.title'),
        status,
      });
    };

  app.get('/qualitaet/pruefungen', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const requests = await listReviewRequests({ services, actor });
    return reply.renderPage(<ReviewDeskPage requests={requests} />, {
      title: request.i18n.t('checklists_review.desk.title'),
    });
  });

  app.get('/qualitaet/pruefungen/:id', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const view = await getReview({ services, actor, reviewId: id });
    return reply.renderPage(<ReviewPage view={view} />, { title: request.i18n.t('checklists_review.page.title') });
  });

  app.post('/qualitaet/pruefungen/:id/entscheidung', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: DecisionSchema,
      showAgain: showReviewAgain(request, reply, id),
      onValid: async (input) => {
        await decideReview({ services, actor, reviewId: id, input, ip: request.ip });
        return reply
          .setFlash('success', `checklists_review.decided.${input.decision}`)
          .redirect(reviewPath(request, id), 303);
      },
    });
  });

  app.post('/qualitaet/pruefungen/:id/kommentar', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: CommentSchema,
      showAgain: showReviewAgain(request, reply, id),
      onValid: async (input) => {
        await addReviewComment({ services, actor, reviewId: id, body: input.body, ip: request.ip });
        return reply.setFlash('success', 'checklists_review.commented').redirect(reviewPath(request, id), 303);
      },
    });
  });

  app.get('/qualitaet/zertifikate/:id/pdf', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const certificate = await getCertificate({ services, actor, certificateId: id });
    const pdf = await renderCertificatePdf(
      {
        organisationName: certificate.organisation_name,
        audience: certificate.audience,
        level: certificate.level,
        code: certificate.code,
        issuedAt: certificate.issued_at,
        validUntil: certificate.valid_until,
        verifyUrl: `${services.config.baseUrl}/${lang(request)}/qualitaet/zertifikat-pruefen?code=${certificate.code}`,
      },
      request.i18n,
    );
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="zertifikat-${certificate.code}.pdf"`)
      .send(pdf);
  });

  app.get('/qualitaet/zertifikat-pruefen', async (request, reply) => {
    const { code } = parseInput(VerifyQuerySchema, request.query);
    const certificate = code ? await verifyCertificate({ services, code }) : null;
    // The same code input verifies course completion certificates (courses' index; courses imports no checklists).
    const courseCertificate = code && !certificate ? await verifyCourseCertificate({ services, code }) : null;
    return reply.renderPage(
      <VerifyPage code={code} certificate={certificate} courseCertificate={courseCertificate} />,
      {
        title: request.i18n.t('checklists_certificate.verify.title'),
      },
    );
  });

  const adminPage = async (request: FastifyRequest) => {
    const actor = requireUser(request.actor);
    authorize(actor, checklistsPolicy, 'manage_questionnaires', undefined);
    return listQuestionnaireVersions(services.db);
  };

  app.get('/qualitaet/frageboegen', { config: { isPrivate: true } }, async (request, reply) => {
    const versions = await adminPage(request);
    return reply.renderPage(<QuestionnairesAdminPage versions={versions} />, {
      title: request.i18n.t('checklists_admin.title'),
    });
  });

  app.get('/qualitaet/frageboegen/schema', async (_request, reply) =>
    reply
      .header('content-type', 'application/schema+json; charset=utf-8')
      .header('content-disposition', 'inline; filename="fragebogen.schema.json"')
      .send(JSON.stringify(questionnaireJsonSchema(), null, 2)),
  );

  app.get('/qualitaet/frageboegen/:id/export', { config: { isPrivate: true } }, async (request, reply) => {
    await adminPage(request);
    const { id } = parseInput(IdParamsSchema, request.params);
    const questionnaire = await loadQuestionnaire(services.db, id);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="fragebogen-${questionnaire.audience}-v${questionnaire.version}.json"`,
      )
      .send(JSON.stringify(questionnaire.definition, null, 2));
  });

  app.post('/qualitaet/frageboegen/import', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const versions = await adminPage(request);
    const title = request.i18n.t('checklists_admin.title');
    return handleForm(request, reply, {
      schema: ImportQuestionnaireSchema,
      showAgain: async (values, errors, status) =>
        reply.renderPage(<QuestionnairesAdminPage versions={versions} values={values} errors={errors} />, {
          title,
          status,
        }),
      onValid: async (input) => {
        const outcome = await importQuestionnaire({ services, actor, json: input.json, ip: request.ip });
        if (!outcome.ok)
          return reply.renderPage(
            <QuestionnairesAdminPage versions={versions} problems={outcome.problems} values={{ json: input.json }} />,
            { title, status: 400 },
          );
        return reply
          .setFlash('success', 'checklists_admin.imported')
          .redirect(`/${lang(request)}/qualitaet/frageboegen`, 303);
      },
    });
  });

  app.post('/qualitaet/frageboegen/:id/loeschen', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await deleteQuestionnaire({ services, actor, questionnaireId: id, ip: request.ip });
    return reply
      .setFlash('success', 'checklists_admin.deleted')
      .redirect(`/${lang(request)}/qualitaet/frageboegen`, 303);
  });

  app.post('/qualitaet/zertifikate/widerrufen', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const versions = await adminPage(request);
    return handleForm(request, reply, {
      schema: RevokeSchema,
      showAgain: async (_values, errors, status) =>
        reply.renderPage(<QuestionnairesAdminPage versions={versions} revokeErrors={errors} />, {
          title: request.i18n.t('checklists_admin.title'),
          status,
        }),
      onValid: async (input) => {
        await revokeCertificate({ services, actor, code: input.code, ip: request.ip });
        return reply
          .setFlash('success', 'checklists_admin.revoked')
          .redirect(`/${lang(request)}/qualitaet/frageboegen`, 303);
      },
    });
  });
}
