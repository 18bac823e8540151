import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { authorize, type Refusal } from '../../core/auth/policy.js';
import type { UserActor } from '../../core/auth/actor.js';
import { handleForm, readButtonForm, type FormValues } from '../../core/http/forms.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import type { FieldErrors } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { partnershipAgreementRoutes } from './partnership-routes.js';
import { partnershipsPolicy, sideOf } from './policy.js';
import {
  CompanyListingSchema,
  EmptyFormSchema,
  IdParamsSchema,
  MatchesQuerySchema,
  ProposalSchema,
  ProposeParamsSchema,
  PublicListQuerySchema,
  SchoolListingSchema,
  type ListingInput,
} from './schemas.js';
import { OWN_PATH } from './start-page.js';
import { closeListing } from './use-cases/close-listing.js';
import { createListing } from './use-cases/create-listing.js';
import { findMatches } from './use-cases/find-matches.js';
import { listOwnPartnerships } from './use-cases/list-own-partnerships.js';
import { listPublicPartnerships } from './use-cases/list-public-partnerships.js';
import { loadProposalListings, proposePartnership } from './use-cases/propose-partnership.js';
import { ListingFormPage } from './views/listing-form-page.js';
import { MatchesPage } from './views/matches-page.js';
import { OwnPage } from './views/own-page.js';
import { ProposalPage } from './views/proposal-page.js';
import { PublicListPage } from './views/public-list-page.js';

/** Why a person without a school or company is refused, and where to go instead. */
export const SIDES_ONLY: Refusal = {
  messageKey: 'partnerships.errors.sides_only',
  help: {
    reasonKey: 'partnerships.errors.sides_only_reason',
    link: { path: '/bildungspartnerschaften', labelKey: 'partnerships.errors.to_public_list' },
  },
};

/** Listings, matches and proposals; the agreement's own pages are in partnership-routes.tsx. */
export async function partnershipRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const t = (request: FastifyRequest, key: string) => request.i18n.t(key);
  const asSide = (request: FastifyRequest): UserActor => {
    const actor = requireUser(request.actor);
    authorize(actor, partnershipsPolicy, 'publish_listing', {}, SIDES_ONLY);
    return actor;
  };

  app.get('/bildungspartnerschaften', async (request, reply) => {
    const { stadt } = parseInput(PublicListQuerySchema, request.query);
    const partnerships = await listPublicPartnerships({ services, city: stadt });
    return reply.renderPage(<PublicListPage partnerships={partnerships} city={stadt} side={sideOf(request.actor)} />, {
      title: t(request, 'partnerships.public.title'),
      description: t(request, 'partnerships.public.lead'),
    });
  });

  app.get(OWN_PATH, async (request, reply) => {
    const actor = asSide(request);
    const own = await listOwnPartnerships({ services, actor });
    return reply.renderPage(<OwnPage own={own} />, { title: t(request, 'partnerships.own.title') });
  });

  const listingPage = (request: FastifyRequest) => (values: FormValues, errors?: FieldErrors) => (
    <ListingFormPage side={sideOf(request.actor)!} values={values} errors={errors} />
  );
  const listingTitle = (request: FastifyRequest) =>
    t(request, `partnerships.listing_form.title_${sideOf(request.actor)}`);

  app.get('/bildungspartnerschaften/eintrag', async (request, reply) => {
    asSide(request);
    return reply.renderPage(listingPage(request)({}), { title: listingTitle(request) });
  });

  app.post('/bildungspartnerschaften/eintrag', async (request, reply) => {
    const actor = asSide(request);
    return handleForm<ListingInput>(request, reply, {
      schema: sideOf(actor) === 'school' ? SchoolListingSchema : CompanyListingSchema,
      render: listingPage(request),
      title: listingTitle(request),
      onValid: async (input) => {
        const id = await createListing({ services, actor, input });
        return reply
          .setFlash('success', 'partnerships.flash.listing_published')
          .redirect(`/${lang(request)}/bildungspartnerschaften/eintraege/${id}/passend`, 303);
      },
    });
  });

  app.post('/bildungspartnerschaften/eintraege/:id/schliessen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await closeListing({ services, actor, listingId: id });
    return reply.setFlash('success', 'partnerships.flash.listing_closed').redirect(`/${lang(request)}${OWN_PATH}`, 303);
  });

  app.get('/bildungspartnerschaften/eintraege/:id/passend', async (request, reply) => {
    const actor = asSide(request);
    const { id } = parseInput(IdParamsSchema, request.params);
    const { radius } = parseInput(MatchesQuerySchema, request.query);
    const matches = await findMatches({ services, actor, listingId: id, radiusKm: Number(radius) });
    return reply.renderPage(<MatchesPage data={matches} radius={radius} />, {
      title: t(request, `partnerships.matches.title_${matches.listing.side}`),
    });
  });

  const proposalPath = '/bildungspartnerschaften/eintraege/:id/vorschlag/:otherId';
  const showProposal = async (request: FastifyRequest, values: FormValues, errors: FieldErrors | undefined) => {
    const actor = asSide(request);
    const { id, otherId } = parseInput(ProposeParamsSchema, request.params);
    const listings = await loadProposalListings({ services, actor, ownListingId: id, otherListingId: otherId });
    return { listings, page: <ProposalPage {...listings} values={values} errors={errors} /> };
  };

  app.get(proposalPath, async (request, reply) => {
    const actor = asSide(request);
    const { page, listings } = await showProposal(
      request,
      { contact_name: actor.displayName, contact_email: actor.email },
      undefined,
    );
    return reply.renderPage(page, {
      title: request.i18n.t('partnerships.proposal.title', { partner: listings.other.organisation_name }),
    });
  });

  app.post(proposalPath, async (request, reply) => {
    const actor = asSide(request);
    const { id, otherId } = parseInput(ProposeParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: ProposalSchema,
      showAgain: async (values, errors, status) => {
        const { page, listings } = await showProposal(request, values, errors);
        return reply.renderPage(page, {
          title: request.i18n.t('partnerships.proposal.title', { partner: listings.other.organisation_name }),
          status,
        });
      },
      onValid: async (input) => {
        const partnershipId = await proposePartnership({
          services,
          actor,
          ownListingId: id,
          otherListingId: otherId,
          input,
          ip: request.ip,
        });
        return reply
          .setFlash('success', 'partnerships.flash.proposed')
          .redirect(`/${lang(request)}/bildungspartnerschaften/partnerschaften/${partnershipId}`, 303);
      },
    });
  });

  partnershipAgreementRoutes(app);
}
