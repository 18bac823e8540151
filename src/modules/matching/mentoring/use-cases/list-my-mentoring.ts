import type { UserActor } from '../../../../core/auth/actor.js';
import type { MentorshipAudience } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';

export interface OwnOfferView {
  id: string;
  audience: MentorshipAudience;
  focus: string[];
  capacity: number;
  active: number;
  status: 'open' | 'closed';
}

export interface OwnRequestView {
  id: string;
  audience: MentorshipAudience;
  focus: string;
  status: 'open' | 'matched' | 'withdrawn' | 'ended';
  createdAt: Date;
}

export interface OwnMentorshipView {
  id: string;
  audience: MentorshipAudience;
  role: 'mentor' | 'mentee';
  otherName: string;
  focus: string;
  status: 'active' | 'ended';
  startedAt: Date;
}

export interface OwnHelpRequestView {
  status: 'open' | 'assigned' | 'closed';
  createdAt: Date;
  mediatorName: string | null;
}

export interface MyMentoring {
  offers: OwnOfferView[];
  requests: OwnRequestView[];
  mentorships: OwnMentorshipView[];
  helpRequests: OwnHelpRequestView[];
}

/** Everything around mentoring that belongs to the signed-in person. */
export async function listMyMentoring(options: { services: AppServices; actor: UserActor }): Promise<MyMentoring> {
  const { db } = options.services;
  const userId = options.actor.userId;
  const offers = await db
    .selectFrom('mentorship_offers as o')
    .select((eb) => [
      'o.id',
      'o.audience',
      'o.focus',
      'o.capacity',
      'o.status',
      eb
        .selectFrom('mentorships as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.offer_id', '=', 'o.id')
        .where('m.status', '=', 'active')
        .as('active'),
    ])
    .where('o.mentor_user_id', '=', userId)
    .orderBy('o.created_at', 'desc')
    .execute();
  const requests = await db
    .selectFrom('mentorship_requests')
    .select(['id', 'audience', 'focus', 'status', 'created_at'])
    .where('requester_user_id', '=', userId)
    .where('status', 'in', ['open', 'matched'])
    .orderBy('created_at', 'desc')
    .execute();
  const mentorships = await db
    .selectFrom('mentorships as m')
    .innerJoin('mentorship_offers as o', 'o.id', 'm.offer_id')
    .innerJoin('mentorship_requests as r', 'r.id', 'm.request_id')
    .innerJoin('users as mentor', 'mentor.id', 'o.mentor_user_id')
    .innerJoin('users as mentee', 'mentee.id', 'r.requester_user_id')
    .select([
      'm.id',
      'm.status',
      'm.started_at',
      'o.audience',
      'r.focus',
      'o.mentor_user_id',
      'mentor.display_name as mentor_name',
      'mentee.display_name as mentee_name',
    ])
    .where((eb) => eb.or([eb('o.mentor_user_id', '=', userId), eb('r.requester_user_id', '=', userId)]))
    .orderBy('m.started_at', 'desc')
    .execute();
  const helpRequests = await db
    .selectFrom('dropout_help_requests as d')
    .leftJoin('users as m', 'm.id', 'd.mediator_user_id')
    .select(['d.status', 'd.created_at', 'm.display_name'])
    .where('d.user_id', '=', userId)
    .orderBy('d.created_at', 'desc')
    .execute();
  return {
    offers: offers.map((row) => ({
      id: row.id,
      audience: row.audience,
      focus: row.focus,
      capacity: row.capacity,
      active: Number(row.active ?? 0),
      status: row.status,
    })),
    requests: requests.map((row) => ({
      id: row.id,
      audience: row.audience,
      focus: row.focus,
      status: row.status,
      createdAt: row.created_at,
    })),
    mentorships: mentorships.map((row) => {
      const isMentor = row.mentor_user_id === userId;
      return {
        id: row.id,
        audience: row.audience,
        role: isMentor ? 'mentor' : 'mentee',
        otherName: isMentor ? row.mentee_name : row.mentor_name,
        focus: row.focus,
        status: row.status,
        startedAt: row.started_at,
      };
    }),
    helpRequests: helpRequests.map((row) => ({
      status: row.status,
      createdAt: row.created_at,
      mediatorName: row.display_name,
    })),
  };
}
