import type { StartPageSection } from '../../../core/modules/start-page.js';
import { canKeepOwnProfile } from './policy.js';
import type { OwnProfileView } from './present.js';
import { getOwnProfile } from './use-cases/get-own-profile.js';

/** What a complete profile has, in the order an applicant is asked to add it; the first missing one is the next step. */
const PROFILE_STEPS: readonly { key: string; isDone: (profile: OwnProfileView) => boolean }[] = [
  { key: 'interests', isDone: (profile) => profile.interests.length > 0 },
  { key: 'languages', isDone: (profile) => profile.languages.length > 0 },
  {
    key: 'strengths',
    isDone: (profile) =>
      Object.values(profile.potentials as Record<string, string | undefined>).some((text) => Boolean(text?.trim())),
  },
  { key: 'cities', isDone: (profile) => profile.preferredCities.length > 0 },
  { key: 'contact', isDone: (profile) => Boolean(profile.identity.contactEmail || profile.identity.phone) },
];

/** "Mein Bereich" block of an applicant's profile: how complete it is and the next step. */
export const profilesStartPage: readonly StartPageSection[] = [
  {
    id: 'matching.profile',
    headingKey: 'matching_start.profile.heading',
    order: 20,
    isVisible: ({ actor }) => canKeepOwnProfile(actor),
    load: async ({ services, actor }) => {
      const profile = await getOwnProfile({ services, actor });
      if (!profile)
        return {
          items: [{ labelKey: 'matching_start.profile.missing', path: '/profil', needsAction: true }],
          empty: { textKey: 'matching_start.profile.missing' },
        };
      const done = PROFILE_STEPS.filter((step) => step.isDone(profile)).length;
      const next = PROFILE_STEPS.find((step) => !step.isDone(profile));
      const percent = Math.round((done / PROFILE_STEPS.length) * 100);
      return {
        items: [
          { labelKey: 'matching_start.profile.complete', values: { percent }, path: '/profil' },
          ...(next
            ? [{ labelKey: `matching_start.profile.next.${next.key}`, path: '/profil', needsAction: true }]
            : []),
          ...(profile.isActive
            ? []
            : [{ labelKey: 'matching_start.profile.inactive', path: '/benachrichtigungen', needsAction: true }]),
        ],
        empty: { textKey: 'matching_start.profile.missing' },
      };
    },
  },
];
