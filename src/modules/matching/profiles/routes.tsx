import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../core/auth/policy.js';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm, type FormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { languageFormValues } from '../shared/index.js';
import { profilesPolicy } from './policy.js';
import type { OwnProfileView } from './present.js';
import { ProfileFormSchema } from './schemas.js';
import { getOwnProfile } from './use-cases/get-own-profile.js';
import { saveOwnProfile } from './use-cases/save-own-profile.js';
import { ProfilePage } from './views/profile-page.js';

function profileValues(view: OwnProfileView | null): FormValues {
  if (!view) return { is_active: 'on', travel_km: '20' };
  const values: FormValues = {
    certificate: view.certificate,
    foreign_certificate: view.foreignCertificate ?? '',
    recognition_status: view.recognitionStatus ?? '',
    experience_abroad: view.potentials.experience_abroad ?? '',
    intercultural: view.potentials.intercultural ?? '',
    volunteering: view.potentials.volunteering ?? '',
    strengths: view.potentials.strengths ?? '',
    postcode: view.postcode,
    travel_km: String(view.travelKm),
    available_from: view.availableFrom,
    preferred_cities: view.preferredCities,
    is_active: view.isActive ? 'on' : '',
    full_name: view.identity.fullName,
    birth_date: view.identity.birthDate ?? '',
    gender: view.identity.gender ?? '',
    nationality: view.identity.nationality ?? '',
    address: view.identity.address ?? '',
    phone: view.identity.phone ?? '',
    contact_email: view.identity.contactEmail ?? '',
    migration_history:
      view.identity.selfDeclaredMigrationHistory === null
        ? ''
        : view.identity.selfDeclaredMigrationHistory
          ? 'yes'
          : 'no',
    ...languageFormValues(view.languages),
  };
  view.interests.forEach((id, index) => {
    values[`interest_${index + 1}`] = id;
  });
  return values;
}

export async function profileRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const title = (request: FastifyRequest) => request.i18n.t('matching_core.profile.title');

  app.get('/profil', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, profilesPolicy, 'keep_own_profile', undefined, {
      messageKey: 'matching_core.profile.only_applicants',
    });
    const view = await getOwnProfile({ services, actor });
    return reply.renderPage(<ProfilePage pseudonym={view?.pseudonym ?? null} values={profileValues(view)} />, {
      title: title(request),
    });
  });

  app.post('/profil', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, profilesPolicy, 'keep_own_profile', undefined, {
      messageKey: 'matching_core.profile.only_applicants',
    });
    return handleForm(request, reply, {
      schema: ProfileFormSchema,
      showAgain: async (values, errors, status) => {
        const existing = await getOwnProfile({ services, actor });
        return reply.renderPage(
          <ProfilePage pseudonym={existing?.pseudonym ?? null} values={values} errors={errors} />,
          { title: title(request), status },
        );
      },
      onValid: async (input) => {
        const { created } = await saveOwnProfile({ services, actor, input, ip: request.ip });
        reply.setFlash('success', created ? 'matching_core.profile.created' : 'matching_core.profile.saved');
        return reply.redirect(`/${request.i18n.locale.code}/profil`, 303);
      },
    });
  });
}
