import type { Actor, UserActor } from '../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../core/auth/policy.js';
import type { PublishingStatus } from './tables.js';

/**
 * Who may do what in participation. Read it as a table: each action names the only people who may take it.
 *
 * - The coordination office (members of the verified cooperation office) creates and runs forums, runs the
 *   award, reviews and publishes campaigns and stories. A forum belongs to the office that created it.
 * - Participants of a forum hold no account: they act through a forum session (see forum-session.ts), which the
 *   use-cases check against the forum; nothing here grants them anything beyond their own ballot.
 * - Jurors are the accounts the office put on a year's jury (decision 019); a juror scores an eligible entry
 *   only without a declared conflict, and sees the others' scores only after submitting their own.
 * - Verified organisations write good-practice stories for review; campaigns are the office's.
 */
export interface ForumRef {
  organisationId: string;
}
export interface JuryRef {
  isJuror: boolean;
}
export interface ScoringRef extends JuryRef {
  hasConflict: boolean;
  isEligible: boolean;
  hasSubmitted: boolean;
  roundInJury: boolean;
}
export interface StoryRef {
  organisationId: string;
  createdBy: string | null;
  status: PublishingStatus;
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';

/** A member of the verified cooperation office: the coordination office of the seven cities. */
export function isCoordinator(actor: Actor): actor is UserActor {
  return isUser(actor) && actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified;
}
const isVerifiedMember = (actor: Actor): actor is UserActor =>
  isUser(actor) && actor.organisation !== null && actor.organisation.isVerified;
const ownsForum = (actor: Actor, forum: ForumRef) =>
  isCoordinator(actor) && actor.organisation?.id === forum.organisationId;

export const participationPolicy = definePolicy({
  create_forum: (actor) => isCoordinator(actor),
  manage_forum: (actor, forum: ForumRef) => ownsForum(actor, forum),
  manage_award: (actor) => isCoordinator(actor),
  /** A juror's own place: the list of entries to score. */
  judge: (_actor, jury: JuryRef) => jury.isJuror,
  score_entry: (_actor, entry: ScoringRef) =>
    entry.isJuror && entry.roundInJury && entry.isEligible && !entry.hasConflict && !entry.hasSubmitted,
  /** The other jurors' scores: only after submitting one's own, never with a conflict. */
  see_scores: (actor, entry: ScoringRef) =>
    isCoordinator(actor) || (entry.isJuror && !entry.hasConflict && entry.hasSubmitted),
  write_campaign: (actor) => isCoordinator(actor),
  write_story: (actor) => isVerifiedMember(actor),
  edit_story: (actor, story: StoryRef) =>
    isVerifiedMember(actor) && actor.organisation?.id === story.organisationId && story.status === 'draft',
  /** The office reviews; nobody publishes what they wrote themselves. */
  review_story: (actor, story: StoryRef) =>
    isCoordinator(actor) && story.status === 'in_review' && story.createdBy !== actor.userId,
} satisfies Record<string, Rule>);

export function canCreateForum(actor: Actor): boolean {
  return allows(actor, participationPolicy, 'create_forum');
}
export function canWriteStory(actor: Actor): boolean {
  return allows(actor, participationPolicy, 'write_story');
}
