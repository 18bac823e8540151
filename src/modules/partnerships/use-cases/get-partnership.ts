import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay, dateColumnDay, type CalendarDay } from '../../../core/time/calendar-day.js';
import type { City } from '../../../region/index.js';
import { can } from '../policy.js';
import { hasReviewedRound, listActivities, partnershipSubject, type ActivityRecord } from '../records.js';
import type { ListingSide, PartnershipStatus } from '../tables.js';
import { loadAsParty } from './load-party.js';

export interface Contact {
  name: string;
  email: string;
  phone: string | null;
}

export interface ReviewLine {
  activityId: string;
  side: ListingSide;
  roundDueOn: CalendarDay;
  tookPlace: boolean;
  pupils: number | null;
  note: string | null;
}

/** What the two organisations see of their partnership; this presenter is the only one that shows contacts. */
export interface PartnershipView {
  id: string;
  status: PartnershipStatus;
  ownSide: ListingSide;
  proposedBy: ListingSide;
  school: { name: string; city: City | null; contact: Contact | null; consent: boolean };
  company: { name: string; city: City | null; contact: Contact | null; consent: boolean };
  message: string | null;
  declineReason: string | null;
  endReason: string | null;
  proposedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  reviewDueOn: CalendarDay | null;
  activities: ActivityRecord[];
  reviews: ReviewLine[];
  canAnswer: boolean;
  canReview: boolean;
  /** The own side recorded the review of the round that is due. */
  hasReviewedRound: boolean;
  reviewIsDue: boolean;
  canEnd: boolean;
  canSetConsent: boolean;
}

function contactOf(name: string | null, email: string | null, phone: string | null): Contact | null {
  return name && email ? { name, email, phone } : null;
}

export async function getPartnership(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
  now?: Date;
}): Promise<PartnershipView> {
  const { services, actor } = options;
  const { partnership: p, side } = await loadAsParty(services, actor, options.partnershipId);
  const subject = partnershipSubject(p);
  const activities = await listActivities(services.db, p.id);
  const reviews = await services.db
    .selectFrom('partnership_reviews')
    .select(['activity_id', 'side', 'round_due_on', 'took_place', 'pupils', 'note'])
    .where('partnership_id', '=', p.id)
    .orderBy('round_due_on')
    .orderBy('side', 'desc')
    .execute();
  const dueOn = p.review_due_on ? dateColumnDay(p.review_due_on) : null;
  const reviewed = dueOn ? await hasReviewedRound(services.db, p.id, side, dueOn) : false;
  const isActive = p.status === 'active';
  return {
    id: p.id,
    status: p.status,
    ownSide: side,
    proposedBy: p.proposed_by,
    school: {
      name: p.school_name,
      city: p.school_city,
      contact: contactOf(p.school_contact_name, p.school_contact_email, p.school_contact_phone),
      consent: p.school_consent,
    },
    company: {
      name: p.company_name,
      city: p.company_city,
      contact: contactOf(p.company_contact_name, p.company_contact_email, p.company_contact_phone),
      consent: p.company_consent,
    },
    message: p.message,
    declineReason: p.decline_reason,
    endReason: p.end_reason,
    proposedAt: p.proposed_at,
    answeredAt: p.answered_at,
    endedAt: p.ended_at,
    reviewDueOn: dueOn,
    activities,
    reviews: reviews.map((row) => ({
      activityId: row.activity_id,
      side: row.side,
      roundDueOn: dateColumnDay(row.round_due_on),
      tookPlace: row.took_place,
      pupils: row.pupils,
      note: row.note,
    })),
    canAnswer: p.status === 'proposed' && can(actor, 'answer_proposal', subject),
    canReview: isActive && can(actor, 'record_review', subject),
    hasReviewedRound: reviewed,
    reviewIsDue: isActive && dueOn !== null && dueOn <= berlinDay(options.now ?? new Date()) && !reviewed,
    canEnd: isActive && can(actor, 'end_partnership', subject),
    canSetConsent: (isActive || p.status === 'proposed') && can(actor, 'set_consent', subject),
  };
}
