import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { PageQuerySchema } from '../../core/paging.js';
import { parseInput } from '../../core/validation.js';
import { TokenQuerySchema } from '../accounts/index.js';
import {
  CompanyProfileSchema,
  CreateOrganisationSchema,
  EmptyFormSchema,
  IdParamsSchema,
  InviteMemberSchema,
} from './schemas.js';
import { getCompanyProfile } from './use-cases/get-company-profile.js';
import { saveCompanyProfile } from './use-cases/save-company-profile.js';
import { CompanyProfilePage, EditCompanyProfilePage, companyProfileValues } from './views/company-profile-pages.js';
import { acceptInvitation } from './use-cases/accept-invitation.js';
import { createOrganisation } from './use-cases/create-organisation.js';
import { getOrganisationOverview } from './use-cases/get-organisation-overview.js';
import { inviteMember } from './use-cases/invite-member.js';
import { listPendingOrganisations } from './use-cases/list-pending-organisations.js';
import { readAuditLog } from './use-cases/read-audit-log.js';
import { removeMember } from './use-cases/remove-member.js';
import { verifyOrganisation } from './use-cases/verify-organisation.js';
import { AdminPage, AuditLogPage } from './views/admin-pages.js';
import { CreateOrganisationPage, InvitationPage, OrganisationPage } from './views/organisation-pages.js';

export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;

  app.get('/organisation/neu', async (request, reply) => {
    requireUser(request.actor);
    return reply.renderPage(<CreateOrganisationPage />, { title: request.i18n.t('organisations.create.title') });
  });
  app.post('/organisation/neu', async (request, reply) => {
    const actor = requireUser(request.actor);
    return handleForm(request, reply, {
      schema: CreateOrganisationSchema,
      title: request.i18n.t('organisations.create.title'),
      render: (values, errors) => <CreateOrganisationPage values={values} errors={errors} />,
      onValid: async (input) => {
        await createOrganisation({ services, actor, input, ip: request.ip });
        return reply.setFlash('success', 'organisations.create.done').redirect(`/${lang(request)}/organisation`, 303);
      },
    });
  });

  app.get('/organisation', async (request, reply) => {
    const actor = requireUser(request.actor);
    if (!actor.organisation) return reply.redirect(`/${lang(request)}/organisation/neu`, 303);
    const { seite } = parseInput(PageQuerySchema, request.query);
    const overview = await getOrganisationOverview({ services, actor, memberPage: seite });
    return reply.renderPage(<OrganisationPage overview={overview} />, { title: overview.name });
  });

  app.post('/organisation/einladen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const overview = await getOrganisationOverview({ services, actor });
    return handleForm(request, reply, {
      schema: InviteMemberSchema,
      title: overview.name,
      render: (values, errors) => <OrganisationPage overview={overview} values={values} errors={errors} />,
      onValid: async (input) => {
        await inviteMember({ services, actor, input, locale: lang(request), ip: request.ip });
        return reply.setFlash('success', 'organisations.invite.sent').redirect(`/${lang(request)}/organisation`, 303);
      },
    });
  });

  app.post('/organisation/mitglieder/:id/entfernen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await removeMember({ services, actor, userId: id, ip: request.ip });
    return reply.setFlash('success', 'organisations.members.removed').redirect(`/${lang(request)}/organisation`, 303);
  });

  app.get('/firmen/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const data = await getCompanyProfile({ services, actor: request.actor, organisationId: id, purpose: 'view' });
    return reply.renderPage(<CompanyProfilePage data={data} />, {
      title: data.profile.name,
      description: data.profile.about.slice(0, 300) || undefined,
      // The profile's own text is the company's German.
      languages: ['de'],
    });
  });
  app.get('/firmen/:id/profil', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const data = await getCompanyProfile({ services, actor, organisationId: id, purpose: 'edit' });
    return reply.renderPage(
      <EditCompanyProfilePage profile={data.profile} values={companyProfileValues(data.profile)} />,
      { title: request.i18n.t('organisations_profile.edit.title', { name: data.profile.name }) },
    );
  });
  app.post('/firmen/:id/profil', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const { profile } = await getCompanyProfile({ services, actor, organisationId: id, purpose: 'edit' });
    return handleForm(request, reply, {
      schema: CompanyProfileSchema,
      title: request.i18n.t('organisations_profile.edit.title', { name: profile.name }),
      render: (values, errors) => <EditCompanyProfilePage profile={profile} values={values} errors={errors} />,
      onValid: async (input) => {
        await saveCompanyProfile({ services, actor, organisationId: id, input, ip: request.ip });
        return reply
          .setFlash('success', 'organisations_profile.edit.saved')
          .redirect(`/${lang(request)}/firmen/${id}`, 303);
      },
    });
  });

  app.get('/einladung', async (request, reply) => {
    const { token } = parseInput(TokenQuerySchema, request.query);
    return reply.renderPage(<InvitationPage token={token} signedIn={request.actor.kind === 'user'} />, {
      title: request.i18n.t('organisations.invitation.title'),
    });
  });
  app.post('/einladung', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { token } = readButtonForm(request, TokenQuerySchema);
    await acceptInvitation({ services, actor, token, ip: request.ip });
    return reply
      .setFlash('success', 'organisations.invitation.accepted')
      .redirect(`/${lang(request)}/organisation`, 303);
  });

  app.get('/verwaltung', async (request, reply) => {
    const { seite } = parseInput(PageQuerySchema, request.query);
    const pending = await listPendingOrganisations({ services, actor: requireUser(request.actor), page: seite });
    return reply.renderPage(<AdminPage pending={pending.organisations} window={pending.window} />, {
      title: request.i18n.t('organisations.admin.title'),
    });
  });
  app.post('/verwaltung/organisationen/:id/verifizieren', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await verifyOrganisation({ services, actor, organisationId: id, ip: request.ip });
    return reply.setFlash('success', 'organisations.admin.verified').redirect(`/${lang(request)}/verwaltung`, 303);
  });
  app.get('/verwaltung/protokoll', async (request, reply) => {
    const { seite } = parseInput(PageQuerySchema, request.query);
    const log = await readAuditLog({ services, actor: requireUser(request.actor), ip: request.ip, page: seite });
    return reply.renderPage(<AuditLogPage entries={log.entries} window={log.window} />, {
      title: request.i18n.t('organisations.audit.title'),
    });
  });
}
