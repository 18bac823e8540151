import type { Actor } from '../../core/auth/actor.js';
import { allows, definePolicy } from '../../core/auth/policy.js';

/**
 * Who may do what on the site's own pages. The accessibility feedback goes to the cooperation
 * office that runs the platform (it receives each one by mail as well); nobody else reads the list.
 */
export const sitePolicy = definePolicy({
  read_feedback: (actor) =>
    actor.kind === 'user' && actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified,
});

export function canReadFeedback(actor: Actor): boolean {
  return allows(actor, sitePolicy, 'read_feedback');
}
