import { allows } from '../../core/auth/policy.js';
import { countedItem, type StartPageItem, type StartPageSection } from '../../core/modules/start-page.js';
import { organisationsPolicy } from './policy.js';
import { getOrganisationOverview } from './use-cases/get-organisation-overview.js';
import { listPendingOrganisations } from './use-cases/list-pending-organisations.js';

/** "Mein Bereich" blocks of the organisations module: the own organisation, and verification for platform admins. */
export const organisationsStartPage: readonly StartPageSection[] = [
  {
    id: 'organisations.own',
    headingKey: 'organisations_start.own.heading',
    order: 80,
    isVisible: ({ actor }) => actor.organisation !== null,
    load: async ({ services, actor }) => {
      const overview = await getOrganisationOverview({ services, actor });
      const items: StartPageItem[] = [
        {
          labelKey: overview.isVerified
            ? 'organisations_start.own.verified'
            : 'organisations_start.own.awaiting_verification',
          values: { name: overview.name },
          path: '/organisation',
        },
        { labelKey: 'organisations_start.own.members', count: overview.members.length, path: '/organisation' },
      ];
      // Only admins see open invitations (the overview hides them from members).
      if (overview.viewerIsAdmin)
        items.push({
          labelKey: 'organisations_start.own.invitations',
          count: overview.invitations.length,
          path: '/organisation',
        });
      return { items, empty: { textKey: 'organisations_start.own.empty' } };
    },
  },
  {
    id: 'organisations.verification',
    headingKey: 'organisations_start.verification.heading',
    order: 15,
    isVisible: ({ actor }) => allows(actor, organisationsPolicy, 'review_organisations'),
    load: async ({ services, actor }) => {
      const pending = await listPendingOrganisations({ services, actor });
      return {
        items: countedItem(pending.length, {
          labelKey: 'organisations_start.verification.pending',
          path: '/verwaltung',
          needsAction: true,
        }),
        empty: {
          textKey: 'organisations_start.verification.empty',
          action: { labelKey: 'organisations_start.verification.audit_log', path: '/verwaltung/protokoll' },
        },
      };
    },
  },
];
